import { Prisma } from "../generated/prisma/client.ts";
import { platformAccount, walletAccount } from "./accounts.ts";
import { accountsExistSql, postingCtes } from "./post-transaction.ts";

/**
 * Money received through the gateway becomes wallet balance, as parts of the statement that marks
 * the payment paid (markPaymentPaid: one round trip instead of six). The reference makes it happen
 * once per payment, whichever of verify, a verify replay or a webhook delivery gets here first; the
 * user's wallet is locked only once the caller's CTE `after` (the payment, marked paid) has rows.
 * `accountsReady`: the caller writes nothing unless the wallet and the clearing account exist.
 */
export function walletTopupCtes(options: { paymentId: number; userId: number; amount: bigint; after: string }) {
  const posting = postingCtes({
    reference: Prisma.sql`${`payment:${options.paymentId}:capture`}`,
    kind: "wallet_topup",
    businessType: "payment",
    businessId: Prisma.sql`${String(options.paymentId)}`,
    description: "Wallet top-up via Razorpay",
    entries: [
      { account: platformAccount("razorpay_clearing"), amount: -options.amount },
      { account: walletAccount(options.userId), amount: options.amount },
    ],
    after: options.after,
  });
  return { ctes: posting.ctes, accountsReady: accountsExistSql(posting.codes), codes: posting.codes };
}
