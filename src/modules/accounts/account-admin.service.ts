import type { Db } from "../../db/prisma.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";
import { z } from "../../validation/zod.ts";
import { hashPassword } from "../auth/passwords.ts";
import { writeAudit } from "../audit/audit-log.ts";
import { notify } from "../notifications/notify.ts";

// Admin use cases, shared by the CLI (and any future admin API). Each status change, its audit row and
// the user's notification are one transaction.

/** A refusal the admin should read (unknown user, illegal transition): the CLI prints it and exits 1. */
export class AdminInputError extends Error {
  override name = "AdminInputError";
}

const emailSchema = z.email();

/** Finds a user by numeric id or by email (case-insensitive). */
export async function findUserByRef(db: Db, ref: string): Promise<User> {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) {
    const user = await db.user.findUnique({ where: { id: Number(trimmed) } });
    if (!user) throw new AdminInputError(`No user with id ${trimmed}.`);
    return user;
  }
  if (!emailSchema.safeParse(trimmed).success) throw new AdminInputError(`"${trimmed}" is neither a user id nor a valid email.`);
  const user = await db.user.findUnique({ where: { email: trimmed.toLowerCase() } });
  if (!user) throw new AdminInputError(`No user with email ${trimmed.toLowerCase()}.`);
  return user;
}

// Which statuses each action may start from. Approving an active user or rejecting one that has traded
// would hide a mistake, so those are refused with a message saying what to do instead.
const allowedFrom: Record<"approve" | "reject" | "suspend", UserStatus[]> = {
  approve: ["pending", "rejected", "suspended"],
  reject: ["pending"],
  suspend: ["pending", "active"],
};
const resultStatus = { approve: "active", reject: "rejected", suspend: "suspended" } as const;
const events = { approve: "account.approved", reject: "account.rejected", suspend: "account.suspended" } as const;

async function changeStatus(db: Db, options: { actor: string; ref: string; action: keyof typeof allowedFrom; reason?: string }): Promise<User> {
  const found = await findUserByRef(db, options.ref);
  if (found.role === "admin") throw new AdminInputError("Admin accounts are not managed with this command.");
  return db.$transaction(async (tx) => {
    // Re-read under a row lock so two admins acting at once cannot both pass the status check.
    const [locked] = await tx.$queryRaw<{ status: UserStatus }[]>`SELECT status FROM users WHERE id = ${found.id} FOR UPDATE`;
    const from = locked?.status ?? found.status;
    if (!allowedFrom[options.action].includes(from)) {
      throw new AdminInputError(`Cannot ${options.action} ${found.email}: the account is ${from}.`);
    }
    const status = resultStatus[options.action];
    const reason = options.reason?.trim() || null;
    const user = await tx.user.update({ where: { id: found.id }, data: { status, statusReason: reason } });
    await writeAudit(tx, { actor: options.actor, action: `user.${options.action}`, targetType: "user", targetId: user.id, details: { from, to: status, reason } });
    if (options.action === "approve") await notify(tx, user.id, events.approve, {});
    else await notify(tx, user.id, events[options.action], { reason });
    return user;
  });
}

export const approveUser = (db: Db, options: { actor: string; ref: string }) => changeStatus(db, { ...options, action: "approve" });
export const rejectUser = (db: Db, options: { actor: string; ref: string; reason?: string }) => changeStatus(db, { ...options, action: "reject" });
export const suspendUser = (db: Db, options: { actor: string; ref: string; reason?: string }) => changeStatus(db, { ...options, action: "suspend" });

export async function listUsers(db: Db, options: { status?: string }) {
  const statuses = ["pending", "active", "rejected", "suspended"] as const;
  if (options.status !== undefined && !statuses.includes(options.status as UserStatus)) {
    throw new AdminInputError(`Unknown status "${options.status}": use one of ${statuses.join(", ")}.`);
  }
  return db.user.findMany({
    where: options.status ? { status: options.status as UserStatus } : {},
    orderBy: { id: "asc" },
  });
}

const adminInput = z.object({ email: z.email().transform((v) => v.toLowerCase()), password: z.string().min(12).max(72) });

export async function createAdmin(db: Db, options: { actor: string; email: string; password: string; bcryptRounds: number }): Promise<User> {
  const parsed = adminInput.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0]);
    throw new AdminInputError(field === "email" ? `"${options.email}" is not a valid email.` : "The admin password must be 12 to 72 characters.");
  }
  const passwordHash = await hashPassword(parsed.data.password, options.bcryptRounds);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: "Administrator", email: parsed.data.email, phone: "+910000000000", passwordHash, role: "admin", status: "active" },
      });
      await writeAudit(tx, { actor: options.actor, action: "admin.create", targetType: "user", targetId: user.id, details: { email: user.email } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AdminInputError(`A user with email ${parsed.data.email} already exists.`);
    throw error;
  }
}
