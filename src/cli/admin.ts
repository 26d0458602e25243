import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import { openDatabase, type DatabaseHandle } from "../db/open-database.ts";
import { ConfigError, loadConfig, type Config } from "../config.ts";
import { loadEnvFile } from "../env-file.ts";
import { createLogger } from "../logger.ts";
import { cliActor, type Actor } from "../modules/audit/audit-log.ts";
import { HttpError } from "../http/errors.ts";

// Each command imports the use cases it runs when it runs (a static import of every service cost
// every command ~0.2 s of module loading, and `ledger-check` needs none of them).
const accounts = () => import("../modules/accounts/account-admin.service.ts");

// `npm run admin -- <command>`: the same services the API uses, never raw SQL or HTTP.
// Exit 0 on success; 1 with the error's message when the use case refuses (any 4xx: the API answers
// the same refusal with that status and message); 2 on usage errors. Every change is audited with the
// actor `cli:<OS user>`.

const USAGE = `usage: npm run admin -- <command>      (help: this list)
  create-admin <email> <password>
  list-users [--status pending|active|rejected|suspended]
  approve-user <email|id>
  reject-user <email|id> --reason "..."
  suspend-user <email|id> --reason "..."
  reactivate-user <email|id> [--reason "..."]   (lifts a suspension)
  seed-demo
  sweep                     (every marketplace sweep once: bid expiry, unit lapse, repayments)
  sweep-overdue             (an alias of sweep)
  settle-withdrawal <id> processed|failed [--reason "..."]
  ledger-check
  rotate-data-key           (re-encrypt bank account numbers with the first key of DATA_ENCRYPTION_KEY)
  migrate                   (apply pending migrations and exit: deployments run it once before the API)
  jobs --failed             (background jobs that ran out of retries)
  jobs --retry <job id>     (run a failed job again)`;


class UsageError extends Error {}
/** The command ran but found problems: print them and exit 1. */
class CheckFailed extends Error {}

type Command = (ctx: { db: DatabaseHandle; config: Readonly<Config>; actor: Actor; args: string[]; reason?: string; status?: string; failed?: boolean; retry?: string }) => Promise<string>;

const one = (args: string[], what: string) => {
  if (args.length !== 1) throw new UsageError(`expected exactly one ${what}`);
  return args[0] as string;
};

