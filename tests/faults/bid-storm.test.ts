import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../src/db/embedded-postgres.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { createLogger } from "../../src/logger.ts";
import { createUser, tokenFor } from "../helpers/factories.ts";
import { fuBody } from "../helpers/marketplace.ts";
import { fundWallet, makeTradingReady } from "../helpers/money-fixtures.ts";
import { TEST_DATA_KEY, TEST_JWT_SECRET } from "../helpers/test-app.ts";
import { freePort } from "../helpers/throwaway-database.ts";

// `npm run test:faults` (and .ci/run): a bid storm against the real server in its own process, on an
// embedded PostgreSQL of this file's own, while the API is killed with SIGKILL and restarted, and the
// database is shut down under it and started again. Afterwards the money must add up exactly: the
// ledger checks out, and what is held is what the pending bids hold, bid for bid.

const ATTEMPTS = Number(process.env.FAULT_ATTEMPTS ?? 400);
const CONCURRENCY = 16;
const BIDDERS = 20;
const UNITS = 12;

let pgDir: string;
let pgPort: number;
let database: EmbeddedDatabase;
let db: Database;
let api: ChildProcess | undefined;
let apiPort: number;
const base = () => `http://127.0.0.1:${apiPort}/api/v2`;

async function startApi() {
  api = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: database.url,
      PORT: String(apiPort),
      HOST: "127.0.0.1",
      JWT_SECRET: TEST_JWT_SECRET,
      DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
      LOG_LEVEL: "silent",
      MIGRATE_ON_START: "false",
      RATE_LIMIT_PER_MINUTE: "1000000",
      AUTH_RATE_LIMIT_PER_MINUTE: "1000000",
      BCRYPT_ROUNDS: "4",
    },
    stdio: ["ignore", "ignore", fs.openSync(path.join(pgDir, "api.log"), "a")],
  });
  await waitUntil(async () => (await fetch(`${base()}/ready`).catch(() => null))?.ok === true, 60_000);
}

async function waitUntil(check: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out; the API's log:\n${fs.readFileSync(path.join(pgDir, "api.log"), "utf8").slice(-3000)}`);
}

beforeAll(async () => {
  pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-faults-"));
  fs.chmodSync(pgDir, 0o777);
  pgPort = await freePort();
  apiPort = await freePort();
  database = await startEmbeddedPostgres({ dataDir: path.join(pgDir, "pg"), port: pgPort, database: "hundi_faults" });
  await applyMigrations(database.url);
  db = connectDatabase({ url: database.url, poolSize: 4, logger: createLogger("silent") });
  await startApi();
}, 180_000);

afterAll(async () => {
  api?.kill("SIGKILL");
  await db?.close();
  await database?.stop();
  fs.rmSync(pgDir, { recursive: true, force: true });
}, 60_000);

