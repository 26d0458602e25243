import request from "supertest";
import { toExpressPath } from "../../src/http/define-route.ts";
import { allRoutes } from "../../src/routes.ts";
import { signedInUser } from "./factories.ts";
import type { TestApp } from "./test-app.ts";

/** Every route of the admin API, from the route table itself (a new one is covered without anyone remembering to). */
export const adminRoutes = allRoutes.filter((route) => route.path.startsWith("/admin/"));

export const concreteAdminPath = (path: string) => `/api/v2${toExpressPath(path).replace(/:(\w+)/g, "1")}`;

/** A signed-in admin and a supertest caller with their token set. */
export async function signedInAdmin(t: TestApp) {
  const admin = await signedInUser(t.prisma, { role: "admin" });
  const as = {
    get: (path: string) => request(t.app).get(`/api/v2${path}`).set(admin.auth),
    post: (path: string, body: object = {}) => request(t.app).post(`/api/v2${path}`).set(admin.auth).send(body),
    delete: (path: string) => request(t.app).delete(`/api/v2${path}`).set(admin.auth),
  };
  return { ...admin, as };
}

/** Audit rows about one target, oldest first. */
export const auditRowsFor = (t: TestApp, targetType: string, targetId: number | string) =>
  t.prisma.auditLog.findMany({ where: { targetType, targetId: String(targetId) }, orderBy: { id: "asc" } });

/** Jobs waiting on a queue for one user's notifications, by notification type. */
export async function queuedJobsFor(t: TestApp, queue: string, userId: number) {
  return t.prisma.$queryRaw<{ type: string; state: string }[]>`
    SELECT n.type, j.state::text FROM pgboss.job j JOIN notifications n ON n.id = (j.data->>'notification_id')::int
     WHERE j.name = ${queue} AND n.user_id = ${userId} ORDER BY j.created_on`;
}
