import { paginationQuery } from "../../http/envelopes.ts";
import { pathIdParams } from "../../validation/numeric-fields.ts";
import { percentBpsField, rupeeAmountField } from "../../money.ts";
import { z } from "../../validation/zod.ts";
import { calendarDate } from "../../openapi/response-fields.ts";
import { BID_STATUSES, FU_STATUSES, bidSummary, tenureField } from "../factoring-units/fu.schemas.ts";

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
    valid_until: z.iso
      .datetime({ offset: true })
      .optional()
      .openapi({
        example: "2026-12-05T18:30:00+05:30",
        description: "When the bid lapses (ISO 8601 date-time with offset). Default and latest: BID_VALIDITY_DAYS (7) from now.",
      }),
  })
  .openapi("PlaceBidRequest");

export const decideBidBody = z
  .object({
    status: z.enum(["Accepted", "Rejected"]),
    remark: z.string().trim().max(500).nullish().openapi({ example: "Best rate, accepted." }),
  })
  .openapi("DecideBidRequest");

export const fuIdParam = pathIdParams("fuId", "Factoring unit");
export const bidIdParam = pathIdParams("bidId", "Bid");

export const listBidsQuery = paginationQuery.extend({ status: z.enum(BID_STATUSES).optional() });

export const bidItem = bidSummary
  .extend({
    factoring_unit: z.object({
      id: z.number().int().openapi({ example: 42 }),
      fu_invoice_no: z.string().openapi({ example: "INV-2026-0042" }),
      fu_seller: z.string().openapi({ example: "Vikram Textiles LLP" }),
      status: z.enum(FU_STATUSES),
      fu_due_date: calendarDate("2027-02-20"),
    }),
  })
  .openapi("Bid");
