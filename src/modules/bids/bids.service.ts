import type { AppDeps } from "../../app-deps.ts";
import { addDays, daysBetween, isoDate, todayInIndia } from "../../calendar.ts";
import { isCheckViolation, isUniqueViolation } from "../../db/errors.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { freezePage } from "../../db/version-checked-cache.ts";
import type { Tx } from "../../db/prisma.ts";
import { Prisma, type Bid, type FactoringUnit, type User } from "../../generated/prisma/client.ts";
import { conflict, fieldError, forbidden, notFound } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { placeHoldCtes, releaseHoldCtes } from "../../ledger/holds.ts";
import { ensureAccounts } from "../../ledger/post-transaction.ts";
import { paiseToRupees } from "../../money.ts";
import type { z } from "../../validation/zod.ts";
import { assertTransition } from "../factoring-units/fu-lifecycle.ts";
import { canSeeFactoringUnit, isBidderRole } from "../factoring-units/fu-visibility.ts";
import { presentBid } from "../factoring-units/fu.presenter.ts";
import { FU_NOT_FOUND, lockFactoringUnitOfBid, unitWithBids } from "../factoring-units/fu.service.ts";
import { endBid, holdKindOfBid, lockBid, releaseNotes } from "../factoring-units/bid-endings.ts";
import { notifyCtes } from "../notifications/notify.ts";
import { acceptBidAsSeen } from "./bid-acceptance.ts";
import { bidListingPage, type BidListingQuery } from "./bid-listing.ts";
import { bidPageKey, bidPagesVersion, type BidPage } from "./bid-page-cache.ts";
import { presentBidItem } from "./bid-presenter.ts";
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

/**
 * A bid holds its amount in the bidder's wallet until it is accepted (captured) or ends (released).
 *
 * One statement, one round trip (it was eight, BEGIN to COMMIT, and this was the slowest money step;
 * bench/README.md): the unit is locked, the bid is written only if the unit takes it (the gate below),
 * then its hold and the hold's posting (ledger placeHoldCtes) and the owner's notification (notifyCtes).
 * Locks come in the usual order, unit then accounts, because each part reads the one before it. A
 * statement is atomic: a refused overdraft (the accounts' CHECK) or a second live bid (the unique
 * live key) fails all of it. When nothing was written, the unit the statement saw says why, with the
 * same checks in the same order as the gate.
 */
export async function placeBid({ deps, user, fuId, input }: { deps: Deps; user: User; fuId: number; input: z.infer<typeof placeBidBody> }) {
  const validUntil = bidValidUntil(input.valid_until, deps.config.marketplace.bidValidityDays);
  const tenureEnds = addDays(todayInIndia(), input.bid_tenure);
  const hold = placeHoldCtes({ source: "bid", userId: user.id, amount: input.bid_amount, ...holdKindOfBid, description: Prisma.sql`'Bid on invoice ' || (SELECT invoice_no FROM unit)` });
  const place = () => deps.prisma.$queryRaw<Record<string, unknown>[]>`
    WITH unit AS MATERIALIZED (
      SELECT id, owner_id, status, funder_id, finance_amount, due_date, invoice_no FROM factoring_units WHERE id = ${fuId} FOR UPDATE
    ), open_unit AS (
      SELECT * FROM unit
       WHERE owner_id <> ${user.id} AND status = 'Bidding' AND finance_amount >= ${input.bid_amount} AND due_date >= ${tenureEnds}::date
         AND ${hold.accountsReady}
    ), bid AS (
      INSERT INTO bids (factoring_unit_id, bidder_id, owner_id, amount, rate_bps, tenure_days, valid_until, live_key, updated_at)
      SELECT id, ${user.id}, owner_id, ${input.bid_amount}, ${input.bid_percentage}, ${input.bid_tenure}, ${validUntil}, ${`${fuId}|${user.id}`}, now() FROM open_unit
      RETURNING *
    ), ${hold.ctes}, ${notifyCtes({
      source: "bid",
      userId: Prisma.sql`(SELECT owner_id FROM bid)`,
      event: "bid.placed",
      data: { factoring_unit_id: fuId, amount: paiseToRupees(input.bid_amount) },
      fromStatement: { bid_id: Prisma.sql`(SELECT id FROM bid)`, invoice_no: Prisma.sql`(SELECT invoice_no FROM unit)` },
    })}
    SELECT bid.*, unit.id AS unit_id, unit.owner_id AS unit_owner_id, unit.status AS unit_status, unit.funder_id AS unit_funder_id,
           unit.finance_amount AS unit_finance_amount, unit.due_date AS unit_due_date, ${hold.accountsReady} AS accounts_ready
      FROM (SELECT 1) AS one LEFT JOIN unit ON true LEFT JOIN bid ON true`;
  try {
    for (let attempt = 1; ; attempt++) {
      const [row] = await place();
      const { placed, unit, accountsReady } = splitPlaceRow(row!);
      if (placed) return presentBid(placed, { showBidder: false });
      await explainRefusedBid(deps, user, unit, { amount: input.bid_amount, tenureEnds });
      // Nothing else refuses a bid: the bidder's first hold needs its holds account created.
      if (accountsReady || attempt > 1) throw new Error(`bid on factoring unit ${fuId} was refused for no known reason`);
      await ensureAccounts(deps.prisma, hold.codes);
    }
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You already have a pending bid on this factoring unit.");
    if (isCheckViolation(error, "ledger_accounts_user_balance_non_negative")) {
      const { available } = await walletBalances(deps.prisma, user.id);
      throw fieldError("bid_amount", `Insufficient available balance: the bid needs ${paiseToRupees(input.bid_amount)}, you have ${paiseToRupees(available)}.`);
    }
    throw error;
  }
}

