import type { AppDeps } from "../../app-deps.ts";
import { addDays, isoDate, todayInIndia } from "../../calendar.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { DbOrTx, Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { freezePage } from "../../db/version-checked-cache.ts";
import { Prisma, type Bid, type FactoringUnit, type User } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { fieldError, forbidden, notFound } from "../../http/errors.ts";
import { endBids } from "./bid-endings.ts";
import { notify } from "../notifications/notify.ts";
import { assertTransition } from "./fu-lifecycle.ts";
import { readUnitDetail } from "./fu-detail.ts";
import { marketListingPage } from "./fu-market-listing.ts";
import { marketPageKey } from "./market-listing-cache.ts";
import { invoiceAlreadyListed, invoiceIdentity, liveUnitWithIdentitySql, lockInvoiceIdentity } from "./fu-identity.ts";
import { canSeeFactoringUnit, canSeeUnitWithOwnBids, isBidderRole, visibleFactoringUnits } from "./fu-visibility.ts";
import { presentBid, presentFactoringUnit, presentLineItem, repaymentContext } from "./fu.presenter.ts";
import type { CreateFuInput } from "./fu.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;
type MarketPage = { items: ReturnType<typeof presentFactoringUnit>[]; total: number };

const ownerSelect = { select: { id: true, name: true, entityName: true } } as const;

export const FU_NOT_FOUND = () => notFound("Factoring unit");

/**
 * Locks the unit's row: every change to a unit and its bids starts here, so they never interleave.
 * One statement that locks and reads (a lock, then a Prisma read, was two round trips on every bid).
 */
