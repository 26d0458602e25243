import request from "supertest";
import { toExpressPath } from "../../src/http/define-route.ts";
import { allRoutes } from "../../src/routes.ts";
import { signedInUser } from "./factories.ts";
import { notificationJobsOf } from "./push-jobs.ts";
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

/** Jobs on a queue for one user's notifications: their notification's type and their state. */
export async function queuedJobsFor(t: TestApp, queue: "push-delivery" | "email-delivery", userId: number) {
  return (await notificationJobsOf(t.prisma, queue, userId)).map(({ type, state }) => ({ type, state }));
}
