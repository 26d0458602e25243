import request from "supertest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import type { User } from "../../src/generated/prisma/client.ts";
import type { UserRole } from "../../src/generated/prisma/enums.ts";
import { holdsAccount, walletAccount } from "../../src/ledger/accounts.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { signedInUser } from "./factories.ts";
import { fundWallet, makeTradingReady } from "./money-fixtures.ts";
import type { TestApp } from "./test-app.ts";

let invoiceCounter = 0;

/** An active, KYC-complete user with a bearer token and (optionally) money in the wallet. */
export async function trader(t: TestApp, role: UserRole, walletPaise = 0n) {
  const signedIn = await signedInUser(t.prisma, { role });
  await makeTradingReady(t.prisma, signedIn.user);
  if (walletPaise > 0n) await fundWallet(t.prisma, signedIn.user, walletPaise);
  return signedIn;
}

export function fuBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const today = todayInIndia();
  return {
    fu_seller: "Vikram Textiles LLP",
    fu_invoice_no: `INV-${process.pid}-${++invoiceCounter}-${Date.now() % 100000}`,
    fu_invoice_date: addDays(today, -10),
    fu_due_date: addDays(today, 120),
    fu_total: 100000,
    fu_invoice_total: 118000,
    fu_finance_amount: 90000,
    fu_tenure: "90",
    ...overrides,
  };
}

export async function listUnit(t: TestApp, auth: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const res = await request(t.app).post("/api/v2/factoring-units").set(auth).send(fuBody(overrides));
  if (res.status !== 201) throw new Error(`listing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: number; fu_invoice_no: string };
}

export async function bid(t: TestApp, auth: Record<string, string>, fuId: number, body: Record<string, unknown> = {}) {
  return request(t.app).post(`/api/v2/bids/${fuId}`).set(auth).send({ bid_amount: 90000, bid_percentage: 12.5, bid_tenure: "90", ...body });
}

export async function placedBid(t: TestApp, auth: Record<string, string>, fuId: number, body: Record<string, unknown> = {}) {
  const res = await bid(t, auth, fuId, body);
  if (res.status !== 201) throw new Error(`bid failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data as { id: number };
}

export const decide = (t: TestApp, auth: Record<string, string>, bidId: number, status: "Accepted" | "Rejected", remark?: string) =>
  request(t.app).put(`/api/v2/bids/${bidId}/status`).set(auth).send({ status, ...(remark ? { remark } : {}) });

/** Moves a financed unit's financing `days` into the past, as if that many days had elapsed. */
export async function backdateFinancing(t: TestApp, fuId: number, days: number) {
  await t.prisma.$executeRaw`UPDATE factoring_units SET financed_at = financed_at - make_interval(days => ${days}::int) WHERE id = ${fuId}`;
}

/** Ledger invariants, restricted to these users' accounts and the transactions/holds that touch them. */
export async function ledgerProblemsFor(t: TestApp, users: User[]) {
  const codes = new Set(users.flatMap((u) => [walletAccount(u.id), holdsAccount(u.id)]));
  return (await checkLedger(t.prisma)).filter((problem) => codes.has(problem.id));
}
