import type { Tx } from "../db/prisma.ts";
import { platformAccount, walletAccount } from "./accounts.ts";
import { postTransaction } from "./post-transaction.ts";

/**
 * Money received through the gateway becomes wallet balance. The reference makes it happen once per
 * payment, whichever of verify, a verify replay or a webhook delivery gets here first.
 */
export function creditWalletTopup(tx: Tx, options: { paymentId: number; userId: number; amount: bigint }) {
  return postTransaction(tx, {
    reference: `payment:${options.paymentId}:capture`,
    kind: "wallet_topup",
    businessType: "payment",
    businessId: options.paymentId,
    description: "Wallet top-up via Razorpay",
    entries: [
      { account: platformAccount("razorpay_clearing"), amount: -options.amount },
      { account: walletAccount(options.userId), amount: options.amount },
    ],
  });
}