const commands: Record<string, Command> = {
  "create-admin": async ({ db, config, actor, args }) => {
    if (args.length !== 2) throw new UsageError("expected <email> <password>");
    const { createAdmin } = await accounts();
    const user = await createAdmin(db.prisma, { actor, email: args[0]!, password: args[1]!, bcryptRounds: config.bcryptRounds });
    return `Created admin ${user.email} (id ${user.id}).`;
  },
  "list-users": async ({ db, args, status }) => {
    if (args.length > 0) throw new UsageError("list-users takes no positional arguments");
    const { listUsers } = await accounts();
    const users = await listUsers(db.prisma, { status });
    if (users.length === 0) return "No users.";
    return users.map((u) => [String(u.id).padStart(6), u.status.padEnd(9), u.role.padEnd(8), u.email, u.name].join("  ")).join("\n");
  },
  "approve-user": async ({ db, actor, args }) => {
    const { approveUser } = await accounts();
    const user = await approveUser(db, { actor, ref: one(args, "user email or id") });
    return `Approved ${user.email} (id ${user.id}).`;
  },
  "reject-user": async ({ db, actor, args, reason }) => {
    const { rejectUser } = await accounts();
    const user = await rejectUser(db, { actor, ref: one(args, "user email or id"), reason });
    return `Rejected ${user.email} (id ${user.id}).`;
  },
  "suspend-user": async ({ db, actor, args, reason }) => {
    const { suspendUser } = await accounts();
    const user = await suspendUser(db, { actor, ref: one(args, "user email or id"), reason });
    return `Suspended ${user.email} (id ${user.id}).`;
  },
  "reactivate-user": async ({ db, actor, args, reason }) => {
    const { reactivateUser } = await accounts();
    const user = await reactivateUser(db, { actor, ref: one(args, "user email or id"), reason });
    return `Reactivated ${user.email} (id ${user.id}).`;
  },
  sweep: async ({ db, config, args }) => {
    if (args.length > 0) throw new UsageError("sweep takes no arguments");
    const { runAllSweeps } = await import("../jobs/marketplace-sweeps.ts");
    const { expiredBids, expiredUnits, reminded, overdue } = await runAllSweeps(db.prisma, config);
    const list = (ids: number[]) => (ids.length ? ` (${ids.join(", ")})` : "");
    return [
      `Expired ${expiredBids.length} bid(s)${list(expiredBids)}; expired ${expiredUnits.length} factoring unit(s)${list(expiredUnits)};`,
      `marked ${overdue.length} factoring unit(s) overdue${list(overdue)}; sent ${reminded.length} due-soon reminder(s).`,
    ].join(" ");
  },
  "settle-withdrawal": async ({ db, actor, args, reason }) => {
    if (args.length !== 2 || !/^\d+$/.test(args[0]!) || !["processed", "failed"].includes(args[1]!)) {
      throw new UsageError("expected <withdrawal id> processed|failed");
    }
    const { settleWithdrawalByAdmin } = await import("../modules/payments/withdrawals.service.ts");
    const withdrawal = await settleWithdrawalByAdmin(db.prisma, { actor, withdrawalId: Number(args[0]), outcome: args[1] as "processed" | "failed", reason });
    return `Withdrawal ${withdrawal.id} is ${withdrawal.status}.`;
  },
  "ledger-check": async ({ db, args }) => {
    if (args.length > 0) throw new UsageError("ledger-check takes no arguments");
    const { checkLedger, ledgerSize } = await import("../ledger/ledger-check.ts");
    const problems = await checkLedger(db.prisma);
    if (problems.length > 0) {
      throw new CheckFailed(`Ledger check FAILED: ${problems.length} problem(s)\n${problems.map((p) => `  ${p.kind} ${p.id}: ${p.detail}`).join("\n")}`);
    }
    const { transactions, accounts } = await ledgerSize(db.prisma);
    return `Ledger OK: ${transactions} transactions balance to zero, ${accounts} cached balances match their entries.`;
  },
  jobs: async ({ db, actor, args, failed, retry }) => {
    if (args.length > 0 || Boolean(failed) === Boolean(retry)) throw new UsageError("expected --failed or --retry <job id>");
    const { listFailedJobs, retryFailedJob } = await import("../jobs/job-admin.ts");
    if (retry) {
      const { startJobQueue } = await import("../db/job-queue.ts");
      const boss = await startJobQueue({ url: db.url, logger: createLogger("warn"), work: false });
      try {
        const job = await retryFailedJob(db.prisma, boss, { actor, id: retry });
        return `Job ${job.id} (${job.queue}) is queued again.`;
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    }
    const jobs = await listFailedJobs(db.prisma);
    if (jobs.length === 0) return "No failed jobs.";
    return jobs
      .map((job) => [job.id, job.queue.padEnd(17), `${job.attempts} attempt(s)`, job.failedOn?.toISOString() ?? "-", JSON.stringify(job.data), JSON.stringify(job.error)].join("  "))
      .join("\n");
  },
  "rotate-data-key": async ({ db, config, actor, args }) => {
    if (args.length > 0) throw new UsageError("rotate-data-key takes no arguments");
    const { reencryptBankAccounts } = await import("../modules/kyc/bank-account-encryption.ts");
    const result = await reencryptBankAccounts(db.prisma, config, actor);
    const summary = `Re-encrypted ${result.reencrypted} bank account(s) with key "${result.currentKey}"; ${result.total} stored in all.`;
    if (result.unreadable.length > 0) {
      throw new CheckFailed(`${summary}\n${result.unreadable.length} value(s) are under a key DATA_ENCRYPTION_KEY no longer holds (kyc_checks ids ${result.unreadable.join(", ")}): add that key back after the current one and run again.`);
    }
    return summary;
  },
  migrate: async ({ db, args }) => {
    if (args.length > 0) throw new UsageError("migrate takes no arguments");
    const applied = db.appliedMigrations;
    return applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Database schema is up to date.";
  },
  "seed-demo": async ({ db, config, actor, args }) => {
    if (args.length > 0) throw new UsageError("seed-demo takes no arguments");
    const { DEMO_PASSWORD, seedDemo } = await import("../modules/accounts/seed-demo.ts");
    const users = await seedDemo(db.prisma, { actor, bcryptRounds: config.bcryptRounds, config });
    return `Demo users ready (password ${DEMO_PASSWORD}): ${users.map((u) => u.email).join(", ")}`;
  },
};
// The older name, kept so existing runbooks and cron lines keep working.
commands["sweep-overdue"] = commands.sweep!;

export async function runAdmin(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; output: string }> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { reason: { type: "string" }, status: { type: "string" }, help: { type: "boolean" }, failed: { type: "boolean" }, retry: { type: "string" } } });
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n${USAGE}` };
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help || name === "help" || !name) return { code: name || parsed.values.help ? 0 : 2, output: USAGE };
  const command = commands[name];
  if (!command) return { code: 2, output: `unknown command "${name}"\n${USAGE}` };

  let db: DatabaseHandle | undefined;
  try {
    const config = loadConfig(env);
    db = await openDatabase(config, createLogger("warn"), { migrate: name === "migrate" || config.migrateOnStart || !config.databaseUrl });
    const output = await command({ db, config, actor: cliActor(env.USER ?? env.LOGNAME), args, reason: parsed.values.reason, status: parsed.values.status, failed: parsed.values.failed, retry: parsed.values.retry });
    return { code: 0, output };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, output: `${name}: ${error.message}\n${USAGE}` };
    if (error instanceof HttpError && error.status < 500) return { code: 1, output: error.message };
    if (error instanceof ConfigError || error instanceof CheckFailed) return { code: 1, output: error.message };
    return { code: 1, output: `${name} failed: ${(error as Error).message}` };
  } finally {
    await db?.shutdown();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // Prisma's query compiler is a 3 MB WebAssembly module. V8 compiles it with its baseline compiler
  // (Liftoff) and then again with its optimising one (TurboFan) on background threads, and the process
  // cannot exit until those threads are done: 0.25-0.3 s of every command's run time and 0.4 s of CPU
  // (1.2 -> 0.8 s per `ledger-check`, measured). A command runs a handful of queries, so baseline code
  // is all it needs. Set here, before the first query compiles the module; the API server and the tests
  // keep V8's default (a long-running process gains from the optimised code).
  v8.setFlagsFromString("--liftoff-only");
  loadEnvFile();
  const { code, output } = await runAdmin(process.argv.slice(2));
  (code === 0 ? console.log : console.error)(output);
  process.exit(code);
}
