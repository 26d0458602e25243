import crypto from "node:crypto";
import type { Db } from "../../src/db/prisma.ts";
import type { User } from "../../src/generated/prisma/client.ts";
import { markPaymentPaid } from "../../src/modules/payments/payment-settlement.ts";
import { SANDBOX_KEY_SECRET, SANDBOX_WEBHOOK_SECRET } from "../../src/providers/payments/sandbox-payment-gateway.ts";
import { hmacSha256Hex } from "../../src/providers/payments/signatures.ts";

// Signatures computed exactly as Razorpay computes them, with the sandbox's documented secrets.
export const checkoutSignature = (orderId: string, paymentId: string, secret = SANDBOX_KEY_SECRET) => hmacSha256Hex(secret, `${orderId}|${paymentId}`);
export const webhookSignature = (rawBody: string, secret = SANDBOX_WEBHOOK_SECRET) => hmacSha256Hex(secret, rawBody);
export const razorpayPaymentId = () => `pay_${crypto.randomBytes(7).toString("hex")}`;

/** Tops a wallet up through the real settlement path (a paid payment credited by the ledger). */
export async function fundWallet(prisma: Db, user: User, paise: bigint) {
  const payment = await prisma.payment.create({
    data: { userId: user.id, type: "wallet_topup", amount: paise, gateway: "sandbox", orderId: `order_${crypto.randomBytes(7).toString("hex")}`, receipt: `r_${crypto.randomUUID()}` },
  });
  await markPaymentPaid(prisma, { paymentId: payment.id, gatewayPaymentId: razorpayPaymentId() });
  return payment;
}

/** Verified PAN and bank account, as if the user had completed KYC. */
export async function makeTradingReady(prisma: Db, user: User, options: { accountNumber?: string } = {}) {
  const pan = `ABCP${String.fromCharCode(65 + (user.id % 26))}${String(user.id % 10000).padStart(4, "1")}Z`;
  const accountNumber = options.accountNumber ?? `5010${String(user.id).padStart(10, "7")}`;
  await prisma.kycCheck.createMany({
    data: [
      { userId: user.id, type: "pan", status: "verified", value: pan, verifiedAt: new Date(), details: { pan: `XXXXXX${pan.slice(-4)}` } },
      {
        userId: user.id,
        type: "bank_account",
        status: "verified",
        value: `${accountNumber}:HDFC0001234`,
        verifiedAt: new Date(),
        details: { account_number: `XXXX${accountNumber.slice(-4)}`, ifsc: "HDFC0001234", name_at_bank: user.name.toUpperCase() },
      },
    ],
  });
}
