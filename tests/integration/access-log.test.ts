import { Writable } from "node:stream";
import { pino } from "pino";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import type { AppDeps } from "../../src/app-deps.ts";
import { signedInUser } from "../helpers/factories.ts";
import { testEnv } from "../helpers/test-app.ts";

// The access log (src/http/access-log.ts): one line per request at the level its outcome deserves.

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, callback) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    callback();
  },
});
let deps: AppDeps;
let database: ReturnType<typeof connectDatabase>;
beforeAll(() => {
  const config = loadConfig(testEnv());
  database = connectDatabase({ url: config.databaseUrl!, poolSize: 2, logger: pino({ level: "silent" }) });
  deps = createAppDeps(config, pino({ level: "info" }, sink), database);
});
afterAll(async () => {
  await deps.callers.close();
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
});
