import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";

// The migrations and prisma/schema.prisma describe the same database: `prisma migrate diff` between a
// freshly migrated database and the schema finds nothing. Hand-written SQL (triggers, long index names,
// partial indexes) is where they drift apart, and a drifted index is renamed or dropped by the next
// `prisma migrate dev`.

const run = promisify(execFile);
let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_drift");
}, 120_000);
afterAll(() => db?.drop());

describe("schema drift", () => {
  it("finds no difference between the migrated database and schema.prisma", async () => {
    const cli = path.resolve("node_modules/prisma/build/index.js");
    const result = await run(process.execPath, [cli, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"], {
      env: { ...process.env, DATABASE_URL: db.url },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, stdout: `${error.stdout ?? ""}${error.stderr ?? ""}` }),
    );
    expect(result.stdout).toContain("No difference detected");
    expect(result.code).toBe(0);
  }, 120_000);
});