describe("a bid storm through faults", () => {
  it("keeps every rupee accounted for through kill -9 of the API and a database outage", async () => {
    const owner = await createUser(db.prisma, { role: "buyer" });
    await makeTradingReady(db.prisma, owner);
    const ownerToken = (await tokenFor(db.prisma, owner)).token;
    const units: number[] = [];
    for (let i = 0; i < UNITS; i++) {
      const res = await fetch(`${base()}/factoring-units`, { method: "POST", headers: { authorization: `Bearer ${ownerToken}`, "content-type": "application/json" }, body: JSON.stringify(fuBody()) });
      expect(res.status).toBe(201);
      units.push(((await res.json()) as { data: { id: number } }).data.id);
    }
    const bidders: { user: Awaited<ReturnType<typeof createUser>>; token: string }[] = [];
    for (let i = 0; i < BIDDERS; i++) {
      const user = await createUser(db.prisma, { role: i % 2 ? "investor" : "financer" });
      await makeTradingReady(db.prisma, user);
      await fundWallet(db.prisma, user, 2_000_000n); // ₹20,000: enough for some bids, not all
      bidders.push({ user, token: (await tokenFor(db.prisma, user)).token });
    }

    const outcomes = new Map<string, number>();
    const count = (what: string) => outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
    const placed: { id: number; token: string }[] = [];
    let done = 0;
    const faults: Promise<void>[] = [];
    const attempt = async (i: number) => {
      const bidder = bidders[i % BIDDERS]!;
      const withdraw = i % 7 === 3 && placed.length > 0;
      const target = withdraw ? placed[i % placed.length]! : null;
      // Each bidder goes round the units (one live bid per bidder and unit: repeats are 409s).
      const url = target ? `${base()}/bids/${target.id}/withdraw` : `${base()}/bids/${units[Math.floor(i / BIDDERS) % UNITS]}`;
      const body = target ? undefined : JSON.stringify({ bid_amount: 500 + (i % 9) * 250, bid_percentage: 12, bid_tenure: 30 });
      const key = crypto.randomUUID();
      // A client retries a failed call with the same Idempotency-Key, as the API asks.
      for (let tries = 0; tries < 3; tries++) {
        const res = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${target?.token ?? bidder.token}`, "content-type": "application/json", "idempotency-key": key }, body }).catch(() => null);
        if (!res) {
          count("connection refused or reset");
          await new Promise((resolve) => setTimeout(resolve, 300));
          continue;
        }
        count(`${target ? "withdraw" : "bid"} ${res.status}`);
        if (res.status === 503) {
          await new Promise((resolve) => setTimeout(resolve, 300));
          continue;
        }
        if (res.status === 201 && !target) placed.push({ id: ((await res.json()) as { data: { id: number } }).data.id, token: bidder.token });
        break;
      }
      done += 1;
      if (done === Math.floor(ATTEMPTS / 3)) faults.push(killAndRestartApi());
      // One fault at a time: the outage waits for the restarted API to be serving (a server that
      // cannot reach its database at start exits, for its supervisor to start it again).
      if (done === Math.floor((2 * ATTEMPTS) / 3)) faults.push(Promise.all(faults).then(databaseOutage));
    };
    const killAndRestartApi = async () => {
      api!.kill("SIGKILL");
      count("fault: API killed with SIGKILL");
      await startApi();
    };
    const databaseOutage = async () => {
      await database.stop();
      count("fault: database stopped");
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      database = await startEmbeddedPostgres({ dataDir: path.join(pgDir, "pg"), port: pgPort, database: "hundi_faults" });
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ATTEMPTS) await attempt(next++);
      }),
    );
    await Promise.all(faults);
    await waitUntil(async () => (await fetch(`${base()}/ready`).catch(() => null))?.ok === true, 60_000);

    const figures = Object.fromEntries([...outcomes].sort());
    console.error(`[faults] ${ATTEMPTS} attempts, ${CONCURRENCY} at a time: ${JSON.stringify(figures)}`);
    expect(outcomes.get("fault: API killed with SIGKILL")).toBe(1);
    expect(outcomes.get("fault: database stopped")).toBe(1);
    expect(outcomes.get("bid 201") ?? 0).toBeGreaterThan(ATTEMPTS / 5);
    expect([...outcomes.keys()].filter((key) => / 5\d\d$/.test(key) && !key.endsWith(" 503"))).toEqual([]);

    // The money adds up, whatever was cut off mid-flight.
    const verify = connectDatabase({ url: database.url, poolSize: 2, logger: createLogger("silent") });
    try {
      expect(await checkLedger(verify.prisma)).toEqual([]);
      const mismatches = await verify.prisma.$queryRaw<{ bid_id: number | null; hold_id: bigint | null }[]>`
        SELECT b.id AS bid_id, h.id AS hold_id
          FROM (SELECT * FROM bids WHERE status = 'Pending') b
          FULL JOIN (SELECT * FROM holds WHERE kind = 'bid' AND status = 'active') h ON h.business_id = b.id::text AND h.amount = b.amount AND h.user_id = b.bidder_id
         WHERE b.id IS NULL OR h.id IS NULL`;
      expect(mismatches).toEqual([]);
      const [sums] = await verify.prisma.$queryRaw<{ pending: bigint | null; held: bigint | null; holds_accounts: bigint | null }[]>`
        SELECT (SELECT SUM(amount) FROM bids WHERE status = 'Pending')::bigint AS pending,
               (SELECT SUM(amount) FROM holds WHERE kind = 'bid' AND status = 'active')::bigint AS held,
               (SELECT SUM(balance) FROM ledger_accounts WHERE type = 'user_holds')::bigint AS holds_accounts`;
      expect(sums!.held).toBe(sums!.pending);
      expect(sums!.holds_accounts).toBe(sums!.pending);
    } finally {
      await verify.close();
    }
  }, 300_000);
});
