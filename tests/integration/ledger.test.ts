import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdsAccount, platformAccount, walletAccount } from "../../src/ledger/accounts.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { InsufficientFunds } from "../../src/ledger/errors.ts";
import { captureHold, placeHold, releaseHold } from "../../src/ledger/holds.ts";
import { checkLedger, ledgerSize } from "../../src/ledger/ledger-check.ts";
import pg from "pg";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { accountsExistSql, postTransaction } from "../../src/ledger/post-transaction.ts";
import { createUser } from "../helpers/factories.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";
import { runAdmin } from "../../src/cli/admin.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const hold = (userId: number, amount: bigint, id: string) =>
  t.prisma.$transaction((tx) => placeHold(tx, { userId, amount, kind: "test", businessType: "test", businessId: id, description: "test hold" }));

describe("postings", () => {
  it("refuses unbalanced or one-sided postings and writes nothing", async () => {
    const user = await createUser(t.prisma);
    const before = await t.prisma.ledgerTransaction.count();
    await expect(
      t.prisma.$transaction((tx) =>
        postTransaction(tx, { reference: `bad-${user.id}`, kind: "x", businessType: "x", businessId: 1, description: "x", entries: [{ account: walletAccount(user.id), amount: 5n }, { account: platformAccount("platform_fees"), amount: -4n }] }),
      ),
    ).rejects.toThrow("does not balance");
    await expect(
      t.prisma.$transaction((tx) =>
        postTransaction(tx, { reference: `one-${user.id}`, kind: "x", businessType: "x", businessId: 1, description: "x", entries: [{ account: walletAccount(user.id), amount: 5n }, { account: walletAccount(user.id), amount: -5n }] }),
      ),
    ).rejects.toThrow("at least two accounts");
    expect(await t.prisma.ledgerTransaction.count({ where: { reference: { in: [`bad-${user.id}`, `one-${user.id}`] } } })).toBe(0);
    expect(await t.prisma.ledgerTransaction.count()).toBeGreaterThanOrEqual(before);
  });

  it("posts a reference once, however many times it is posted concurrently", async () => {
    const user = await createUser(t.prisma);
    const reference = `gift-${user.id}`;
    const post = () =>
      t.prisma.$transaction((tx) =>
        postTransaction(tx, { reference, kind: "gift", businessType: "test", businessId: user.id, description: "gift", entries: [{ account: platformAccount("platform_fees"), amount: -700n }, { account: walletAccount(user.id), amount: 700n }] }),
      );
    const results = await Promise.all(Array.from({ length: 8 }, post));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.transaction.id)).size).toBe(1);
    expect((await walletBalances(t.prisma, user.id)).available).toBe(700n);
  });

  it("never lets a wallet go negative, and the database refuses it even without the code", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 1000n);
    await expect(
      t.prisma.$transaction((tx) =>
        postTransaction(tx, { reference: `over-${user.id}`, kind: "x", businessType: "x", businessId: 1, description: "x", entries: [{ account: walletAccount(user.id), amount: -1001n }, { account: platformAccount("platform_fees"), amount: 1001n }] }),
      ),
    ).rejects.toBeInstanceOf(InsufficientFunds);
    await expect(t.prisma.ledgerAccount.update({ where: { code: walletAccount(user.id) }, data: { balance: -1n } })).rejects.toThrow();
  });

  it("keeps ledger rows immutable", async () => {
    const user = await createUser(t.prisma);
    const payment = await fundWallet(t.prisma, user, 500n);
    const transaction = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `payment:${payment.id}:capture` } });
    await expect(t.prisma.ledgerEntry.updateMany({ where: { transactionId: transaction.id }, data: { amount: 1n } })).rejects.toThrow(/immutable/);
    await expect(t.prisma.ledgerEntry.deleteMany({ where: { transactionId: transaction.id } })).rejects.toThrow(/immutable/);
    await expect(t.prisma.ledgerTransaction.update({ where: { id: transaction.id }, data: { description: "edited" } })).rejects.toThrow(/immutable/);
  });
});

