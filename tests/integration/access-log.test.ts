import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { closeAppDeps, createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import type { AppDeps } from "../../src/app-deps.ts";
import { defineRoute } from "../../src/http/define-route.ts";
import { success, successSchema } from "../../src/http/envelopes.ts";
import { z } from "../../src/validation/zod.ts";
import { signedInUser } from "../helpers/factories.ts";
import { capturedLogger } from "../helpers/log-lines.ts";
import { testEnv } from "../helpers/test-app.ts";

// The access log (src/http/access-log.ts): one line per request at the level its outcome deserves.

const { logger: capturing, lines } = capturedLogger();
let deps: AppDeps;
let database: ReturnType<typeof connectDatabase>;
beforeAll(() => {
  const config = loadConfig(testEnv());
  database = connectDatabase({ url: config.databaseUrl!, poolSize: 2, logger: pino({ level: "silent" }) });
  deps = createAppDeps(config, capturing, database);
});
afterAll(async () => {
  await closeAppDeps(deps);
  await database.close();
});

const linesFor = (id: string) => lines.filter((line) => line.reqId === id);

describe("access log", () => {
  it("logs a served request once at info, with its id, user, status and time, and no token", async () => {
    const app = buildApp(deps);
    const { auth, user, token } = await signedInUser(deps.prisma, { role: "investor" });
    const res = await request(app).get("/api/v2/payments/wallet?x=1").set(auth).set("X-Request-Id", "log-test-1");
    expect(res.status).toBe(200);
    const [line, ...more] = linesFor("log-test-1");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 30, msg: "request completed", req: { method: "GET", url: "/api/v2/payments/wallet" }, res: { statusCode: 200 }, userId: user.id });
    expect(typeof line!.responseTime).toBe("number");
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it("logs refusals at warn and keeps health checks out of the info log", async () => {
    const app = buildApp(deps);
    await request(app).get("/api/v2/payments/wallet").set("X-Request-Id", "log-test-2");
    expect(linesFor("log-test-2")).toMatchObject([{ level: 40, res: { statusCode: 401 } }]);
    await request(app).get("/api/v2/health").set("X-Request-Id", "log-test-3");
    expect(linesFor("log-test-3")).toEqual([]);
  });

  it("logs an unexpected error once, on the request's line, with its id and without source excerpts", async () => {
    const failing = defineRoute({
      method: "get",
      path: "/failing",
      summary: "Fails",
      tags: ["Test"],
      access: { kind: "public" },
      responses: { 200: { description: "Never.", schema: successSchema(z.object({})) } },
      handler: async ({ deps: { prisma } }) => {
        await prisma.$queryRawUnsafe("SELECT * FROM no_such_table_for_the_log_test");
        return { body: success({}) };
      },
    });
    const res = await request(buildApp(deps, [failing])).get("/api/v2/failing").set("X-Request-Id", "log-test-4");
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ status: "error", message: "Internal server error.", code: "SERVER_ERROR", request_id: "log-test-4" });
    const [line, ...more] = linesFor("log-test-4");
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 50, res: { statusCode: 500 }, err: { message: expect.stringContaining("no_such_table_for_the_log_test") } });
    // Prisma quotes the calling source lines ("invocation in file:line", "→ 69 await ...") unless minimal.
    expect(JSON.stringify(line)).not.toMatch(/invocation in|→/);
    expect(lines.filter((l) => l.msg === "unhandled error")).toEqual([]);
  });
});