export async function lockFactoringUnit(tx: Tx, id: number): Promise<FactoringUnit> {
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM factoring_units WHERE id = ${id} FOR UPDATE`;
  if (!row) throw FU_NOT_FOUND();
  return camelCaseRow<FactoringUnit>(row);
}

/** lockFactoringUnit for the unit a bid is on, found in the same statement; null when there is no such bid. */
export async function lockFactoringUnitOfBid(tx: Tx, bidId: number): Promise<FactoringUnit | null> {
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT * FROM factoring_units WHERE id = (SELECT factoring_unit_id FROM bids WHERE id = ${bidId}) FOR UPDATE`;
  return row ? camelCaseRow<FactoringUnit>(row) : null;
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
/** Every column of the unit, named `unit.<field>`, so that one row can carry a unit and a bid. */
const unitColumns = Prisma.raw(Object.values(Prisma.FactoringUnitScalarFieldEnum).map((field) => `unit.${snakeCase(field)} AS "unit.${field}"`).join(", "));

/**
 * A bid's unit, the bid and the unit's other pending bids (in id order), in one statement: what
 * lockFactoringUnitOfBid, lockBid and endPendingBids' read did in three round trips. `lock: true`
 * locks them in the usual order, the unit then its bids (deciding a bid inside a transaction);
 * `lock: false` reads them as they are (an acceptance reads first and locks in its one statement,
 * which checks that they are still as read). Null when the bid does not exist.
 */
export async function unitWithBids(db: DbOrTx, bidId: number, options: { lock: boolean }): Promise<{ fu: FactoringUnit; bid: Bid; pending: Bid[] } | null> {
  const forUpdate = options.lock ? Prisma.sql`FOR UPDATE` : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH unit AS MATERIALIZED (
      SELECT * FROM factoring_units WHERE id = (SELECT factoring_unit_id FROM bids WHERE id = ${bidId}) ${forUpdate}
    ), unit_bids AS MATERIALIZED (
      SELECT * FROM bids WHERE factoring_unit_id = (SELECT id FROM unit) AND (id = ${bidId} OR status = 'Pending') ORDER BY id ${forUpdate}
    )
    SELECT ${unitColumns}, unit_bids.* FROM unit JOIN unit_bids ON true ORDER BY unit_bids.id`;
  if (rows.length === 0) return null;
  const unit: Record<string, unknown> = {};
  const bids = rows.map((row) => {
    const bid: Record<string, unknown> = {};
    for (const key in row) {
      if (key.startsWith("unit.")) unit[key.slice(5)] = row[key];
      else bid[key] = row[key];
    }
    return camelCaseRow<Bid>(bid);
  });
  const bid = bids.find((candidate) => candidate.id === bidId);
  if (!bid) return null;
  return { fu: unit as unknown as FactoringUnit, bid, pending: bids.filter((candidate) => candidate.status === "Pending") };
}

/**
 * Lists an invoice. It must be at least MIN_TENOR_DAYS from due (422 on fu_due_date), and its
 * identity (fu-identity.ts) must not be held by any live unit on the platform (409).
 */
export async function createFactoringUnit({ deps, user, input }: { deps: Deps; user: User; input: CreateFuInput }) {
  const { minTenorDays } = deps.config.marketplace;
  const earliestDue = addDays(todayInIndia(), minTenorDays);
  if (input.fu_due_date < earliestDue) {
    throw fieldError("fu_due_date", `The fu due date field must be at least ${minTenorDays} days from today (${earliestDue} or later): a unit closer to its due date cannot be financed.`);
  }
  const identity = invoiceIdentity(input);
  const items = input.line_items ?? [];
  try {
    // BEGIN, the identity's lock, one statement, COMMIT (it was about eight round trips: the clash
    // check, Prisma's nested create of the unit and its line items, and the read back). The clash
    // check cannot share the lock's statement: a statement sees the rows committed before it began,
    // and the lock may wait for a listing of the same invoice that commits meanwhile.
    const row = await deps.prisma.$transaction(async (tx) => {
      await lockInvoiceIdentity(tx, identity);
      const [inserted] = await tx.$queryRaw<Record<string, unknown>[]>`
        WITH clash AS (${liveUnitWithIdentitySql(identity)}),
        unit AS (
          INSERT INTO factoring_units (owner_id, seller, invoice_no, invoice_date, due_date, total, invoice_total, finance_amount, tenure_days,
                                       invoice_key, seller_key, seller_gstin, financial_year, buyer_gstin, updated_at)
          SELECT ${user.id}, ${input.fu_seller}, ${input.fu_invoice_no}, ${input.fu_invoice_date}::date, ${input.fu_due_date}::date, ${input.fu_total},
                 ${input.fu_invoice_total}, ${input.fu_finance_amount}, ${input.fu_tenure}, ${identity.invoiceKey}, ${identity.sellerKey},
                 ${identity.sellerGstin}, ${identity.financialYear}, ${input.fu_buyer_gstin ?? null}, now()
           WHERE NOT EXISTS (SELECT 1 FROM clash)
          RETURNING *
        ), items AS (
          INSERT INTO factoring_unit_line_items (factoring_unit_id, position, description, hsn_code, quantity, rate, amount, gst_rate_bps)
          SELECT unit.id, i.position, i.description, i.hsn_code, i.quantity, i.rate, i.amount, i.gst_rate_bps
            FROM unit, unnest(${items.map((_item, position) => position)}::int[], ${items.map((item) => item.description)}::text[], ${items.map((item) => item.hsn_code ?? null)}::text[],
                              ${items.map((item) => item.quantity)}::numeric[], ${items.map((item) => item.rate.toString())}::bigint[], ${items.map((item) => item.amount.toString())}::bigint[],
                              ${items.map((item) => item.gst_rate ?? null)}::int[])
                 AS i(position, description, hsn_code, quantity, rate, amount, gst_rate_bps)
          RETURNING id, position, description, hsn_code, quantity::text AS quantity, rate::text AS rate, amount::text AS amount, gst_rate_bps
        )
        SELECT unit.*, (SELECT COALESCE(json_agg(items ORDER BY position), '[]') FROM items) AS line_items
          FROM (SELECT 1) AS one LEFT JOIN unit ON true`;
      return inserted!;
    });
    if (row.id === null) throw invoiceAlreadyListed(identity);
    const { line_items: lineItems, ...unitColumns } = row as Record<string, unknown> & { line_items: { id: number; position: number; description: string; hsn_code: string | null; quantity: string; rate: string; amount: string; gst_rate_bps: number | null }[] };
    const fu = { ...camelCaseRow<FactoringUnit>(unitColumns), owner: { id: user.id, name: user.name, entityName: user.entityName } };
    const presentedItems = lineItems.map((item) =>
      presentLineItem({ id: item.id, factoringUnitId: fu.id, position: item.position, description: item.description, hsnCode: item.hsn_code, quantity: new Prisma.Decimal(item.quantity), rate: BigInt(item.rate), amount: BigInt(item.amount), gstRateBps: item.gst_rate_bps }),
    );
    return { ...presentFactoringUnit(fu, repaymentContext(deps.config)), line_items: presentedItems, bids: [] };
  } catch (error) {
    if (isUniqueViolation(error)) throw invoiceAlreadyListed(identity);
    throw error;
  }
}

export async function listFactoringUnits({
  deps,
  user,
  query,
}: {
  deps: Pick<AppDeps, "prisma" | "config" | "marketListings">;
  user: User;
  query: { page: number; per_page: number; status?: FactoringUnit["status"]; min_amount?: bigint; max_amount?: bigint; sort: "amount_asc" | "amount_desc" | "newest" };
}) {
  const context = repaymentContext(deps.config);
  if (isBidderRole(user)) {
    // The market view has its own indexed query (fu-market-listing.ts), and its pages are kept until
    // the market changes (market-listing-cache.ts); owners' lists are theirs alone.
    const key = marketPageKey(user.id, query, context.today);
    const cached = deps.marketListings.get(key) as MarketPage | undefined;
    if (cached) return cached;
    const epoch = deps.marketListings.epoch;
    const { units, total } = await marketListingPage(deps.prisma, user.id, query);
    const page: MarketPage = freezePage({ items: units.map((fu) => presentFactoringUnit(fu, context)), total });
    deps.marketListings.remember(key, page, epoch);
    return page;
  }
  const where: Prisma.FactoringUnitWhereInput = {
    AND: [
      visibleFactoringUnits(user),
      query.status ? { status: query.status } : {},
      query.min_amount !== undefined || query.max_amount !== undefined ? { invoiceTotal: { gte: query.min_amount, lte: query.max_amount } } : {},
    ],
  };
  const orderBy: Prisma.FactoringUnitOrderByWithRelationInput[] =
    query.sort === "amount_asc" ? [{ invoiceTotal: "asc" }, { id: "asc" }] : query.sort === "amount_desc" ? [{ invoiceTotal: "desc" }, { id: "desc" }] : [{ createdAt: "desc" }, { id: "desc" }];
  const [items, total] = await Promise.all([
    deps.prisma.factoringUnit.findMany({ where, orderBy, include: { owner: ownerSelect }, ...pageWindow(query) }),
    deps.prisma.factoringUnit.count({ where }),
  ]);
  return { items: items.map((fu) => presentFactoringUnit(fu, context)), total };
}

/** The unit with its line items and the bids this caller may see: all for the owner, their own for a bidder. */
export async function getFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  // Read by primary key, then judged by the visibility rule on what was read: the bids included are the
  // caller's own when they are a bidder, which is all the rule needs. As a WHERE clause, the rule's
  // "any bid of mine" arm made PostgreSQL hash every bid the caller ever placed on each request.
  const fu = await readUnitDetail(deps.prisma, id, isBidderRole(user) ? user.id : null);
  if (!fu || !canSeeUnitWithOwnBids(user, fu, fu.bids.length)) throw FU_NOT_FOUND();
  const isOwner = fu.ownerId === user.id;
  return {
    ...presentFactoringUnit(fu, repaymentContext(deps.config)),
    line_items: fu.lineItems.map(presentLineItem),
    bids: fu.bids.map((bid) => presentBid(bid, { showBidder: isOwner })),
  };
}

/**
 * An action only the owner may take: someone who may see the unit gets 403, anyone else the same
 * 404 as for a unit that does not exist.
 */
export async function assertOwner(tx: Tx, user: User, fu: FactoringUnit, message: string) {
  if (fu.ownerId === user.id) return;
  throw (await canSeeFactoringUnit(tx, user, fu)) ? forbidden(message) : FU_NOT_FOUND();
}

/** The owner withdraws a unit that is still bidding; every pending bid is rejected and its hold released. */
export async function cancelFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  await deps.prisma.$transaction(async (tx) => {
    const fu = await lockFactoringUnit(tx, id);
    await assertOwner(tx, user, fu, "Only the owner can cancel a factoring unit.");
    assertTransition(fu.status, "Cancelled");
    await endPendingBids(tx, fu, { status: "Rejected", reason: "The factoring unit was cancelled by its owner." });
    await tx.factoringUnit.update({ where: { id }, data: { status: "Cancelled", cancelledAt: new Date() } });
  });
  return getFactoringUnit({ deps, user, id });
}

/**
 * Ends every pending bid on a locked unit (except `keep`): Rejected (another bid won, the unit was
 * cancelled) or Expired (the unit lapsed), releasing each hold and telling each bidder.
 */
export async function endPendingBids(
  tx: Tx,
  fu: FactoringUnit,
  outcome: { status: "Rejected" | "Expired"; reason: string; keep?: number },
  /** The unit's pending bids when the caller locked them already (lockUnitWithBids). */
  locked?: Pick<Bid, "id" | "bidderId" | "amount">[],
) {
  const pending =
    locked ??
    (
      await tx.$queryRaw<{ id: number; bidder_id: number; amount: bigint }[]>`
        SELECT id, bidder_id, amount FROM bids WHERE factoring_unit_id = ${fu.id} AND status = 'Pending' ORDER BY id FOR UPDATE`
    ).map((bid) => ({ id: bid.id, bidderId: bid.bidder_id, amount: bid.amount }));
  await endBids(tx, fu, pending.filter((bid) => bid.id !== outcome.keep), { status: outcome.status, remark: outcome.reason });
}

/**
 * The sweep's unit lapse: a unit still Bidding whose due date is now closer than MIN_TENOR_DAYS can
 * no longer be financed on sensible terms. It becomes Expired (its invoice identity is free again)
 * and every pending bid expires with its hold released. Safe to race: the unit's row lock and the
 * re-check under it make the second sweeper a no-op. Returns whether this call expired it.
 */
export async function expireFactoringUnit(tx: Tx, id: number, options: { today: string; minTenorDays: number }): Promise<boolean> {
  const fu = await lockFactoringUnit(tx, id);
  if (fu.status !== "Bidding" || isoDate(fu.dueDate) >= addDays(options.today, options.minTenorDays)) return false;
  assertTransition(fu.status, "Expired");
  await endPendingBids(tx, fu, { status: "Expired", reason: `The factoring unit expired: it is due within ${options.minTenorDays} days.` });
  await tx.factoringUnit.update({ where: { id }, data: { status: "Expired", expiredAt: new Date() } });
  await notify(tx, fu.ownerId, "fu.expired", { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, due_date: isoDate(fu.dueDate), min_tenor_days: options.minTenorDays });
  return true;
}
