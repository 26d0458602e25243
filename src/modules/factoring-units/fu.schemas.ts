import { addDays, daysBetween, todayInIndia } from "../../calendar.ts";
import { paginationQuery } from "../../http/envelopes.ts";
import { pathIdParams } from "../../validation/numeric-fields.ts";
import { crossFieldIssue, whenFieldsValid } from "../../validation/laravel-messages.ts";
import { calendarDate, dateTime, rupees } from "../../openapi/response-fields.ts";
import { gstinField } from "../kyc/kyc.schemas.ts";
import { normaliseIdentifier } from "./fu-identity.ts";
import { percentBpsField, rupeeAmountField, paiseToRupees } from "../../money.ts";
import { z } from "../../validation/zod.ts";

export const FU_STATUSES = ["Bidding", "Financed", "Overdue", "Repaid", "Cancelled", "Expired"] as const;
export const MAX_TENURE_DAYS = 3650;

/** Whole days, sent as "90" (the seed's string) or 90. */
export const tenureField = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = String(value).trim();
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_TENURE_DAYS) {
      ctx.addIssue({ code: "custom", message: `The :attribute field must be a whole number of days between 1 and ${MAX_TENURE_DAYS}.` });
      return z.NEVER;
    }
    return Number(text);
  })
  .openapi({ type: ["string", "integer"], pattern: "^\\s*\\d+\\s*$", example: "90", description: "Whole days: \"90\" (the seed's string) or 90." });

const dateField = z.iso.date().openapi({ example: "2026-11-20" });

const quantityField = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = String(value).trim();
    if (!/^\d{1,11}(\.\d{1,3})?$/.test(text) || Number(text) <= 0) {
      ctx.addIssue({ code: "custom", message: "The :attribute field must be a positive number with at most 3 decimals." });
      return z.NEVER;
    }
    return text;
  })
  .openapi({ type: ["number", "string"], pattern: "^\\s*\\d{1,11}(\\.\\d{1,3})?\\s*$", example: 10, description: "Up to 3 decimals; a number or a numeric string (\"2.5\")." });

const gstRateField = percentBpsField({
  maxPercent: 28,
  exclusiveMin: false,
  message: "The :attribute field must be a percentage from 0 to 28 with at most 2 decimals.",
  example: 18,
});

export const lineItemInput = z
  .object({
    description: z.string().trim().min(1).max(255).openapi({ example: "Cotton yarn, 40s count" }),
    hsn_code: z
      .string()
      .trim()
      .regex(/^\d{4,8}$/, { error: "The :attribute field must be 4 to 8 digits." })
      .nullish()
      .openapi({ example: "5205" }),
    quantity: quantityField,
    rate: rupeeAmountField({ example: 500 }),
    amount: rupeeAmountField({ example: 5000 }),
    gst_rate: gstRateField.nullish(),
  })
  .openapi("LineItemInput");

/** Text that is part of the invoice identity: it must keep a letter or digit once normalised. */
const identifyingText = (max: number, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => value === "" || normaliseIdentifier(value) !== "", { error: "The :attribute field must contain a letter or a digit." })
    .openapi({ example });

export const createFuBody = z
  .object({
    fu_seller: identifyingText(255, "Vikram Textiles LLP"),
    fu_invoice_no: identifyingText(64, "INV-2026-0042"),
    fu_invoice_date: dateField,
    fu_due_date: dateField.openapi({ example: "2027-02-20" }),
    fu_total: rupeeAmountField({ maxRupees: 1_000_000_000, example: 100000 }),
    fu_invoice_total: rupeeAmountField({ maxRupees: 1_000_000_000, example: 118000 }),
    fu_finance_amount: rupeeAmountField({ maxRupees: 1_000_000_000, example: 90000 }),
    fu_tenure: tenureField,
    fu_seller_gstin: gstinField.nullish().openapi({ description: "The seller's GSTIN. When given, it identifies the seller exactly (see the invoice identity rule)." }),
    fu_buyer_gstin: gstinField.nullish().openapi({ example: "29AAGCB7383J1Z4", description: "The buyer's GSTIN, as printed on the invoice." }),
    line_items: z.array(lineItemInput).min(1).max(100).optional(),
  })
  // Each cross-field rule runs whenever the fields it reads are valid, so every failing field is
  // reported in one 422 (see whenFieldsValid).
  .superRefine((fu, ctx) => {
    if (fu.fu_invoice_date > todayInIndia()) crossFieldIssue(ctx, "fu_invoice_date", "The :attribute field must be a date before or equal to today.");
  }, whenFieldsValid("fu_invoice_date"))
  .superRefine((fu, ctx) => {
    if (fu.fu_due_date <= fu.fu_invoice_date) crossFieldIssue(ctx, "fu_due_date", "The :attribute field must be a date after fu invoice date.");
  }, whenFieldsValid("fu_invoice_date", "fu_due_date"))
  .superRefine((fu, ctx) => {
    const today = todayInIndia();
    if (fu.fu_due_date <= today) {
      crossFieldIssue(ctx, "fu_due_date", "The :attribute field must be a date after today.");
      return;
    }
    const daysLeft = daysBetween(today, fu.fu_due_date);
    if (fu.fu_tenure !== undefined && fu.fu_tenure > daysLeft) {
      crossFieldIssue(ctx, "fu_tenure", `The :attribute field must fit before the due date: at most ${daysLeft} days from today (${addDays(today, daysLeft)}).`);
    }
  }, whenFieldsValid("fu_due_date", "fu_tenure"))
  .superRefine((fu, ctx) => {
    if (fu.fu_finance_amount > fu.fu_invoice_total) crossFieldIssue(ctx, "fu_finance_amount", "The :attribute field must not be greater than fu invoice total.");
  }, whenFieldsValid("fu_finance_amount", "fu_invoice_total"))
  .superRefine((fu, ctx) => {
    if (fu.fu_total > fu.fu_invoice_total) crossFieldIssue(ctx, "fu_total", "The :attribute field must not be greater than fu invoice total.");
  }, whenFieldsValid("fu_total", "fu_invoice_total"))
  .superRefine((fu, ctx) => {
    const sum = fu.line_items!.reduce((total, item) => total + item.amount, 0n);
    if (sum !== fu.fu_total) {
      crossFieldIssue(ctx, "line_items", `The line items must add up to fu total (${paiseToRupees(fu.fu_total)}); they add up to ${paiseToRupees(sum)}.`);
    }
  }, whenFieldsValid("line_items", "fu_total"))
  .openapi("CreateFactoringUnitRequest");

