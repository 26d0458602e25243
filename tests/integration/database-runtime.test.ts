import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { autovacuumWarning, warnIfAutovacuumOff } from "../../src/db/autovacuum-check.ts";
import { startEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";
import { listMigrationNames, MIGRATIONS_DIR } from "../../src/db/migrations.ts";
import { capturedLogger } from "../helpers/log-lines.ts";
import { createTestApp } from "../helpers/test-app.ts";
import { freePort } from "../helpers/throwaway-database.ts";

describe("migrations", () => {
  it("are recorded exactly as `prisma migrate deploy` records them (checksum = sha256 of migration.sql)", async () => {
    const t = await createTestApp();
    try {
      const rows = await t.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
        SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`;
      const names = await listMigrationNames();
      expect(rows.map((r) => r.migration_name)).toEqual(names);
      for (const row of rows) {
        const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
    } finally {
      await t.close();
    }
  });
});

describe("embedded PostgreSQL", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-embedded-"));
  fs.chmodSync(root, 0o777);
  const dataDir = path.join(root, "pg");
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it.skipIf(process.getuid?.() !== 0)("as root, starts from a private (0700) directory by keeping the data where postgres can reach it", async () => {
    const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-private-"));
    expect(fs.statSync(privateDir).mode & 0o777).toBe(0o700);
    const db = await startEmbeddedPostgres({ dataDir: path.join(privateDir, "pg"), port: await freePort(), database: "app", persistent: false });
    try {
      expect(db.dataDir.startsWith(privateDir)).toBe(false);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query("SELECT current_user AS who")).rows).toEqual([{ who: "postgres" }]);
      await client.end();
    } finally {
      await db.stop();
      fs.rmSync(privateDir, { recursive: true, force: true });
    }
    expect(fs.existsSync(db.dataDir)).toBe(false);
  }, 60_000);

  it("starts again after the previous Node process was killed with -9", async () => {
    const port = await freePort();
    const script = `
      import { startEmbeddedPostgres } from "./src/db/embedded-postgres.ts";
      const db = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port}, database: "app" });
      console.log("READY " + db.url);
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk) => {
        output += chunk;
        if (output.includes("READY")) resolve();
      });
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("exit", (code) => reject(new Error(`child exited ${code}: ${output}`)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true); // the orphan still holds the lock

    const db = await startEmbeddedPostgres({ dataDir, port, database: "app" });
    try {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await db.stop();
    }
  }, 60_000);
});

describe("autovacuum check at start", () => {
  it("warns exactly when the database server runs with autovacuum off, and says what to do", async () => {
    expect(autovacuumWarning("on")).toBeNull();
    expect(autovacuumWarning("off")).toMatch(/autovacuum is off.*Turn autovacuum on, or run ANALYZE on a schedule/);
    // Against the real server of this run: this machine's shared one runs with autovacuum off, an
    // embedded one with it on; either way the log must say what SHOW says.
    const t = await createTestApp();
    const { logger, lines } = capturedLogger();
    try {
      const setting = (await t.deps.pool.query<{ autovacuum: string }>("SHOW autovacuum")).rows[0]!.autovacuum;
      await warnIfAutovacuumOff(t.deps.pool, logger);
      expect(lines.filter((line) => line.level === 40).map((line) => line.autovacuum)).toEqual(setting === "off" ? ["off"] : []);
    } finally {
      await t.close();
    }
  });
});