describe("holds", () => {
  it("place, release and capture move money between available, on hold and other accounts", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 10_000n);
    const a = await hold(user.id, 3_000n, `a-${user.id}`);
    const b = await hold(user.id, 2_000n, `b-${user.id}`);
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 10_000n, onHold: 5_000n, available: 5_000n });

    await t.prisma.$transaction((tx) => releaseHold(tx, a.id, "released"));
    expect(await t.prisma.$transaction((tx) => releaseHold(tx, a.id, "again"))).toBeNull(); // ending twice changes nothing
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 10_000n, onHold: 2_000n, available: 8_000n });

    await t.prisma.$transaction((tx) => captureHold(tx, b.id, { description: "paid out", credits: [{ account: platformAccount("payouts_in_transit"), amount: 2_000n }] }));
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 8_000n, onHold: 0n, available: 8_000n });
    await expect(t.prisma.$transaction((tx) => releaseHold(tx, b.id, "too late"))).resolves.toBeNull();
    await expect(t.prisma.$transaction((tx) => captureHold(tx, b.id, { description: "twice", credits: [] }))).rejects.toThrow("not active");
  });

  it("refuses a capture that does not distribute exactly the held amount", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 1_000n);
    const h = await hold(user.id, 1_000n, `c-${user.id}`);
    await expect(
      t.prisma.$transaction((tx) => captureHold(tx, h.id, { description: "short", credits: [{ account: platformAccount("platform_fees"), amount: 999n }] })),
    ).rejects.toThrow("exactly");
    expect((await t.prisma.hold.findUniqueOrThrow({ where: { id: h.id } })).status).toBe("active");
  });

  it("many concurrent holds never take more than the wallet has", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 10_000n);
    const results = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => hold(user.id, 1_000n, `race-${user.id}-${i}`)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const failure of results.filter((r) => r.status === "rejected")) expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(InsufficientFunds);
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 10_000n, onHold: 10_000n, available: 0n });
    expect(await t.prisma.hold.count({ where: { userId: user.id, status: "active" } })).toBe(10);
  });
});

