import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRoute } from "../../src/http/define-route.ts";
import { allRoutes } from "../../src/routes.ts";
import { signedInUser } from "../helpers/factories.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

const explodingRoute = defineRoute({
  method: "get",
  path: "/test/explode",
  summary: "throws",
  tags: ["Test"],
  access: { kind: "public" },
  responses: { 200: { description: "never" } },
  handler: async () => {
    throw new Error("secret database detail at /srv/app/file.ts:12");
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ routes: [...allRoutes, explodingRoute] });
});
afterAll(() => t.close());

describe("HTTP conventions", () => {
  it("answers unknown routes with a JSON 404", async () => {
    const res = await request(t.app).get("/api/v2/nope");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: "error", message: "Route not found.", code: "NOT_FOUND" });
  });

  it("answers malformed JSON with a JSON 400", async () => {
    const res = await request(t.app).post("/api/v2/auth/login").set("Content-Type", "application/json").send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: "error", message: "Malformed JSON body.", code: "BAD_REQUEST" });
  });

  it("refuses bodies over 1 MB with 413", async () => {
    const res = await request(t.app)
      .post("/api/v2/auth/login")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ email: "a@b.co", password: "x".repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ status: "error", code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses a non-JSON body on a JSON route with 415", async () => {
    const res = await request(t.app).post("/api/v2/auth/login").set("Content-Type", "text/plain").send("email=a@b.co");
    expect(res.status).toBe(415);
    expect(res.body.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("hides internal errors behind the documented 500", async () => {
    const res = await request(t.app).get("/api/v2/test/explode");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ status: "error", message: "Internal server error.", code: "SERVER_ERROR", request_id: res.headers["x-request-id"] });
    expect(JSON.stringify(res.body)).not.toContain("secret");
  });

  it("sets X-Request-Id on every response, echoing a sane client value", async () => {
    const generated = await request(t.app).get("/api/v2/health");
    expect(generated.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await request(t.app).get("/api/v2/nope").set("X-Request-Id", "app-req-123");
    expect(echoed.headers["x-request-id"]).toBe("app-req-123");
    expect(echoed.body.request_id).toBe("app-req-123");
    const unsafe = await request(t.app).get("/api/v2/health").set("X-Request-Id", "bad id\twith spaces");
    expect(unsafe.headers["x-request-id"]).not.toContain(" ");
  });

  it("sends security headers and exposes the API headers to browsers", async () => {
    const res = await request(t.app).get("/api/v2/health").set("Origin", "https://app.example.com");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-powered-by"]).toBeUndefined();
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers["access-control-expose-headers"]).toContain("X-Request-Id");
  });

  it("sends no ETag on API answers, so a repeated GET is answered in full, never 304", async () => {
    const { auth } = await signedInUser(t.prisma, { role: "investor" });
    const first = await request(t.app).get("/api/v2/payments/wallet").set(auth);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBeUndefined();
    const again = await request(t.app).get("/api/v2/payments/wallet").set(auth).set("If-None-Match", 'W/"anything"').set("If-Modified-Since", new Date().toUTCString());
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });
});

describe("rate limits", () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: "3", AUTH_RATE_LIMIT_PER_MINUTE: "2" } });
  });
  afterAll(() => limited.close());

  it("counts per user when signed in, with headers and a 429 + Retry-After past the limit", async () => {
    const { auth } = await signedInUser(limited.prisma);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(limited.app).get("/api/v2/notifications").set(auth);
      statuses.push(res.status);
      expect(res.headers["x-ratelimit-limit"]).toBe("3");
      expect(res.headers["x-ratelimit-remaining"]).toBe(String(Math.max(0, 2 - i)));
      if (res.status === 429) {
        expect(res.body).toMatchObject({ status: "error", message: "Too many requests.", code: "RATE_LIMIT_EXCEEDED" });
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another user has their own budget.
    const other = await signedInUser(limited.prisma);
    expect((await request(limited.app).get("/api/v2/notifications").set(other.auth)).status).toBe(200);
  });

  it("applies the stricter per-IP limit to credential endpoints", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(limited.app).post("/api/v2/auth/login").set("X-Forwarded-For", "10.9.9.9").send({ email: "x@y.co", password: "whatever1" });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses[2]).toBe(429);
  });
});
