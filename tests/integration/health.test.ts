import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("health and readiness", () => {
  it("health answers without touching the database", async () => {
    const res = await request(t.app).get("/api/v2/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "success", data: { status: "ok" } });
  });

  it("ready reports the database reachable and migrations applied", async () => {
    const res = await request(t.app).get("/api/v2/ready");
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ database: "ok", migrations: "applied" });
  });

  it("ready answers 503 when the database is unreachable", async () => {
    const broken = await createTestApp({ env: { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" } });
    try {
      const res = await request(broken.app).get("/api/v2/ready");
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: "error", message: "Database unavailable.", code: "SERVICE_UNAVAILABLE" });
    } finally {
      await broken.close();
    }
  });
});