// The only file that tampers with the ledger, briefly and restoring it, so these run one after another.
describe("ledger-check", () => {
  it("finds a cached balance that disagrees with its entries; the CLI exits 1 naming it", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 1_000n);
    const code = walletAccount(user.id);
    await t.prisma.ledgerAccount.update({ where: { code }, data: { balance: 999n } });
    try {
      const problems = await checkLedger(t.prisma);
      expect(problems).toContainEqual({ kind: "cached_balance_mismatch", id: code, detail: "cached 999, entries 1000" });
      const cli = await runAdmin(["ledger-check"], testEnv());
      expect(cli.code).toBe(1);
      expect(cli.output).toContain("Ledger check FAILED");
      expect(cli.output).toContain(`cached_balance_mismatch ${code}: cached 999, entries 1000`);
    } finally {
      await t.prisma.ledgerAccount.update({ where: { code }, data: { balance: 1_000n } });
    }
    expect((await checkLedger(t.prisma)).filter((p) => p.id === code || p.id === holdsAccount(user.id))).toEqual([]);
  });

  it("finds each kind of problem under its own kind (tampered in a transaction that is rolled back)", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 1_000n);
    const wallet = await t.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: walletAccount(user.id) } });
    const platform = await t.prisma.ledgerAccount.findFirstOrThrow({ where: { type: { notIn: ["user_wallet", "user_holds"] } } });
    const rollback = new Error("rolled back on purpose");
    const touched = [wallet.code, holdsAccount(user.id), `user:${user.id}:holds`, platform.code];
    const tampered = t.prisma.$transaction(async (tx) => {
      const lopsided = await tx.ledgerTransaction.create({
        data: { kind: "test", reference: `tamper-lopsided-${user.id}`, businessType: "test", businessId: String(user.id), description: "tampered", entries: { create: [{ accountId: wallet.id, amount: 7n }, { accountId: platform.id, amount: -5n }] } },
      });
      const empty = await tx.ledgerTransaction.create({ data: { kind: "test", reference: `tamper-empty-${user.id}`, businessType: "test", businessId: String(user.id), description: "tampered" } });
      touched.push(`transaction:${lopsided.id}`, `transaction:${empty.id}`);
      await tx.ledgerAccount.update({ where: { id: platform.id }, data: { balance: { increment: 3n } } });
      await tx.hold.create({ data: { userId: user.id, amount: 500n, kind: "bid", businessType: "test", businessId: String(user.id) } });
      const payment = await tx.payment.create({ data: { userId: user.id, type: "wallet_topup", amount: 100n, status: "paid", gateway: "sandbox", orderId: `order_tamper_${user.id}`, receipt: `tamper_${user.id}` } });
      touched.push(`payment:${payment.id}`);
      const problems = await checkLedger(tx);
      expect(problems).toContainEqual({ kind: "unbalanced_transaction", id: `transaction:${lopsided.id}`, detail: "entries sum to 2" });
      expect(problems).toContainEqual({ kind: "too_few_entries", id: `transaction:${empty.id}`, detail: "0 entries" });
      expect(problems).toContainEqual({ kind: "cached_balance_mismatch", id: wallet.code, detail: "cached 1000, entries 1007" });
      expect(problems).toContainEqual({ kind: "cached_balance_mismatch", id: platform.code, detail: `cached ${platform.balance + 3n}, entries 0` });
      expect(problems).toContainEqual({ kind: "holds_mismatch", id: `user:${user.id}:holds`, detail: "account 0, active holds 500" });
      expect(problems).toContainEqual({ kind: "payment_ledger_mismatch", id: `payment:${payment.id}`, detail: "status paid, 0 credits" });
      throw rollback;
    });
    await expect(tampered).rejects.toBe(rollback);
    // (A negative user balance is refused by the accounts' CHECK constraint before the check could see it.)
    // Every row the tampering touched or wrote is as it was, or gone with the rollback.
    expect((await checkLedger(t.prisma)).filter((p) => touched.includes(p.id))).toEqual([]);
  });

  it("counts the transactions and accounts it covered, as Prisma counts them in the same snapshot", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 1_000n);
    const rollback = new Error("rolled back on purpose");
    // One snapshot for every count (other test files write to the ledger meanwhile).
    const counted = t.prisma.$transaction(
      async (tx) => {
        const before = await ledgerSize(tx);
        expect(before).toEqual({ transactions: await tx.ledgerTransaction.count(), accounts: await tx.ledgerAccount.count() });
        expect(before.transactions).toBeGreaterThan(0);
        const account = await tx.ledgerAccount.create({ data: { code: `test:size:${user.id}`, type: "platform_fees" } });
        const wallet = await tx.ledgerAccount.findUniqueOrThrow({ where: { code: walletAccount(user.id) } });
        await tx.ledgerTransaction.create({
          data: { kind: "test", reference: `size-${user.id}`, businessType: "test", businessId: String(user.id), description: "size", entries: { create: [{ accountId: wallet.id, amount: 1n }, { accountId: account.id, amount: -1n }] } },
        });
        expect(await ledgerSize(tx)).toEqual({ transactions: before.transactions + 1, accounts: before.accounts + 1 });
        throw rollback;
      },
      { isolationLevel: "RepeatableRead" },
    );
    await expect(counted).rejects.toBe(rollback);
  });

  it("the CLI reports a healthy ledger with exit 0", async () => {
    const result = await runAdmin(["ledger-check"], testEnv());
    expect(result).toEqual({ code: 0, output: expect.stringMatching(/^Ledger OK: \d+ transactions balance to zero, \d+ cached balances match their entries\.$/) });
  });
});