export type CreateFuInput = z.infer<typeof createFuBody>;

export const listFuQuery = paginationQuery.extend({
  status: z.enum(FU_STATUSES).optional(),
  min_amount: rupeeAmountField({ example: 10000 }).optional().openapi({ description: "Minimum invoice total, rupees." }),
  max_amount: rupeeAmountField({ example: 500000 }).optional().openapi({ description: "Maximum invoice total, rupees." }),
  sort: z.enum(["amount_asc", "amount_desc", "newest"]).default("newest").openapi({ description: "By invoice total, or newest first (default)." }),
});

export const fuIdParams = pathIdParams("id", "Factoring unit");

const lineItem = z
  .object({
    id: z.number().int().openapi({ example: 7 }),
    description: z.string().openapi({ example: "Cotton yarn, 40s count" }),
    hsn_code: z.string().nullable().openapi({ example: "5205" }),
    quantity: z.number().openapi({ example: 2.5 }),
    rate: rupees(400.2),
    amount: rupees(1000.5),
    gst_rate: z.number().nullable().openapi({ example: 18 }),
  })
  .openapi("LineItem");

export const BID_STATUSES = ["Pending", "Accepted", "Rejected", "Withdrawn", "Expired"] as const;

const party = z.object({ id: z.number().int().openapi({ example: 5 }), name: z.string().openapi({ example: "Asha Traders" }), entity_name: z.string().nullable().openapi({ example: "Asha Traders Pvt Ltd" }) });

export const bidSummary = z
  .object({
    id: z.number().int().openapi({ example: 31 }),
    bidder: party.optional().openapi({ description: "Shown to the unit's owner only." }),
    bid_amount: rupees(90000),
    bid_percentage: z.number().openapi({ example: 12.5, description: "Annual rate, percent." }),
    bid_tenure: z.string().openapi({ example: "90", description: "Days." }),
    status: z.enum(BID_STATUSES),
    remark: z.string().nullable().openapi({ example: null }),
    expected_repayment: rupees(92773.97, "bid_amount plus interest for the bid's full tenure, rupees. Repaying earlier costs less (see the unit's repayment_amount)."),
    valid_until: dateTime("2026-11-30T08:00:00.000Z").openapi({ description: "A pending bid expires at this instant and can no longer be accepted." }),
    created_at: dateTime(),
  })
  .openapi("BidSummary");

export const fuItem = z
  .object({
    id: z.number().int().openapi({ example: 42 }),
    fu_seller: z.string().openapi({ example: "Vikram Textiles LLP" }),
    fu_seller_gstin: z.string().nullable().openapi({ example: "27AAPFU0939F1ZV" }),
    fu_buyer_gstin: z.string().nullable().openapi({ example: null }),
    fu_invoice_no: z.string().openapi({ example: "INV-2026-0042" }),
    fu_invoice_date: calendarDate("2026-11-20"),
    fu_due_date: calendarDate("2027-02-20"),
    fu_total: rupees(100000),
    fu_invoice_total: rupees(118000),
    fu_finance_amount: rupees(90000),
    fu_tenure: z.string().openapi({ example: "90", description: "Days." }),
    status: z.enum(FU_STATUSES),
    buyer: party.openapi({ description: "The unit's owner (the lister)." }),
    repayment_amount: rupees(91000, "Financed or Overdue: what the owner owes today (interest per day elapsed since financing, at least MIN_INTEREST_DAYS, at most the bid tenure). Repaid: what was paid. Otherwise null.").nullable(),
    financed_at: dateTime().nullable(),
    repaid_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("FactoringUnit");

export const fuDetail = fuItem.extend({ line_items: z.array(lineItem), bids: z.array(bidSummary) }).openapi("FactoringUnitDetail");
