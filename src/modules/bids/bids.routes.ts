import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { bidSummary } from "../factoring-units/fu.schemas.ts";
import { bidIdParam, bidItem, decideBidBody, fuIdParam, listBidsQuery, placeBidBody } from "./bids.schemas.ts";
import { decideBid, listBids, placeBid, withdrawBid } from "./bids.service.ts";
import { forgetMarketPages } from "../factoring-units/market-listing-cache.ts";

const tags = ["Bids"];

export const bidRoutes = [
  defineRoute({
    method: "get",
    path: "/bids",
    summary: "The caller's bids (investor/financer) or the bids on the caller's units (buyer/seller)",
    description:
      "Pages may be answered from the serving instance's memory, but never older than the database when the request arrives: every change to the caller's bids, to their units' bids, to those units or to a bidder's name, made through any instance or process, is on the very next page.",
    tags,
    access: { kind: "user" },
    requireActive: true,
    request: { query: listBidsQuery },
    responses: { 200: { description: "Newest first.", schema: paginatedSchema(bidItem) } },
    handler: async ({ deps, auth, query }) => ({ body: pageOf(await listBids({ deps, user: auth.user, query }), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/bids/{fuId}",
    summary: "Place a bid (investor/financer)",
    description:
      "Holds `bid_amount` in the bidder's wallet (422 on `bid_amount` when the available balance is short). `bid_amount` at most the finance amount; `0 < bid_percentage <= 100`; `bid_tenure` whole days ending by the due date. One pending bid per bidder per unit (409).",
    tags,
    access: { kind: "user", roles: ["investor", "financer"], forbiddenMessage: "Only investors/financers can bid." },
    apiKeyScope: "trade",
    requireTradingReady: true,
    idempotent: true,
    request: { params: fuIdParam, body: placeBidBody },
    responses: { 201: { description: "Bid placed, amount on hold.", schema: successSchema(bidSummary, "Bid placed successfully.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params, body }) => ({
      status: 201,
      body: success(await placeBid({ deps, user: auth.user, fuId: params.fuId, input: body }), "Bid placed successfully."),
    }),
  }),
  defineRoute({
    method: "put",
    path: "/bids/{bidId}/status",
    summary: "Accept or reject a bid (owner of the unit)",
    description:
      "Accepting, atomically: this bid Accepted, every other pending bid Rejected and released, the hold paid to the owner less the platform fee (PLATFORM_FEE_BPS) and 18% GST on it, the unit Financed. Exactly one bid per unit can ever be accepted.",
    tags,
    access: { kind: "user" },
    apiKeyScope: "trade",
    requireTradingReady: true,
    idempotent: true,
    request: { params: bidIdParam, body: decideBidBody },
    responses: { 200: { description: "The bid after the decision.", schema: successSchema(bidSummary, "Bid accepted.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params, body }) => {
      const bid = await decideBid({ deps, user: auth.user, bidId: params.bidId, input: body });
      forgetMarketPages(deps);
      return { body: success(bid, body.status === "Accepted" ? "Bid accepted." : "Bid rejected.") };
    },
  }),
  defineRoute({
    method: "post",
    path: "/bids/{bidId}/withdraw",
    summary: "Withdraw a pending bid (bidder)",
    description: "Releases the hold back to the wallet.",
    tags,
    access: { kind: "user", roles: ["investor", "financer"] },
    apiKeyScope: "trade",
    requireActive: true,
    idempotent: true,
    request: { params: bidIdParam },
    responses: { 200: { description: "Withdrawn.", schema: successSchema(bidSummary, "Bid withdrawn.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params }) => ({ body: success(await withdrawBid({ deps, user: auth.user, bidId: params.bidId }), "Bid withdrawn.") }),
  }),
];
