import { daysBetween, isoDate, todayInIndia } from "../../calendar.ts";
import type { Bid, FactoringUnit, FactoringUnitLineItem, User } from "../../generated/prisma/client.ts";
import { repaymentAmount, repaymentDue } from "../../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../money.ts";

export const bpsToPercent = (bps: number) => bps / 100;

/** What a presenter needs to know to state today's repayment figure. */
export interface RepaymentContext {
  today: string;
  minInterestDays: number;
}

export const repaymentContext = (config: { marketplace: { minInterestDays: number } }, today = todayInIndia()): RepaymentContext => ({
  today,
  minInterestDays: config.marketplace.minInterestDays,
});

/** Calendar days in India from the financing date to `today`. */
export const daysSinceFinancing = (fu: Pick<FactoringUnit, "financedAt">, today: string) => daysBetween(todayInIndia(fu.financedAt!), today);

/**
 * The unit's repayment figure: what the owner owes today while it is financed or overdue, what
 * was paid once repaid, null before financing.
 */
export function repaymentFigure(fu: FactoringUnit, context: RepaymentContext): bigint | null {
  if (fu.status === "Repaid") return fu.repaidAmount ?? fu.repaymentAmount;
  if (fu.status !== "Financed" && fu.status !== "Overdue") return null;
  if (fu.principal === null || fu.rateBps === null || fu.bidTenureDays === null || fu.financedAt === null) return fu.repaymentAmount;
  return repaymentDue({ principal: fu.principal, rateBps: fu.rateBps, tenureDays: fu.bidTenureDays }, daysSinceFinancing(fu, context.today), context.minInterestDays);
}

export function presentBid(bid: Bid & { bidder?: Pick<User, "id" | "name" | "entityName"> }, options: { showBidder: boolean }) {
  return {
    id: bid.id,
    ...(options.showBidder && bid.bidder ? { bidder: { id: bid.bidder.id, name: bid.bidder.name, entity_name: bid.bidder.entityName } } : {}),
    bid_amount: paiseToRupees(bid.amount),
    bid_percentage: bpsToPercent(bid.rateBps),
    bid_tenure: String(bid.tenureDays),
    status: bid.status,
    remark: bid.remark,
    expected_repayment: paiseToRupees(repaymentAmount(bid.amount, bid.rateBps, bid.tenureDays)),
    valid_until: bid.validUntil.toISOString(),
    created_at: bid.createdAt.toISOString(),
  };
}

export function presentFactoringUnit(fu: FactoringUnit & { owner: Pick<User, "id" | "name" | "entityName"> }, context: RepaymentContext) {
  const repayment = repaymentFigure(fu, context);
  return {
    id: fu.id,
    fu_seller: fu.seller,
    fu_seller_gstin: fu.sellerGstin,
    fu_buyer_gstin: fu.buyerGstin,
    fu_invoice_no: fu.invoiceNo,
    fu_invoice_date: isoDate(fu.invoiceDate),
    fu_due_date: isoDate(fu.dueDate),
    fu_total: paiseToRupees(fu.total),
    fu_invoice_total: paiseToRupees(fu.invoiceTotal),
    fu_finance_amount: paiseToRupees(fu.financeAmount),
    fu_tenure: String(fu.tenureDays),
    status: fu.status,
    buyer: { id: fu.owner.id, name: fu.owner.name, entity_name: fu.owner.entityName },
    repayment_amount: repayment === null ? null : paiseToRupees(repayment),
    financed_at: fu.financedAt?.toISOString() ?? null,
    repaid_at: fu.repaidAt?.toISOString() ?? null,
    created_at: fu.createdAt.toISOString(),
  };
}

export const presentLineItem = (item: FactoringUnitLineItem) => ({
  id: item.id,
  description: item.description,
  hsn_code: item.hsnCode,
  quantity: Number(item.quantity.toString()),
  rate: paiseToRupees(item.rate),
  amount: paiseToRupees(item.amount),
  gst_rate: item.gstRateBps === null ? null : bpsToPercent(item.gstRateBps),
});
