import type { Access, RouteContext } from "../../http/define-route.ts";
import type { Actor } from "../audit/audit-log.ts";

/** Every admin route: a signed-in admin, everyone else 403. */
export const adminOnly: Access = { kind: "user", roles: ["admin"], forbiddenMessage: "Only admins can do this." };
export const tags = ["Admin"];

/** The audit log's actor for an admin API call: who, from which request and address. */
export const adminActor = ({ auth, req, res }: Pick<RouteContext<unknown, unknown, unknown>, "auth" | "req" | "res">): Actor => ({
  name: `admin:${auth.user.id}`,
  userId: auth.user.id,
  requestId: (res.locals.requestId as string | undefined) ?? null,
  ip: req.ip ?? null,
});
