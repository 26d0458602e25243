import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRoute } from "../../src/http/define-route.ts";
import { allRoutes } from "../../src/routes.ts";
import { signedInUser } from "../helpers/factories.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The guard later marketplace and money routes use. No such route exists yet, so a probe route with the
// same declaration (requireActive + roles) is mounted next to the real ones.
const probe = defineRoute({
  method: "post",
  path: "/test/trade",
  summary: "probe",
  tags: ["Test"],
  access: { kind: "user", roles: ["investor", "financer"], forbiddenMessage: "Only investors/financers can bid." },
  requireActive: true,
  responses: { 200: { description: "ok" } },
  handler: async () => ({ body: { status: "success", data: { traded: true } } }),
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ routes: [...allRoutes, probe] });
});
afterAll(() => t.close());

describe("account status guard", () => {
  it.each([
    ["pending", "Account pending approval."],
    ["rejected", "Account rejected."],
    ["suspended", "Account suspended."],
  ] as const)("a %s user can read profile and notifications but gets 403 on trading", async (status, message) => {
    const { auth } = await signedInUser(t.prisma, { role: "investor", status });
    expect((await request(t.app).get("/api/v2/auth/profile").set(auth)).status).toBe(200);
    expect((await request(t.app).get("/api/v2/notifications").set(auth)).status).toBe(200);
    const res = await request(t.app).post("/api/v2/test/trade").set(auth);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ status: "error", message, code: "FORBIDDEN" });
  });

  it("a suspended user still sees their wallet and payments, but not the marketplace", async () => {
    const { auth } = await signedInUser(t.prisma, { role: "investor", status: "suspended" });
    for (const path of ["/payments/wallet", "/payments/history", "/payments/wallet/transactions", "/kyc/status"]) {
      expect((await request(t.app).get(`/api/v2${path}`).set(auth)).status).toBe(200);
    }
    for (const path of ["/factoring-units", "/factoring-units/1", "/bids", "/dashboard"]) {
      const res = await request(t.app).get(`/api/v2${path}`).set(auth);
      expect(res.status).toBe(403);
      expect(res.body.message).toBe("Account suspended.");
    }
  });

  it("lets an active user with the right role through", async () => {
    const { auth } = await signedInUser(t.prisma, { role: "financer", status: "active" });
    expect((await request(t.app).post("/api/v2/test/trade").set(auth)).body).toEqual({ status: "success", data: { traded: true } });
  });

  it("checks the role before the account status, with the route's own message", async () => {
    const { auth } = await signedInUser(t.prisma, { role: "buyer", status: "pending" });
    const res = await request(t.app).post("/api/v2/test/trade").set(auth);
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("Only investors/financers can bid.");
  });
});
