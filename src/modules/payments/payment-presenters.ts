import type { Payment, Withdrawal } from "../../generated/prisma/client.ts";
import type { WalletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";

export const presentPayment = (payment: Payment) => ({
  id: payment.id,
  type: payment.type,
  amount: paiseToRupees(payment.amount),
  currency: "INR" as const,
  status: payment.status,
  order_id: payment.orderId,
  razorpay_payment_id: payment.gatewayPaymentId,
  failure_reason: payment.failureReason,
  paid_at: payment.paidAt?.toISOString() ?? null,
  created_at: payment.createdAt.toISOString(),
});

export const presentWallet = (wallet: WalletBalances) => ({
  balance: paiseToRupees(wallet.balance),
  currency: "INR" as const,
  on_hold: paiseToRupees(wallet.onHold),
  available: paiseToRupees(wallet.available),
});

export const presentWithdrawal = (withdrawal: Withdrawal) => ({
  id: withdrawal.id,
  amount: paiseToRupees(withdrawal.amount),
  status: withdrawal.status,
  destination: withdrawal.destination,
  failure_reason: withdrawal.failureReason,
  settled_at: withdrawal.settledAt?.toISOString() ?? null,
  created_at: withdrawal.createdAt.toISOString(),
});
