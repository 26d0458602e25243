import type { AppDeps } from "../../app-deps.ts";
import { addDays, daysBetween, isoDate, todayInIndia } from "../../calendar.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Tx } from "../../db/prisma.ts";
import type { Bid, FactoringUnit, Prisma, User } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, fieldError, forbidden, notFound } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { InsufficientFunds } from "../../ledger/errors.ts";
import { placeHold } from "../../ledger/holds.ts";
import { financeFromHold, financingSplit, repaymentAmount } from "../../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../money.ts";
import type { z } from "../../validation/zod.ts";
import { assertTransition } from "../factoring-units/fu-lifecycle.ts";
import { canSeeFactoringUnit, isBidderRole } from "../factoring-units/fu-visibility.ts";
import { presentBid } from "../factoring-units/fu.presenter.ts";
import { endPendingBids, FU_NOT_FOUND, lockFactoringUnit, lockFactoringUnitOfBid } from "../factoring-units/fu.service.ts";
import { endBid, holdOfBid, lockBid } from "./bid-endings.ts";
import { notify } from "../notifications/notify.ts";
import type { decideBidBody, placeBidBody } from "./bids.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

const BID_NOT_FOUND = () => notFound("Bid");
const MS_PER_DAY = 86_400_000;

/**
 * A bid's lapse instant: the bidder's `valid_until` if given (in the future, at most
 * BID_VALIDITY_DAYS away), else BID_VALIDITY_DAYS from now.
 */
function bidValidUntil(requested: string | undefined, validityDays: number, now = new Date()): Date {
  const latest = new Date(now.getTime() + validityDays * MS_PER_DAY);
  if (requested === undefined) return latest;
  const asked = new Date(requested);
  if (asked <= now) throw fieldError("valid_until", "The valid until field must be a date-time in the future.");
  if (asked > latest) throw fieldError("valid_until", `The valid until field must be at most ${validityDays} days from now (${latest.toISOString()} or earlier).`);
  return asked;
}

/** A bid holds its amount in the bidder's wallet until it is accepted (captured) or ends (released). */
export async function placeBid({ deps, user, fuId, input }: { deps: Deps; user: User; fuId: number; input: z.infer<typeof placeBidBody> }) {
  const validUntil = bidValidUntil(input.valid_until, deps.config.marketplace.bidValidityDays);
  try {
    const bid = await deps.prisma.$transaction(async (tx) => {
      const fu = await lockFactoringUnit(tx, fuId);
      if (fu.ownerId === user.id) throw forbidden("You cannot bid on your own factoring unit.");
      if (fu.status !== "Bidding") {
        throw (await canSeeFactoringUnit(tx, user, fu)) ? conflict("Factoring unit is not open for bidding.") : FU_NOT_FOUND();
      }
      if (input.bid_amount > fu.financeAmount) {
        throw fieldError("bid_amount", `The bid amount field must not be greater than the finance amount (${paiseToRupees(fu.financeAmount)}).`);
      }
      const latest = isoDate(fu.dueDate);
      if (addDays(todayInIndia(), input.bid_tenure) > latest) {
        throw fieldError("bid_tenure", `The bid tenure field must end on or before the due date (${latest}).`);
      }
      const created = await tx.bid.create({
        data: { factoringUnitId: fu.id, bidderId: user.id, ownerId: fu.ownerId, amount: input.bid_amount, rateBps: input.bid_percentage, tenureDays: input.bid_tenure, validUntil, liveKey: `${fu.id}|${user.id}` },
      });
      await placeHold(tx, { ...holdOfBid(created.id), userId: user.id, amount: input.bid_amount, description: `Bid on invoice ${fu.invoiceNo}` });
      await notify(tx, fu.ownerId, "bid.placed", { factoring_unit_id: fu.id, bid_id: created.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(created.amount) });
      return created;
    });
    return presentBid(bid, { showBidder: false });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You already have a pending bid on this factoring unit.");
    if (error instanceof InsufficientFunds) {
      const { available } = await walletBalances(deps.prisma, user.id);
      throw fieldError("bid_amount", `Insufficient available balance: the bid needs ${paiseToRupees(input.bid_amount)}, you have ${paiseToRupees(available)}.`);
    }
    throw error;
  }
}

const bidInclude = {
  bidder: { select: { id: true, name: true, entityName: true } },
  factoringUnit: { select: { id: true, invoiceNo: true, seller: true, status: true, dueDate: true, ownerId: true } },
} as const;

