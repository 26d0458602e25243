import type { AppDeps } from "../../app-deps.ts";
import { dateFromIso } from "../../calendar.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Tx } from "../../db/prisma.ts";
import type { FactoringUnit, Prisma, User } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, forbidden, notFound } from "../../http/errors.ts";
import { releaseHold } from "../../ledger/holds.ts";
import { paiseToRupees } from "../../money.ts";
import { notify } from "../notifications/notify.ts";
import { assertTransition } from "./fu-lifecycle.ts";
import { isBidderRole, visibleFactoringUnits } from "./fu-visibility.ts";
import { presentBid, presentFactoringUnit, presentLineItem } from "./fu.presenter.ts";
import type { CreateFuInput } from "./fu.schemas.ts";

type Deps = Pick<AppDeps, "prisma">;

const listingKey = (ownerId: number, seller: string, invoiceNo: string) => `${ownerId}|${seller.trim().toLowerCase()}|${invoiceNo.trim().toUpperCase()}`;
const ownerSelect = { select: { id: true, name: true, entityName: true } } as const;

export const FU_NOT_FOUND = () => notFound("Factoring unit");

/** Locks the unit's row: every change to a unit and its bids starts here, so they never interleave. */
export async function lockFactoringUnit(tx: Tx, id: number): Promise<FactoringUnit> {
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM factoring_units WHERE id = ${id} FOR UPDATE`;
  if (!row) throw FU_NOT_FOUND();
  return tx.factoringUnit.findUniqueOrThrow({ where: { id } });
}

export async function createFactoringUnit({ deps, user, input }: { deps: Deps; user: User; input: CreateFuInput }) {
  try {
    const fu = await deps.prisma.factoringUnit.create({
      data: {
        ownerId: user.id,
        seller: input.fu_seller,
        invoiceNo: input.fu_invoice_no,
        invoiceDate: dateFromIso(input.fu_invoice_date),
        dueDate: dateFromIso(input.fu_due_date),
        total: input.fu_total,
        invoiceTotal: input.fu_invoice_total,
        financeAmount: input.fu_finance_amount,
        tenureDays: input.fu_tenure,
        listingKey: listingKey(user.id, input.fu_seller, input.fu_invoice_no),
        lineItems: {
          create: (input.line_items ?? []).map((item, position) => ({
            position,
            description: item.description,
            hsnCode: item.hsn_code ?? null,
            quantity: item.quantity,
            rate: item.rate,
            amount: item.amount,
            gstRateBps: item.gst_rate ?? null,
          })),
        },
      },
    });
    return getFactoringUnit({ deps, user, id: fu.id });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("This invoice is already listed.");
    throw error;
  }
}

export async function listFactoringUnits({
  deps,
  user,
  query,
}: {
  deps: Deps;
  user: User;
  query: { page: number; per_page: number; status?: FactoringUnit["status"]; min_amount?: bigint; max_amount?: bigint; sort: "amount_asc" | "amount_desc" | "newest" };
}) {
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
  return { items: items.map(presentFactoringUnit), total };
}

/** The unit with its line items and the bids this caller may see: all for the owner, their own for a bidder. */
export async function getFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const fu = await deps.prisma.factoringUnit.findFirst({
    where: { AND: [{ id }, visibleFactoringUnits(user)] },
    include: {
      owner: ownerSelect,
      lineItems: { orderBy: { position: "asc" } },
      bids: { where: fuBidsVisibleTo(user), orderBy: { id: "asc" }, include: { bidder: ownerSelect } },
    },
  });
  if (!fu) throw FU_NOT_FOUND();
  const isOwner = fu.ownerId === user.id;
  return {
    ...presentFactoringUnit(fu),
    line_items: fu.lineItems.map(presentLineItem),
    bids: fu.bids.map((bid) => presentBid(bid, { showBidder: isOwner })),
  };
}

const fuBidsVisibleTo = (user: User): Prisma.BidWhereInput => (isBidderRole(user) ? { bidderId: user.id } : {});

/** The owner withdraws a unit that is still bidding; every pending bid is rejected and its hold released. */
export async function cancelFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  await deps.prisma.$transaction(async (tx) => {
    const fu = await lockFactoringUnit(tx, id);
    if (fu.ownerId !== user.id) throw isBidderRole(user) ? forbidden("Only the owner can cancel a factoring unit.") : FU_NOT_FOUND();
    assertTransition(fu.status, "Cancelled");
    await rejectPendingBids(tx, fu, "The factoring unit was cancelled by its owner.");
    await tx.factoringUnit.update({ where: { id }, data: { status: "Cancelled", cancelledAt: new Date(), listingKey: null } });
  });
  return getFactoringUnit({ deps, user, id });
}

/** Rejects every pending bid on a locked unit (except `keep`), releasing holds and telling the bidders. */
export async function rejectPendingBids(tx: Tx, fu: FactoringUnit, reason: string, keep?: number) {
  const pending = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM bids WHERE factoring_unit_id = ${fu.id} AND status = 'Pending' ORDER BY id FOR UPDATE`;
  for (const { id } of pending) {
    if (id === keep) continue;
    const bid = await tx.bid.update({ where: { id }, data: { status: "Rejected", liveKey: null, remark: reason, decidedAt: new Date() } });
    const hold = await tx.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: { businessType: "bid", businessId: String(bid.id), kind: "bid" } } });
    await releaseHold(tx, hold.id, "Bid rejected: returned to wallet");
    await notify(tx, bid.bidderId, "bid.rejected", { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(bid.amount), reason });
  }
}
