import type { Tx } from "../db/prisma.ts";
import { platformAccount, walletAccount } from "./accounts.ts";
import { captureHold, captureHoldCtes, type HoldRef } from "./holds.ts";
import { postTransaction } from "./post-transaction.ts";

// Fees and returns are computed in integer paise with explicit half-up rounding; no floats.

/** round_half_up(numerator / denominator) for non-negative integers. */
export const divideRoundHalfUp = (numerator: bigint, denominator: bigint) => (numerator * 2n + denominator) / (2n * denominator);

export const GST_ON_FEE_PERCENT = 18n;

export function financingSplit(bidAmount: bigint, platformFeeBps: number) {
  const fee = divideRoundHalfUp(bidAmount * BigInt(platformFeeBps), 10_000n);
  const gst = divideRoundHalfUp(fee * GST_ON_FEE_PERCENT, 100n);
  return { fee, gst, toOwner: bidAmount - fee - gst };
}

/** SPEC 5: bid_amount + round_half_up(bid_amount * bid_percentage/100 * tenure_days/365), in paise. */
export function repaymentAmount(bidAmount: bigint, rateBps: number, tenureDays: number) {
  const interest = divideRoundHalfUp(bidAmount * BigInt(rateBps) * BigInt(tenureDays), 10_000n * 365n);
  return bidAmount + interest;
}

/** The accepted bid's terms, as kept on a financed unit. */
export interface FinancingTerms {
  principal: bigint;
  rateBps: number;
  tenureDays: number;
}

/**
 * Interest accrues per day actually elapsed since financing: at least `minInterestDays` (however
 * early the owner repays), never more than the bid's tenure (repaying late costs no extra interest;
 * lateness shows as Overdue). `elapsedDays` counts calendar days in India from the financing date.
 */
export function interestDays(terms: Pick<FinancingTerms, "tenureDays">, elapsedDays: number, minInterestDays: number) {
  return Math.min(terms.tenureDays, Math.max(minInterestDays, elapsedDays));
}

/** What the owner owes after `elapsedDays`: principal plus round_half_up interest for interestDays. */
export function repaymentDue(terms: FinancingTerms, elapsedDays: number, minInterestDays: number) {
  return repaymentAmount(terms.principal, terms.rateBps, interestDays(terms, elapsedDays, minInterestDays));
}

const FINANCED = "Factoring unit financed";

/** Accepting a bid: the bidder's hold pays the owner, less the platform fee and GST on it. */
export async function financeFromHold(tx: Tx, options: { hold: HoldRef; bidAmount: bigint; ownerId: number; platformFeeBps: number }) {
  const { fee, gst, toOwner } = financingSplit(options.bidAmount, options.platformFeeBps);
  return captureHold(tx, options.hold, {
    description: FINANCED,
    credits: [
      { account: walletAccount(options.ownerId), amount: toOwner },
      { account: platformAccount("platform_fees"), amount: fee },
      { account: platformAccount("gst_payable"), amount: gst },
    ],
  });
}

/**
 * financeFromHold as parts of the caller's statement (captureHoldCtes): the same posting, written
 * once the caller's CTE `after` has rows; `split` says what the owner is credited.
 */
export function financeFromHoldCtes(options: { hold: { businessType: string; businessId: string; kind: string }; bidderId: number; bidAmount: bigint; ownerId: number; platformFeeBps: number; after: string }) {
  const split = financingSplit(options.bidAmount, options.platformFeeBps);
  const { fee, gst, toOwner } = split;
  const capture = captureHoldCtes({
    userId: options.bidderId,
    ...options.hold,
    description: FINANCED,
    credits: [
      { account: walletAccount(options.ownerId), amount: toOwner },
      { account: platformAccount("platform_fees"), amount: fee },
      { account: platformAccount("gst_payable"), amount: gst },
    ],
    after: options.after,
  });
  return { ...capture, split };
}

/** The owner repays the funder from their wallet, once per factoring unit. */
export function repayFunder(tx: Tx, options: { factoringUnitId: number; ownerId: number; funderId: number; amount: bigint }) {
  return postTransaction(tx, {
    reference: `factoring_unit:${options.factoringUnitId}:repayment`,
    kind: "repayment",
    businessType: "factoring_unit",
    businessId: options.factoringUnitId,
    description: "Factoring unit repaid",
    entries: [
      { account: walletAccount(options.ownerId), amount: -options.amount },
      { account: walletAccount(options.funderId), amount: options.amount },
    ],
  });
}