/** Bidders see their own bids; owners see the bids on their units. Never anyone else's. */
export async function listBids({ deps, user, query }: { deps: Deps; user: User; query: { page: number; per_page: number; status?: Bid["status"] } }) {
  const scope: Prisma.BidWhereInput = isBidderRole(user) ? { bidderId: user.id } : { factoringUnit: { ownerId: user.id } };
  const where: Prisma.BidWhereInput = { ...scope, ...(query.status ? { status: query.status } : {}) };
  const [bids, total] = await Promise.all([
    deps.prisma.bid.findMany({ where, include: bidInclude, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    deps.prisma.bid.count({ where }),
  ]);
  const items = bids.map((bid) => ({
    ...presentBid(bid, { showBidder: bid.factoringUnit.ownerId === user.id }),
    factoring_unit: {
      id: bid.factoringUnit.id,
      fu_invoice_no: bid.factoringUnit.invoiceNo,
      fu_seller: bid.factoringUnit.seller,
      status: bid.factoringUnit.status,
      fu_due_date: isoDate(bid.factoringUnit.dueDate),
    },
  }));
  return { items, total };
}

/** Finds a bid the caller may act on, with its unit locked first (the fixed lock order: unit, bids, holds, accounts). */
async function lockBidForAction(tx: Tx, user: User, bidId: number, actor: "owner" | "bidder") {
  // The bid's unit is found and locked in one statement (a bid never moves to another unit), then the
  // bid; who may act is judged on the locked rows.
  const fu = await lockFactoringUnitOfBid(tx, bidId);
  const bid = fu ? await lockBid(tx, bidId) : null;
  const isOwner = fu?.ownerId === user.id;
  const isBidder = bid?.bidderId === user.id;
  if (!fu || !bid || (!isOwner && !isBidder)) throw BID_NOT_FOUND();
  if (actor === "owner" && !isOwner) throw forbidden("Only the factoring unit's owner can accept or reject bids.");
  if (actor === "bidder" && !isBidder) throw forbidden("Only the bidder can withdraw a bid.");
  if (bid.status === "Expired") throw BID_EXPIRED();
  if (bid.status !== "Pending") throw conflict("Bid is no longer pending.");
  return { fu, bid };
}

const BID_EXPIRED = () => conflict("Bid has expired.");

/**
 * Acceptance re-checks the bid's terms against today, not against the day it was placed: the bid
 * must still be valid, the unit at least MIN_TENOR_DAYS from due, and the bid's tenure, counted
 * from today, must end on or before the due date.
 */
function assertTermsStillHold(fu: FactoringUnit, bid: Bid, options: { today: string; minTenorDays: number; now: Date }) {
  if (bid.validUntil <= options.now) throw BID_EXPIRED();
  const due = isoDate(fu.dueDate);
  const daysToDue = daysBetween(options.today, due);
  if (daysToDue < options.minTenorDays) {
    throw conflict(`The factoring unit is due in ${daysToDue} days (${due}), closer than the minimum tenor of ${options.minTenorDays} days: it can no longer be financed.`);
  }
  const tenureEnds = addDays(options.today, bid.tenureDays);
  if (tenureEnds > due) {
    throw conflict(`The bid's tenure of ${bid.tenureDays} days would end on ${tenureEnds}, after the due date (${due}): ask the bidder for a new bid.`);
  }
}

/**
 * The sweep's bid expiry: a pending bid past its valid_until becomes Expired, its hold released and
 * its bidder told. Takes the locks in the usual order (unit, bid, hold, accounts) and re-checks under
 * them, so racing sweepers (or a racing accept) settle it once. Returns whether this call expired it.
 */
export async function expireBid(tx: Tx, bidId: number, now = new Date()): Promise<boolean> {
  const fu = await lockFactoringUnitOfBid(tx, bidId);
  if (!fu) return false;
  const bid = (await lockBid(tx, bidId))!;
  if (bid.status !== "Pending" || bid.validUntil > now) return false;
  await endBid(tx, fu, bid.id, { status: "Expired", remark: "Its validity ended.", now });
  return true;
}

/**
 * Accepting, in one transaction: the bid becomes Accepted, every other pending bid is rejected and
 * released, the accepted hold pays the owner (less fee and GST), the unit becomes Financed. The unit's
 * row lock, the lifecycle check and a unique key on accepted bids make a second acceptance impossible.
 */
export async function decideBid({ deps, user, bidId, input }: { deps: Deps; user: User; bidId: number; input: z.infer<typeof decideBidBody> }) {
  const remark = input.remark?.trim() || null;
  const bid = await deps.prisma.$transaction(async (tx) => {
    const { fu, bid } = await lockBidForAction(tx, user, bidId, "owner");
    const amount = paiseToRupees(bid.amount);
    if (input.status === "Rejected") return endBid(tx, fu, bid.id, { status: "Rejected", remark });
    assertTransition(fu.status, "Financed");
    assertTermsStillHold(fu, bid, { today: todayInIndia(), minTenorDays: deps.config.marketplace.minTenorDays, now: new Date() });
    const accepted = await tx.bid.update({ where: { id: bid.id }, data: { status: "Accepted", liveKey: null, acceptedKey: fu.id, remark, decidedAt: new Date() } });
    await endPendingBids(tx, fu, { status: "Rejected", reason: "Another bid was accepted.", keep: bid.id });
    await financeFromHold(tx, { hold: holdOfBid(bid.id), bidAmount: bid.amount, ownerId: fu.ownerId, platformFeeBps: deps.config.platformFeeBps });
    await tx.factoringUnit.update({
      where: { id: fu.id },
      data: {
        status: "Financed",
        acceptedBidId: bid.id,
        funderId: bid.bidderId,
        financedAt: new Date(),
        repaymentAmount: repaymentAmount(bid.amount, bid.rateBps, bid.tenureDays),
        principal: bid.amount,
        rateBps: bid.rateBps,
        bidTenureDays: bid.tenureDays,
      },
    });
    const credited = paiseToRupees(financingSplit(bid.amount, deps.config.platformFeeBps).toOwner);
    await notify(tx, bid.bidderId, "bid.accepted", { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount });
    await notify(tx, fu.ownerId, "fu.financed", { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, amount, credited });
    return accepted;
  });
  return presentBid(bid, { showBidder: false });
}

export async function withdrawBid({ deps, user, bidId }: { deps: Deps; user: User; bidId: number }) {
  const bid = await deps.prisma.$transaction(async (tx) => {
    const { fu, bid } = await lockBidForAction(tx, user, bidId, "bidder");
    return endBid(tx, fu, bid.id, { status: "Withdrawn" });
  });
  return presentBid(bid, { showBidder: false });
}