type SeenUnit = Pick<FactoringUnit, "id" | "ownerId" | "status" | "funderId" | "financeAmount" | "dueDate">;

function splitPlaceRow(row: Record<string, unknown>) {
  const bidColumns: Record<string, unknown> = {};
  for (const key in row) if (!key.startsWith("unit_") && key !== "accounts_ready") bidColumns[key] = row[key];
  const unit: SeenUnit | null =
    row.unit_id === null ? null : { id: row.unit_id as number, ownerId: row.unit_owner_id as number, status: row.unit_status as FactoringUnit["status"], funderId: row.unit_funder_id as number | null, financeAmount: row.unit_finance_amount as bigint, dueDate: row.unit_due_date as Date };
  return { placed: bidColumns.id === null ? null : camelCaseRow<Bid>(bidColumns), unit, accountsReady: row.accounts_ready === true };
}

/** Throws why the unit did not take the bid, checking what placeBid's gate checks, in its order. */
async function explainRefusedBid(deps: Deps, user: User, fu: SeenUnit | null, bid: { amount: bigint; tenureEnds: string }) {
  if (!fu) throw FU_NOT_FOUND();
  if (fu.ownerId === user.id) throw forbidden("You cannot bid on your own factoring unit.");
  if (fu.status !== "Bidding") {
    throw (await canSeeFactoringUnit(deps.prisma, user, fu)) ? conflict("Factoring unit is not open for bidding.") : FU_NOT_FOUND();
  }
  if (bid.amount > fu.financeAmount) {
    throw fieldError("bid_amount", `The bid amount field must not be greater than the finance amount (${paiseToRupees(fu.financeAmount)}).`);
  }
  const latest = isoDate(fu.dueDate);
  if (bid.tenureEnds > latest) throw fieldError("bid_tenure", `The bid tenure field must end on or before the due date (${latest}).`);
}

/**
 * Bidders see their own bids; owners see the bids on their units. Never anyone else's. The page is
 * answered from memory when it was read under the user's current version (bid-page-cache.ts); the
 * version is read first, then the page (the order that cache's safety needs).
 */
export async function listBids({ deps, user, query }: { deps: Pick<AppDeps, "prisma" | "pool" | "bidPages">; user: User; query: BidListingQuery }): Promise<BidPage> {
  const asBidder = isBidderRole(user);
  const key = bidPageKey(user.id, asBidder, query);
  const version = await bidPagesVersion(deps.pool, user.id);
  const cached = deps.bidPages.get(key, version);
  if (cached) return cached;
  const { bids, total } = await bidListingPage(deps.prisma, { userId: user.id, asBidder }, query);
  const page = freezePage({ items: bids.map((bid) => presentBidItem(bid, user.id)), total });
  deps.bidPages.remember(key, version, page);
  return page;
}

/**
 * Why the caller may not act on a bid as its unit's owner or as its bidder, judged on the locked rows
 * (null when they may): someone else's bid is not found, the other party's action is forbidden, and
 * only a pending bid can be decided or withdrawn.
 */
function refusalOfBidAction(user: User, seen: { ownerId: number; bidderId: number; status: Bid["status"] } | null, actor: "owner" | "bidder") {
  const isOwner = seen?.ownerId === user.id;
  const isBidder = seen?.bidderId === user.id;
  if (!seen || (!isOwner && !isBidder)) return BID_NOT_FOUND();
  if (actor === "owner" && !isOwner) return forbidden("Only the factoring unit's owner can accept or reject bids.");
  if (actor === "bidder" && !isBidder) return forbidden("Only the bidder can withdraw a bid.");
  if (seen.status === "Expired") return BID_EXPIRED();
  if (seen.status !== "Pending") return conflict("Bid is no longer pending.");
  return null;
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
  await endBid(tx, fu, bid, { status: "Expired", remark: "Its validity ended.", now });
  return true;
}

/**
 * The owner decides a pending bid. Rejecting ends it in a transaction (the unit and bid locked, then
 * endBid). Accepting (acceptBid): the bid becomes Accepted, every other pending bid is rejected and
 * released, the accepted hold pays the owner (less fee and GST), the unit becomes Financed.
 */
