import type { AppDeps } from "../../app-deps.ts";
import type { Db } from "../../db/prisma.ts";
import type { User, Withdrawal } from "../../generated/prisma/client.ts";
import { conflict, fieldError, forbidden, HttpError } from "../../http/errors.ts";
import { platformAccount } from "../../ledger/accounts.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { InsufficientFunds } from "../../ledger/errors.ts";
import { captureHold, placeHold, releaseHold } from "../../ledger/holds.ts";
import { paiseToRupees } from "../../money.ts";
import type { z } from "../../validation/zod.ts";
import { verifiedBankAccount } from "../kyc/kyc.service.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { notify } from "../notifications/notify.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { presentWallet, presentWithdrawal } from "./payment-presenters.ts";
import type { withdrawBody } from "./payments.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "payoutGateway" | "logger" | "config">;

/**
 * Moves the amount from available to on hold and asks the payout gateway to send it to the verified
 * bank account. The hold is captured when the payout settles and released if it fails, so the money
 * is never both in the wallet and on its way to the bank.
 */
export async function requestWithdrawal({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof withdrawBody> }) {
  const bank = await verifiedBankAccount(deps, user.id);
  if (!bank) throw forbidden("Verify your bank account before withdrawing.");

  let withdrawal: Withdrawal;
  try {
    withdrawal = await deps.prisma.$transaction(async (tx) => {
      const created = await tx.withdrawal.create({ data: { userId: user.id, amount: input.amount, destination: `${bank.masked} (${bank.ifsc})` } });
      await placeHold(tx, { userId: user.id, amount: input.amount, kind: "withdrawal", businessType: "withdrawal", businessId: created.id, description: "Withdrawal to bank account" });
      return created;
    });
  } catch (error) {
    if (!(error instanceof InsufficientFunds)) throw error;
    const { available } = await walletBalances(deps.prisma, user.id);
    throw fieldError("amount", `The amount field must not be greater than your available balance (${paiseToRupees(available)}).`);
  }

  try {
    const payout = await deps.payoutGateway.createPayout({
      reference: `withdrawal_${withdrawal.id}`,
      amountPaise: withdrawal.amount,
      accountNumber: bank.accountNumber,
      ifsc: bank.ifsc,
      beneficiaryName: bank.nameAtBank || user.name,
    });
    await deps.prisma.withdrawal.update({ where: { id: withdrawal.id }, data: { payoutId: payout.payoutId } });
    if (payout.status !== "processing") {
      withdrawal = await settleWithdrawal(deps.prisma, { withdrawalId: withdrawal.id, outcome: payout.status, reason: payout.status === "failed" ? payout.reason : null });
    }
  } catch (error) {
    // The payout may or may not have left: keep the money on hold and the withdrawal `processing`
    // until the gateway's webhook (or an operator) settles it. Never guess and release.
    deps.logger.error({ err: error, withdrawalId: withdrawal.id }, "payout request failed; withdrawal left processing");
  }
  const current = await deps.prisma.withdrawal.findUniqueOrThrow({ where: { id: withdrawal.id } });
  return { withdrawal: presentWithdrawal(current), wallet: presentWallet(await walletBalances(deps.prisma, user.id)) };
}

/** Applies a payout's final outcome once: capture the hold (sent) or release it (failed). */
export async function settleWithdrawal(
  db: Db,
  options: { withdrawalId: number; outcome: "processed" | "failed"; reason: string | null; audit?: { actor: Actor } },
): Promise<Withdrawal> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM withdrawals WHERE id = ${options.withdrawalId} FOR UPDATE`;
    const withdrawal = await tx.withdrawal.findUniqueOrThrow({ where: { id: options.withdrawalId } });
    if (withdrawal.status !== "processing") {
      // A gateway's repeated webhook changes nothing; an operator is told (two settling at once).
      if (options.audit) throw conflict(`Withdrawal ${withdrawal.id} is already ${withdrawal.status}.`);
      return withdrawal;
    }
    const hold = await tx.hold.findUniqueOrThrow({
      where: { businessType_businessId_kind: { businessType: "withdrawal", businessId: String(withdrawal.id), kind: "withdrawal" } },
    });
    const amount = paiseToRupees(withdrawal.amount);
    if (options.outcome === "processed") {
      await captureHold(tx, hold.id, { description: "Withdrawal sent to bank", credits: [{ account: platformAccount("payouts_in_transit"), amount: withdrawal.amount }] });
      await notify(tx, withdrawal.userId, "withdrawal.processed", { withdrawal_id: withdrawal.id, amount });
    } else {
      await releaseHold(tx, hold.id, "Withdrawal failed: returned to wallet");
      await notify(tx, withdrawal.userId, "withdrawal.failed", { withdrawal_id: withdrawal.id, amount, reason: options.reason });
    }
    if (options.audit) {
      await writeAudit(tx, { actor: options.audit.actor, action: `withdrawal.settle`, targetType: "withdrawal", targetId: withdrawal.id, details: { outcome: options.outcome, reason: options.reason } });
    }
    return tx.withdrawal.update({
      where: { id: withdrawal.id },
      data: { status: options.outcome, settledAt: new Date(), failureReason: options.outcome === "failed" ? options.reason : null },
    });
  });
}

/**
 * For an operator who has confirmed a payout's fate with the bank or RazorpayX when no webhook came
 * (the gateway was unreachable when the withdrawal was requested). Audited; refuses settled ones.
 */
export async function settleWithdrawalByAdmin(db: Db, options: { actor: Actor; withdrawalId: number; outcome: "processed" | "failed"; reason?: string | null }) {
  const existing = await db.withdrawal.findUnique({ where: { id: options.withdrawalId } });
  if (!existing) throw new HttpError(404, `No withdrawal with id ${options.withdrawalId}.`, "NOT_FOUND");
  if (existing.status !== "processing") throw conflict(`Withdrawal ${existing.id} is already ${existing.status}.`);
  return settleWithdrawal(db, {
    withdrawalId: existing.id,
    outcome: options.outcome,
    reason: options.outcome === "failed" ? (options.reason?.trim() || "Payout failed (settled by operator).") : null,
    audit: { actor: options.actor },
  });
}

/** The operators' view: every user's withdrawals, the processing ones (waiting on the bank) by default. */
export async function listAllWithdrawals(db: Db, query: { page: number; per_page: number; status?: Withdrawal["status"]; user_id?: number }) {
  const where = { status: query.status, userId: query.user_id };
  const [items, total] = await Promise.all([
    db.withdrawal.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageWindow(query) }),
    db.withdrawal.count({ where }),
  ]);
  return { items: items.map((w) => ({ ...presentWithdrawal(w), user_id: w.userId })), total };
}

export async function listWithdrawals({ deps, userId, query }: { deps: Pick<AppDeps, "prisma">; userId: number; query: { page: number; per_page: number } }) {
  const [items, total] = await Promise.all([
    deps.prisma.withdrawal.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    deps.prisma.withdrawal.count({ where: { userId } }),
  ]);
  return { items: items.map(presentWithdrawal), total };
}
