import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { createFuBody, fuDetail, fuIdParams, fuItem, listFuQuery } from "./fu.schemas.ts";
import { cancelFactoringUnit, createFactoringUnit, getFactoringUnit, listFactoringUnits } from "./fu.service.ts";
import { repayFactoringUnit } from "./fu-repayment.service.ts";
import { forgetMarketPages } from "./market-listing-cache.ts";

const tags = ["Factoring Units"];

export const factoringUnitRoutes = [
  defineRoute({
    method: "get",
    path: "/factoring-units",
    summary: "List factoring units visible to the caller",
    description:
      "Buyers and sellers see their own units in every status; investors and financers see units in `Bidding` and the ones they funded. `min_amount`/`max_amount` filter the invoice total; `sort` is `amount_asc`, `amount_desc` or newest first. Investors' and financers' pages are answered from the serving instance's memory between changes of the market: a change made through the instance that serves the page is on the very next page, one made elsewhere within 50 ms of its commit.",
    tags,
    access: { kind: "user" },
    requireActive: true,
    request: { query: listFuQuery },
    responses: { 200: { description: "A page of units.", schema: paginatedSchema(fuItem) } },
    handler: async ({ deps, auth, query }) => ({ body: pageOf(await listFactoringUnits({ deps, user: auth.user, query }), query) }),
  }),
  defineRoute({
    method: "get",
    path: "/factoring-units/{id}",
    summary: "A factoring unit with its buyer, line items and bids",
    description: "The owner sees every bid; a bidder sees only their own. A unit the caller may not see is 404.",
    tags,
    access: { kind: "user" },
    requireActive: true,
    request: { params: fuIdParams },
    responses: { 200: { description: "The unit.", schema: successSchema(fuDetail) } },
    errors: [404],
    handler: async ({ deps, auth, params }) => ({ body: success(await getFactoringUnit({ deps, user: auth.user, id: params.id })) }),
  }),
  defineRoute({
    method: "post",
    path: "/factoring-units",
    summary: "List an invoice for factoring (buyer/seller)",
    description:
      "Due date after the invoice date and in the future; finance amount and total at most the invoice total; tenure in whole days that fits before the due date; line items, when given, add up to `fu_total`. The same invoice (owner, seller, invoice number) cannot be listed twice (409).",
    tags,
    access: { kind: "user", roles: ["buyer", "seller"], forbiddenMessage: "Only buyers/sellers can list factoring units." },
    apiKeyScope: "trade",
    requireTradingReady: true,
    idempotent: true,
    request: { body: createFuBody },
    responses: { 201: { description: "Listed, open for bidding.", schema: successSchema(fuDetail, "Factoring unit created successfully.") } },
    errors: [409],
    handler: async ({ deps, auth, body }) => {
      const unit = await createFactoringUnit({ deps, user: auth.user, input: body });
      forgetMarketPages(deps);
      return { status: 201, body: success(unit, "Factoring unit created successfully.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/factoring-units/{id}/cancel",
    summary: "Cancel a unit that is still bidding (owner)",
    description: "Every pending bid is rejected and its hold released.",
    tags,
    // No role guard: whether the caller may see the unit decides between 403 and 404 (fu.service).
    access: { kind: "user" },
    apiKeyScope: "trade",
    requireTradingReady: true,
    idempotent: true,
    request: { params: fuIdParams },
    responses: { 200: { description: "Cancelled.", schema: successSchema(fuDetail, "Factoring unit cancelled.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params }) => {
      const unit = await cancelFactoringUnit({ deps, user: auth.user, id: params.id });
      forgetMarketPages(deps);
      return { body: success(unit, "Factoring unit cancelled.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/factoring-units/{id}/repay",
    summary: "Repay the funder from the wallet (owner)",
    description:
      "Pays `repayment_amount` = bid_amount + round_half_up(bid_amount x bid_percentage/100 x bid_tenure/365) to the funder. Financed or Overdue -> Repaid. Insufficient available balance is 422 on `balance`.",
    tags,
    access: { kind: "user" },
    apiKeyScope: "trade",
    requireTradingReady: true,
    idempotent: true,
    request: { params: fuIdParams },
    responses: { 200: { description: "Repaid.", schema: successSchema(fuDetail, "Factoring unit repaid.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params }) => {
      const unit = await repayFactoringUnit({ deps, user: auth.user, id: params.id });
      forgetMarketPages(deps);
      return { body: success(unit, "Factoring unit repaid.") };
    },
  }),
];
