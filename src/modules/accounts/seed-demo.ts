import crypto from "node:crypto";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/prisma.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { UserRole } from "../../generated/prisma/enums.ts";
import { HttpError } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { SandboxKycProvider } from "../../providers/kyc/sandbox-kyc-provider.ts";
import { hashPassword } from "../auth/passwords.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { verifyBank, verifyPan } from "../kyc/kyc.service.ts";
import { markPaymentPaid } from "../payments/payment-settlement.ts";
import { addDays, todayInIndia } from "../../calendar.ts";
import { decideBid, placeBid } from "../bids/bids.service.ts";
import { createFactoringUnit } from "../factoring-units/fu.service.ts";

// Demo logins printed by `npm start` and documented in the README. Development data only.
export const DEMO_PASSWORD = "Demo@12345";

interface DemoUser {
  role: UserRole;
  email: string;
  name: string;
  phone: string;
  entityName: string;
  pan: string;
  bankAccount: string;
  /** Opening wallet balance in paise (investors and financers fund bids with it). */
  walletPaise: bigint;
}

export const DEMO_USERS: DemoUser[] = [
  { role: "buyer", email: "buyer@demo.hundi.app", name: "Asha Buyer", phone: "+919800000001", entityName: "Asha Retail Pvt Ltd", pan: "AAACA1001B", bankAccount: "501000000011", walletPaise: 0n },
  { role: "seller", email: "seller@demo.hundi.app", name: "Vikram Seller", phone: "+919800000002", entityName: "Vikram Textiles LLP", pan: "AAAFV1002C", bankAccount: "501000000022", walletPaise: 0n },
  { role: "investor", email: "investor@demo.hundi.app", name: "Meera Investor", phone: "+919800000003", entityName: "Meera Capital", pan: "AAAPM1003D", bankAccount: "501000000033", walletPaise: 10_00_000_00n },
  { role: "financer", email: "financer@demo.hundi.app", name: "Rohan Financer", phone: "+919800000004", entityName: "Rohan Finance Ltd", pan: "AAACR1004E", bankAccount: "501000000044", walletPaise: 25_00_000_00n },
];

/** Runs a KYC check through the real service and sandbox provider; an already verified check is fine. */
async function ensureVerified(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof HttpError && error.status === 409)) throw error;
  }
}

/** Tops the wallet up once, through the same settlement path a Razorpay payment takes. */
async function ensureFunded(db: Db, user: User, paise: bigint) {
  if (paise === 0n || (await walletBalances(db, user.id)).balance > 0n) return;
  const payment = await db.payment.create({
    data: { userId: user.id, type: "wallet_topup", amount: paise, gateway: "sandbox", orderId: `order_demo_${user.id}_${crypto.randomBytes(4).toString("hex")}`, receipt: `demo_${crypto.randomUUID()}` },
  });
  await markPaymentPaid(db, { paymentId: payment.id, gatewayPaymentId: `pay_demo_${payment.id}` });
}

/**
 * One active, KYC-verified (PAN and bank account, through the sandbox KYC provider) user per role;
 * investors and financers get an opening wallet balance; on a fresh database, four invoices (two
 * open with bids, one financed, one without bids). Safe to run again.
 */
export async function seedDemo(db: Db, options: { actor: Actor | string; bcryptRounds: number; config: Readonly<Config> }) {
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.bcryptRounds);
  const users = await db.$transaction(async (tx) => {
    const users = [];
    for (const demo of DEMO_USERS) {
      const user = await tx.user.upsert({
        where: { email: demo.email },
        create: { email: demo.email, name: demo.name, phone: demo.phone, role: demo.role, entityName: demo.entityName, passwordHash, status: "active" },
        update: { status: "active", statusReason: null },
      });
      users.push(user);
    }
    await writeAudit(tx, { actor: options.actor, action: "demo.seed", targetType: "system", details: { users: users.map((u) => u.email) } });
    return users;
  });
  const deps = { prisma: db, kycProvider: new SandboxKycProvider(), config: options.config };
  for (const [index, demo] of DEMO_USERS.entries()) {
    const user = users[index]!;
    await ensureVerified(() => verifyPan({ deps, user, input: { pan: demo.pan } }));
    await ensureVerified(() => verifyBank({ deps, user, input: { account_number: demo.bankAccount, ifsc: "HDFC0000001" } }));
    await ensureFunded(db, user, demo.walletPaise);
  }
  await ensureMarketplace(db, options.config, users);
  return users;
}

/** A few invoices in different states, through the same services the API uses. Only on a fresh database. */
async function ensureMarketplace(db: Db, config: Readonly<Config>, users: User[]) {
  const [buyer, seller, investor, financer] = users as [User, User, User, User];
  if ((await db.factoringUnit.count({ where: { ownerId: { in: [buyer.id, seller.id] } } })) > 0) return;
  const deps = { prisma: db, config };
  const today = todayInIndia();
  const list = (owner: User, invoiceNo: string, rupees: number, dueInDays: number) =>
    createFactoringUnit({
      deps,
      user: owner,
      input: {
        fu_seller: "Vikram Textiles LLP",
        fu_invoice_no: invoiceNo,
        fu_invoice_date: addDays(today, -7),
        fu_due_date: addDays(today, dueInDays),
        fu_total: BigInt(rupees) * 100n,
        fu_invoice_total: BigInt(Math.round(rupees * 1.18)) * 100n,
        fu_finance_amount: BigInt(Math.round(rupees * 0.9)) * 100n,
        fu_tenure: dueInDays - 10,
      },
    });
  const bid = (bidder: User, fuId: number, rupees: number, percentage: number, tenure: number) =>
    placeBid({ deps, user: bidder, fuId, input: { bid_amount: BigInt(rupees) * 100n, bid_percentage: percentage * 100, bid_tenure: tenure } });

  const open = await list(buyer, "DEMO-INV-1001", 250000, 100);
  await bid(investor, open.id, 220000, 12, 80);
  await bid(financer, open.id, 225000, 11.5, 85);
  const financed = await list(buyer, "DEMO-INV-1002", 120000, 60);
  const accepted = await bid(investor, financed.id, 108000, 13, 45);
  await decideBid({ deps, user: buyer, bidId: accepted.id, input: { status: "Accepted", remark: "Demo: accepted" } });
  const sellers = await list(seller, "DEMO-INV-2001", 500000, 120);
  await bid(financer, sellers.id, 450000, 10.75, 100);
  await list(seller, "DEMO-INV-2002", 80000, 45);
}
