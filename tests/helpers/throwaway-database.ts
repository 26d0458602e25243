import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });

/**
 * A database nobody else uses, for the test suite and the benchmark: with DATABASE_URL, a fresh
 * database on that server (never the one the URL names); without it, an embedded PostgreSQL in a
 * temporary directory. `drop` removes it.
 */
export async function createThrowawayDatabase(prefix: string): Promise<{ url: string; embedded: boolean; drop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${prefix}_${crypto.randomBytes(4).toString("hex")}`;
    const url = target.toString();
    await createDatabaseIfMissing(url);
    return {
      url,
      embedded: false,
      drop: async () => {
        const admin = new URL(url);
        admin.pathname = "/postgres";
        const client = new pg.Client({ connectionString: admin.toString() });
        await client.connect();
        // A pool's end() resolves once its clients are told to close, not once their backends have gone;
        // FORCE would then terminate a closing connection and its 57P01 would surface as an unhandled
        // error in whichever test file is running. Wait (briefly) for the backends to leave first.
        const name = target.pathname.slice(1);
        for (let waited = 0; waited < 5000; waited += 50) {
          const { rows } = await client.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-pg-`));
  fs.chmodSync(dir, 0o777); // postgres runs as the OS user `postgres` when we are root
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: prefix, persistent: false });
  return {
    url: embedded.url,
    embedded: true,
    drop: async () => {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
