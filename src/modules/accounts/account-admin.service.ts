import type { AppDeps } from "../../app-deps.ts";
import type { Db } from "../../db/prisma.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { UserStatus } from "../../generated/prisma/enums.ts";
import { conflict, fieldError, forbidden, HttpError } from "../../http/errors.ts";
import { z } from "../../validation/zod.ts";
import { hashPassword } from "../auth/passwords.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { notify } from "../notifications/notify.ts";

// Account decisions, shared by the admin API and the CLI: the same checks, the same 4xx errors (the CLI
// prints their message and exits 1), and each status change, its audit row and the user's
// notification (push and e-mail) in one transaction.

const emailSchema = z.email();

/** Finds a user by numeric id or by email (case-insensitive): 404 when there is none. */
export async function findUserByRef(db: Db, ref: string): Promise<User> {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) {
    const user = await db.user.findUnique({ where: { id: Number(trimmed) } });
    if (!user) throw new HttpError(404, `No user with id ${trimmed}.`, "NOT_FOUND");
    return user;
  }
  if (!emailSchema.safeParse(trimmed).success) throw fieldError("user", `"${trimmed}" is neither a user id nor a valid email.`);
  const user = await db.user.findUnique({ where: { email: trimmed.toLowerCase() } });
  if (!user) throw new HttpError(404, `No user with email ${trimmed.toLowerCase()}.`, "NOT_FOUND");
  return user;
}

export type AccountDecision = "approve" | "reject" | "suspend" | "reactivate";

// Which statuses each decision may start from (anything else is 409 naming the current status).
// Approving an active user or rejecting one that has traded would hide a mistake; a suspension is
// lifted by reactivate, so that the audit log tells a lifted suspension from a first approval.
const allowedFrom: Record<AccountDecision, UserStatus[]> = {
  approve: ["pending", "rejected"],
  reject: ["pending"],
  suspend: ["pending", "active"],
  reactivate: ["suspended"],
};
const resultStatus = { approve: "active", reject: "rejected", suspend: "suspended", reactivate: "active" } as const satisfies Record<AccountDecision, UserStatus>;
/** A rejection or suspension is explained to the user, so it needs a reason. */
export const reasonRequired = (decision: AccountDecision) => decision === "reject" || decision === "suspend";

/** `callers` when an app serves the request: it forgets the user at once (other instances when the change commits). */
type Deps = Pick<AppDeps, "prisma"> & Partial<Pick<AppDeps, "callers">>;

export async function decideAccount(deps: Deps, options: { actor: Actor; ref: string; decision: AccountDecision; reason?: string | null }): Promise<User> {
  const db = deps.prisma;
  const { actor, decision } = options;
  const reason = options.reason?.trim() || null;
  if (reasonRequired(decision) && !reason) throw fieldError("reason", "The reason field is required.");
  const found = await findUserByRef(db, options.ref);
  if (actor.userId !== undefined && actor.userId !== null && actor.userId === found.id) throw forbidden("You cannot change the status of your own account.");
  if (found.role === "admin") throw forbidden("Admin accounts are not managed with this command.");
  const decided = await db.$transaction(async (tx) => {
    // Re-read under a row lock so two admins acting at once cannot both pass the status check.
    const [locked] = await tx.$queryRaw<{ status: UserStatus }[]>`SELECT status FROM users WHERE id = ${found.id} FOR UPDATE`;
    const from = locked?.status ?? found.status;
    if (!allowedFrom[decision].includes(from)) throw conflict(`Cannot ${decision} ${found.email}: the account is ${from}.`);
    const status = resultStatus[decision];
    const user = await tx.user.update({ where: { id: found.id }, data: { status, statusReason: status === "active" ? null : reason } });
    await writeAudit(tx, { actor, action: `user.${decision}`, targetType: "user", targetId: user.id, details: { from, to: status, reason } });
    if (decision === "approve") await notify(tx, user.id, "account.approved", {});
    else if (decision === "reactivate") await notify(tx, user.id, "account.reactivated", {});
    else await notify(tx, user.id, decision === "reject" ? "account.rejected" : "account.suspended", { reason });
    return user;
  });
  deps.callers?.forgetCaller(decided.id);
  return decided;
}

export const approveUser = (deps: Deps, options: { actor: Actor; ref: string }) => decideAccount(deps, { ...options, decision: "approve" });
export const rejectUser = (deps: Deps, options: { actor: Actor; ref: string; reason?: string | null }) => decideAccount(deps, { ...options, decision: "reject" });
export const suspendUser = (deps: Deps, options: { actor: Actor; ref: string; reason?: string | null }) => decideAccount(deps, { ...options, decision: "suspend" });
export const reactivateUser = (deps: Deps, options: { actor: Actor; ref: string; reason?: string | null }) => decideAccount(deps, { ...options, decision: "reactivate" });

export const USER_STATUSES = ["pending", "active", "rejected", "suspended"] as const;

/** Every user with this status (all when none), oldest first: the CLI's list-users. */
export async function listUsers(db: Db, options: { status?: string }) {
  if (options.status !== undefined && !USER_STATUSES.includes(options.status as UserStatus)) {
    throw fieldError("status", `Unknown status "${options.status}": use one of ${USER_STATUSES.join(", ")}.`);
  }
  return db.user.findMany({ where: options.status ? { status: options.status as UserStatus } : {}, orderBy: { id: "asc" } });
}

const adminInput = z.object({ email: z.email().transform((v) => v.toLowerCase()), password: z.string().min(12).max(72) });

export async function createAdmin(db: Db, options: { actor: Actor; email: string; password: string; bcryptRounds: number }): Promise<User> {
  const parsed = adminInput.safeParse({ email: options.email, password: options.password });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0]);
    throw field === "email" ? fieldError("email", `"${options.email}" is not a valid email.`) : fieldError("password", "The admin password must be 12 to 72 characters.");
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
    if (isUniqueViolation(error)) throw conflict(`A user with email ${parsed.data.email} already exists.`);
    throw error;
  }
}
