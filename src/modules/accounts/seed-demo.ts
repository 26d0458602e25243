import type { Db } from "../../db/prisma.ts";
import type { UserRole } from "../../generated/prisma/enums.ts";
import { hashPassword } from "../auth/passwords.ts";
import { writeAudit } from "../audit/audit-log.ts";

// Demo logins printed by `npm start` and documented in the README. Development data only.
export const DEMO_PASSWORD = "Demo@12345";

export const DEMO_USERS: { role: UserRole; email: string; name: string; phone: string; entityName: string }[] = [
  { role: "buyer", email: "buyer@demo.hundi.app", name: "Asha Buyer", phone: "+919800000001", entityName: "Asha Retail Pvt Ltd" },
  { role: "seller", email: "seller@demo.hundi.app", name: "Vikram Seller", phone: "+919800000002", entityName: "Vikram Textiles LLP" },
  { role: "investor", email: "investor@demo.hundi.app", name: "Meera Investor", phone: "+919800000003", entityName: "Meera Capital" },
  { role: "financer", email: "financer@demo.hundi.app", name: "Rohan Financer", phone: "+919800000004", entityName: "Rohan Finance Ltd" },
];

/** Creates (or re-activates) one active user per role. Safe to run again. */
export async function seedDemo(db: Db, options: { actor: string; bcryptRounds: number }) {
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.bcryptRounds);
  return db.$transaction(async (tx) => {
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
}
