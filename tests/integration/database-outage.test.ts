import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { closeAppDeps, createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { cuttableProxy } from "../helpers/cuttable-proxy.ts";
import { capturedLogger } from "../helpers/log-lines.ts";
import { signedInUser } from "../helpers/factories.ts";
import { testEnv } from "../helpers/test-app.ts";

// The database goes away under a running app and comes back: requests that need it get FinCode's 503
// with Retry-After (not a 500), /ready is 503, the log gets one line per kind of failure (not a stack
// per request), and the app answers again once the database is back, without a restart.

const { logger: capturing, lines } = capturedLogger();

let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
let app: ReturnType<typeof buildApp>;
let close: () => Promise<void>;
let auth: Record<string, string>;

beforeAll(async () => {
  const real = new URL(testEnv().DATABASE_URL!);
  proxy = await cuttableProxy({ host: real.hostname, port: Number(real.port || 5432) });
  const viaProxy = new URL(real);
  viaProxy.port = String(proxy.port);
  const config = loadConfig(testEnv({ DATABASE_URL: viaProxy.toString(), LOG_LEVEL: "info" }));
  const logger = capturing;
  const database = connectDatabase({ url: config.databaseUrl!, poolSize: 4, logger });
  const deps = createAppDeps(config, logger, database);
  app = buildApp(deps);
  close = async () => {
    await closeAppDeps(deps);
    await database.close();
  };
  const { token } = await signedInUser(database.prisma);
  auth = { Authorization: `Bearer ${token}` };
});
afterAll(() => close());

describe("a database outage", () => {
  it("is a 503 with Retry-After on every route that needs the database, logged once, and ends without a restart", async () => {
    expect((await request(app).get("/api/v2/payments/wallet").set(auth)).status).toBe(200);
    await proxy.cut();

    const answers = [
      await request(app).get("/api/v2/payments/wallet").set(auth),
      await request(app).get("/api/v2/factoring-units").set(auth),
      await request(app).post("/api/v2/auth/login").send({ email: "someone@test.hundi.app", password: "Passw0rd!long" }),
      ...(await Promise.all(Array.from({ length: 20 }, () => request(app).get("/api/v2/payments/wallet").set(auth)))),
    ];
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers["retry-after"]).toBe("5");
      expect(res.body).toEqual({ status: "error", message: "Service temporarily unavailable.", code: "SERVICE_UNAVAILABLE", request_id: res.headers["x-request-id"] });
    }
    expect((await request(app).get("/api/v2/ready")).status).toBe(503);
    expect((await request(app).get("/api/v2/health")).status).toBe(200);

    const outageLines = lines.filter((line) => line.msg === "database unreachable: answering 503 until it is back");
    expect(outageLines.length).toBeGreaterThanOrEqual(1);
    expect(outageLines.length).toBeLessThanOrEqual(3); // one per kind of failure (refused, reset, ...), not one per request
    expect(lines.some((line) => line.err)).toBe(false); // no stacks
    expect(lines.filter((line) => line.msg === "request completed" && (line.res as { statusCode: number }).statusCode === 503).every((line) => line.level === 40)).toBe(true);

    await proxy.restore();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await request(app).get("/api/v2/payments/wallet").set(auth)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await request(app).get("/api/v2/ready")).status).toBe(200);
  });
});
