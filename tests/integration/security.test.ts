import jwt from "jsonwebtoken";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toExpressPath, type RouteDefinition } from "../../src/http/define-route.ts";
import { allRoutes } from "../../src/routes.ts";
import { createUser, revokedTokenFor, signedInUser } from "../helpers/factories.ts";
import { createTestApp, TEST_JWT_SECRET, type TestApp } from "../helpers/test-app.ts";

// Generated from the route table itself: a new endpoint that forgets its auth fails here without
// anyone having to remember to write the test. Ownership (another user's resource -> 404) is tested
// next to each resource's own endpoints.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const concretePath = (route: RouteDefinition) => `/api/v2${toExpressPath(route.path).replace(/:(\w+)/g, "1")}`;
const call = (route: RouteDefinition) => request(t.app)[route.method](concretePath(route));

const protectedRoutes = allRoutes.filter((route) => route.access.kind === "user");
const publicRoutes = allRoutes.filter((route) => route.access.kind === "public");

it("every route is either public on purpose or requires a user", () => {
  expect(publicRoutes.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).toEqual([
    "GET /health",
    "GET /ready",
    "POST /auth/forgot-password",
    "POST /auth/login",
    "POST /auth/register",
    "POST /auth/reset-password",
    "POST /payments/webhook",
  ]);
});

describe.each(protectedRoutes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))("%s", (_name, route) => {
  const expectUnauthenticated = (res: request.Response) => {
    expect(res.status).toBe(401);
    expect(res.body.message).toBe("Unauthenticated.");
    expect(res.body.status).toBeUndefined();
  };

  it("401 without a token", async () => expectUnauthenticated(await call(route)));
  it("401 with a malformed header", async () => expectUnauthenticated(await call(route).set("Authorization", "Token abc")));
  it("401 with a revoked token", async () => {
    const user = await createUser(t.prisma);
    expectUnauthenticated(await call(route).set("Authorization", `Bearer ${await revokedTokenFor(t.prisma, user)}`));
  });
  it("401 with an expired token", async () => {
    const { user, tokenId } = await signedInUser(t.prisma);
    const expired = jwt.sign({ sub: String(user.id), exp: Math.floor(Date.now() / 1000) - 1 }, TEST_JWT_SECRET, { algorithm: "HS256", jwtid: tokenId });
    expectUnauthenticated(await call(route).set("Authorization", `Bearer ${expired}`));
  });
  it("401 with an unsigned (alg none) token", async () => {
    const { user, tokenId } = await signedInUser(t.prisma);
    const unsigned = jwt.sign({ sub: String(user.id) }, "", { algorithm: "none", jwtid: tokenId });
    expectUnauthenticated(await call(route).set("Authorization", `Bearer ${unsigned}`));
  });

  const roles = route.access.kind === "user" ? route.access.roles : undefined;
  if (roles) {
    it("403 for a role that may not call it", async () => {
      const wrongRole = (["buyer", "seller", "investor", "financer", "admin"] as const).find((role) => !roles.includes(role))!;
      const { auth } = await signedInUser(t.prisma, { role: wrongRole });
      const res = await call(route).set(auth);
      expect(res.status).toBe(403);
      expect(res.body.status).toBe("error");
    });
  }
});
