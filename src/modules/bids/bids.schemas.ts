import { paginationQuery } from "../../http/envelopes.ts";
import { pathIdParams } from "../../http/numeric-fields.ts";
import { percentBpsField, rupeeAmountField } from "../../money.ts";
import { z } from "../../openapi/zod.ts";
import { bidSummary, tenureField } from "../factoring-units/fu.schemas.ts";

const percentageField = percentBpsField({
  maxPercent: 100,
  exclusiveMin: true,
  message: "The :attribute field must be greater than 0 and at most 100, with at most 2 decimals.",
  example: 12.5,
});

export const placeBidBody = z
  .object({
    bid_amount: rupeeAmountField({ example: 90000 }),
    bid_percentage: percentageField,
    bid_tenure: tenureField,
  })
  .openapi("PlaceBidRequest");

export const decideBidBody = z
  .object({
    status: z.enum(["Accepted", "Rejected"]),
    remark: z.string().trim().max(500).nullish(),
  })
  .openapi("DecideBidRequest");

export const fuIdParam = pathIdParams("fuId", "Factoring unit");
export const bidIdParam = pathIdParams("bidId", "Bid");

export const listBidsQuery = paginationQuery.extend({ status: z.enum(["Pending", "Accepted", "Rejected", "Withdrawn"]).optional() });

export const bidItem = bidSummary
  .extend({
    factoring_unit: z.object({ id: z.number().int(), fu_invoice_no: z.string(), fu_seller: z.string(), status: z.string(), fu_due_date: z.string() }),
  })
  .openapi("Bid");