describe("platform accounts are not a global queue", () => {
  const gift = (userId: number, reference: string) => (tx: Parameters<Parameters<typeof t.prisma.$transaction>[0]>[0]) =>
    postTransaction(tx, { reference, kind: "gift", businessType: "test", businessId: userId, description: "gift", entries: [{ account: platformAccount("razorpay_clearing"), amount: -100n }, { account: walletAccount(userId), amount: 100n }] });

  it("lets another user's posting to the same platform account commit while one is still open", async () => {
    const [a, b] = [await createUser(t.prisma), await createUser(t.prisma)];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = t.prisma.$transaction(async (tx) => {
      await gift(a.id, `open-${a.id}`)(tx);
      await gate; // still uncommitted, holding whatever locks the posting took
    }, { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await t.prisma.$transaction(gift(b.id, `quick-${b.id}`), { maxWait: 5_000, timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(3_000);
    release();
    await slow;
    expect((await walletBalances(t.prisma, a.id)).balance).toBe(100n);
    expect((await walletBalances(t.prisma, b.id)).balance).toBe(100n);
  });

  it("keeps the derived platform balance exact under 30 concurrent postings by different users", async () => {
    const users = await Promise.all(Array.from({ length: 30 }, () => createUser(t.prisma)));
    const results = await Promise.allSettled(users.map((u) => t.prisma.$transaction(gift(u.id, `burst-${u.id}`))));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const entries = await t.prisma.ledgerEntry.aggregate({ _sum: { amount: true }, where: { transaction: { reference: { in: users.map((u) => `burst-${u.id}`) } }, account: { code: platformAccount("razorpay_clearing") } } });
    expect(entries._sum.amount).toBe(-3000n);
    expect((await t.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: platformAccount("razorpay_clearing") } })).balance).toBe(0n);
    expect((await checkLedger(t.prisma)).filter((p) => p.kind === "cached_balance_mismatch")).toEqual([]);
  });
});


describe("account look-ups by code", () => {
  // A database of its own: the test analyses its accounts table and counts its rows.
  let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await isolatedTestDatabase("ledger_plans");
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    // A thousand accounts, analysed: about where the bench's market read the whole table per posting.
    await pool.query(`INSERT INTO ledger_accounts (code, type, updated_at)
      SELECT 'user:' || g || ':' || k, ('user_' || k)::"LedgerAccountType", now() FROM generate_series(1, 500) g, unnest(ARRAY['wallet', 'holds']) k`);
    await pool.query("ANALYZE ledger_accounts");
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  /** The plan PostgreSQL keeps for a statement it prepared (as the server's pooled connections do). */
  async function genericPlan(name: string, statement: Prisma.Sql): Promise<string> {
    const client = await pool.connect();
    try {
      await client.query("SET plan_cache_mode = force_generic_plan");
      const types = statement.values.map((value) => (typeof value === "string" ? "text" : Array.isArray(value) ? "text[]" : "bigint"));
      await client.query(`PREPARE ${name}(${types.join(", ")}) AS ${statement.text}`);
      const literals = statement.values.map((value) => (Array.isArray(value) ? `ARRAY[${value.map((v) => client.escapeLiteral(String(v))).join(", ")}]` : client.escapeLiteral(String(value))));
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN EXECUTE ${name}(${literals.join(", ")})`);
      await client.query(`DEALLOCATE ${name}`);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    } finally {
      client.release();
    }
  }

  it("probe the unique code index in a plan made once, planned for as many codes as they name", async () => {
    // A hold's two accounts: every bid, withdrawal and top-up looks them up.
    const codes = [walletAccount(7), holdsAccount(7)];
    const plan = await genericPlan("ready", Prisma.sql`SELECT ${accountsExistSql(codes)} AS ready`);
    expect(plan).toMatch(/(Index|Index Only|Bitmap Index) Scan (using|on) ledger_accounts_code_key/);
    expect(plan).not.toMatch(/Seq Scan/);
    expect(plan).toMatch(/ledger_accounts.*rows=2 /);
    // The control: the form it replaced is planned for ten codes whatever it is given (PostgreSQL's
    // guess for an array parameter), which on PostgreSQL 15 here was a sequential scan of this table.
    expect(await genericPlan("ready_any", Prisma.sql`SELECT (SELECT COUNT(*) FROM ledger_accounts WHERE code = ANY(${codes})) = ${codes.length} AS ready`)).toMatch(/ledger_accounts.*rows=10 /);
  });

  it("counts each account once, also in a long list padded with repeats", async () => {
    const ready = async (codes: string[]) => {
      const statement = Prisma.sql`SELECT ${accountsExistSql(codes)} AS ready`;
      return (await pool.query<{ ready: boolean }>(statement.text, statement.values)).rows[0]!.ready;
    };
    const five = [1, 2, 3, 4, 5].map((id) => walletAccount(id));
    expect(await ready(five)).toBe(true);
    expect(await ready([...five.slice(0, 4), walletAccount(9_999)])).toBe(false);
    expect(await ready([walletAccount(9_999)])).toBe(false);
    // Five codes are sent as eight (padded), plus the count they are compared with.
    expect(Prisma.sql`${accountsExistSql(five)}`.values).toEqual([...five, five[4], five[4], five[4], 5]);
  });
});
