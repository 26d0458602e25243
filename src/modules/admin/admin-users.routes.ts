import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { decideAccount, reasonRequired, type AccountDecision } from "../accounts/account-admin.service.ts";
import { presentUserForAdmin, searchUsers, userForAdmin } from "../accounts/user-directory.ts";
import { adminActor, adminOnly, tags } from "./admin-access.ts";
import { adminUser, adminUserDetail, listUsersQuery, reasonBody, userIdParam } from "./admin.schemas.ts";

const decisions: { decision: AccountDecision; summary: string; message: string; from: string }[] = [
  { decision: "approve", summary: "Approve a pending or rejected account", message: "User approved.", from: "pending or rejected" },
  { decision: "reject", summary: "Reject a pending account", message: "User rejected.", from: "pending" },
  { decision: "suspend", summary: "Suspend an account", message: "User suspended.", from: "pending or active" },
  { decision: "reactivate", summary: "Lift a suspension", message: "User reactivated.", from: "suspended" },
];

export const adminUserRoutes = [
  defineRoute({
    method: "get",
    path: "/admin/users",
    summary: "Search accounts",
    description: "Newest first. `q` matches the name or e-mail (contains, any case), phone digits, or the last 4 characters of the PAN.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: listUsersQuery },
    responses: { 200: { description: "A page of accounts.", schema: paginatedSchema(adminUser) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await searchUsers(deps.prisma, query), query) }),
  }),
  defineRoute({
    method: "get",
    path: "/admin/users/{userId}",
    summary: "One account in full",
    description: "Profile, KYC checks (masked values), wallet, and counts of units, bids and pending withdrawals.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { params: userIdParam },
    responses: { 200: { description: "The account.", schema: successSchema(adminUserDetail) } },
    errors: [404],
    handler: async ({ deps, params }) => ({ body: success(await userForAdmin(deps.prisma, params.userId)) }),
  }),
  ...decisions.map(({ decision, summary, message, from }) =>
    defineRoute({
      method: "post",
      path: `/admin/users/{userId}/${decision}`,
      summary,
      description: `Allowed from ${from} (409 otherwise).${reasonRequired(decision) ? " `reason` is required and told to the user." : ""} The user is notified (push and e-mail); the change and its audit row are one transaction. An admin cannot change their own account (403), nor another admin's.`,
      tags,
      access: adminOnly,
      requireActive: true,
      request: { params: userIdParam, body: reasonBody },
      responses: { 200: { description: "The account after the decision.", schema: successSchema(adminUser, message) } },
      errors: [404, 409],
      handler: async (ctx) => {
        const user = await decideAccount(ctx.deps, { actor: adminActor(ctx), ref: String(ctx.params.userId), decision, reason: ctx.body.reason });
        return { body: success(presentUserForAdmin(user), message) };
      },
    }),
  ),
];
