import crypto from "node:crypto";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/prisma.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { UserRole } from "../../generated/prisma/enums.ts";
import { HttpError } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { SandboxKycProvider } from "../../providers/kyc/sandbox-kyc-provider.ts";
import { hashPassword } from "../auth/passwords.ts";
import { writeAudit } from "../audit/audit-log.ts";
import { verifyBank, verifyPan } from "../kyc/kyc.service.ts";
import { markPaymentPaid } from "../payments/payment-settlement.ts";

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
 * investors and financers get an opening wallet balance. Safe to run again.
 */
export async function seedDemo(db: Db, options: { actor: string; bcryptRounds: number; config: Readonly<Config> }) {
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
  return users;
}