export async function decideBid({ deps, user, bidId, input }: { deps: Deps; user: User; bidId: number; input: z.infer<typeof decideBidBody> }) {
  const remark = input.remark?.trim() || null;
  if (input.status === "Accepted") return presentBid(await acceptBid(deps, user, bidId, remark), { showBidder: false });
  const bid = await deps.prisma.$transaction(async (tx) => {
    // The unit, this bid and the unit's other pending bids, locked in one statement.
    const locked = await unitWithBids(tx, bidId, { lock: true });
    const refusal = refusalOfBidAction(user, locked && { ownerId: locked.fu.ownerId, bidderId: locked.bid.bidderId, status: locked.bid.status }, "owner");
    if (refusal) throw refusal;
    return endBid(tx, locked!.fu, locked!.bid, { status: "Rejected", remark });
  });
  return presentBid(bid, { showBidder: false });
}

/** Reads before giving up when the unit's bids keep changing between the read and the acceptance. */
const ACCEPT_ATTEMPTS = 5;

/**
 * Accepting in two round trips and no transaction (it was BEGIN, the locks, ending the others, the
 * acceptance and COMMIT, about 11 before that): the unit and its bids are read without locks and the
 * acceptance decided on them with the usual checks, in their usual order (who may, the bid still
 * pending, the unit's lifecycle, the terms against today); then one statement locks them, checks that
 * they are as read and does all of it, or nothing (bid-acceptance.ts acceptBidAsSeen). When they
 * changed meanwhile (a new bid, a withdrawal, a racing acceptance), they are read and decided again:
 * a racing acceptance that won makes this one a 409 from the same checks. The unit's row lock, the
 * re-check under it and a unique key on accepted bids make a second acceptance impossible.
 */
async function acceptBid(deps: Deps, user: User, bidId: number, remark: string | null): Promise<Bid> {
  for (let attempt = 1; attempt <= ACCEPT_ATTEMPTS; attempt++) {
    const seen = await unitWithBids(deps.prisma, bidId, { lock: false });
    const refusal = refusalOfBidAction(user, seen && { ownerId: seen.fu.ownerId, bidderId: seen.bid.bidderId, status: seen.bid.status }, "owner");
    if (refusal) throw refusal;
    const { fu, bid, pending } = seen!;
    const now = new Date();
    assertTransition(fu.status, "Financed");
    assertTermsStillHold(fu, bid, { today: todayInIndia(), minTenorDays: deps.config.marketplace.minTenorDays, now });
    const accepted = await acceptBidAsSeen(deps.prisma, deps.config, { fu, bid, others: pending.filter((other) => other.id !== bid.id) }, remark, now);
    if (accepted) return accepted;
  }
  throw conflict("The factoring unit's bids kept changing while this bid was being accepted: try again.");
}

/**
 * The bidder takes a pending bid back: it becomes Withdrawn and its hold returns to the wallet (no one
 * is notified). One statement, one round trip (it was eight, BEGIN to COMMIT): the bid's unit is
 * locked, then the bid, and the bid is ended only if it is the caller's and still pending; then its
 * hold and the hold's release posting (ledger releaseHoldCtes). When nothing was ended, the rows the
 * statement saw say why (refusalOfBidAction, as for an owner's decision).
 */
export async function withdrawBid({ deps, user, bidId }: { deps: Deps; user: User; bidId: number }) {
  const release = releaseHoldCtes({ userId: user.id, ...holdKindOfBid, businessId: Prisma.sql`${String(bidId)}`, description: releaseNotes.Withdrawn, after: "ended" });
  const [row] = await deps.prisma.$queryRaw<Record<string, unknown>[]>`
    WITH unit AS MATERIALIZED (
      SELECT id, owner_id FROM factoring_units WHERE id = (SELECT factoring_unit_id FROM bids WHERE id = ${bidId}) FOR UPDATE
    ), locked_bid AS MATERIALIZED (
      SELECT id, bidder_id, status FROM bids WHERE id = ${bidId} AND EXISTS (SELECT 1 FROM unit) FOR UPDATE
    ), ended AS (
      UPDATE bids SET status = 'Withdrawn', live_key = NULL, decided_at = now(), updated_at = now()
        FROM locked_bid l
       WHERE bids.id = l.id AND l.bidder_id = ${user.id} AND l.status = 'Pending' AND ${release.accountsReady}
      RETURNING bids.*
    ), ${release.ctes}
    SELECT ended.*, (SELECT owner_id FROM unit) AS seen_owner_id, l.bidder_id AS seen_bidder_id, l.status AS seen_status
      FROM (SELECT 1) AS one LEFT JOIN locked_bid l ON true LEFT JOIN ended ON true`;
  const { seen_owner_id: ownerId, seen_bidder_id: bidderId, seen_status: status, ...bidColumns } = row!;
  if (bidColumns.id !== null) return presentBid(camelCaseRow<Bid>(bidColumns), { showBidder: false });
  const seen = bidderId === null ? null : { ownerId: ownerId as number, bidderId: bidderId as number, status: status as Bid["status"] };
  // A pending bid of the caller's always holds its amount in accounts that exist: no refusal is a broken invariant.
  throw refusalOfBidAction(user, seen, "bidder") ?? new Error(`withdrawal of bid ${bidId} was refused for no known reason`);
}
