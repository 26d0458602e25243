import { isoDate } from "../../calendar.ts";
import type { Bid, FactoringUnit, FactoringUnitLineItem, User } from "../../generated/prisma/client.ts";
import { repaymentAmount } from "../../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../money.ts";

export const bpsToPercent = (bps: number) => bps / 100;

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
    created_at: bid.createdAt.toISOString(),
  };
}

export function presentFactoringUnit(fu: FactoringUnit & { owner: Pick<User, "id" | "name" | "entityName"> }) {
  return {
    id: fu.id,
    fu_seller: fu.seller,
    fu_invoice_no: fu.invoiceNo,
    fu_invoice_date: isoDate(fu.invoiceDate),
    fu_due_date: isoDate(fu.dueDate),
    fu_total: paiseToRupees(fu.total),
    fu_invoice_total: paiseToRupees(fu.invoiceTotal),
    fu_finance_amount: paiseToRupees(fu.financeAmount),
    fu_tenure: String(fu.tenureDays),
    status: fu.status,
    buyer: { id: fu.owner.id, name: fu.owner.name, entity_name: fu.owner.entityName },
    repayment_amount: fu.repaymentAmount === null ? null : paiseToRupees(fu.repaymentAmount),
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
