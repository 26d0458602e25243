import crypto from "node:crypto";
import type { AppDeps } from "../../app-deps.ts";
import type { Config } from "../../config.ts";
import { enqueueJobSql, QUEUES } from "../../db/job-queue.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { fieldError } from "../../http/errors.ts";
import { decryptField, encryptField } from "../../security/data-encryption.ts";
import { writeAudit } from "../audit/audit-log.ts";
import { PASSWORD_RESET_MINUTES } from "../notifications/emails.ts";
import { revokeUserTokens } from "./access-tokens.ts";
import { clearFailedLogins } from "./login-throttle.ts";
import { hashPassword } from "./passwords.ts";

// Account recovery by a 6-digit code sent by e-mail (SPEC's peers: the FINOCRED apps' OTP screens).
// - No enumeration: forgot-password answers the same body, after the same minimum time, whether or not
//   the account exists; reset-password refuses an unknown e-mail exactly as a wrong code.
// - The code is stored as an HMAC keyed with a secret derived from JWT_SECRET (a 6-digit space is
//   too small for a plain hash: anyone reading the table could try all million codes), valid 30
//   minutes, single use, and burnt by the fifth wrong try. A new request replaces the live code.
// - The e-mail job is written in the same transaction as the code; the code travels in it encrypted
//   with DATA_ENCRYPTION_KEY (pg-boss keeps job data for a while), and the worker sends it only while
//   that code is still the live one.

export const RESET_CODE_MAX_TRIES = 5;
/** A second request within this time keeps the code already sent (no inbox flooding). */
const RESEND_AFTER_MS = 60_000;
/** Both answers of forgot-password take at least this long, so timing does not tell them apart. */
const FORGOT_PASSWORD_FLOOR_MS = 250;

type Deps = Pick<AppDeps, "prisma" | "pool" | "config"> & Partial<Pick<AppDeps, "callers">>;

const codeKey = (jwtSecret: string) => crypto.createHmac("sha256", jwtSecret).update("password-reset-codes").digest();
export const resetCodeHash = (config: Pick<Config, "jwtSecret">, userId: number, code: string) =>
  crypto.createHmac("sha256", codeKey(config.jwtSecret)).update(`${userId}:${code}`).digest("hex");
/** The additional authenticated data of a code in an e-mail job: it decrypts for this user only. */
const codeContext = (userId: number) => `password_resets:user:${userId}`;

export interface PasswordResetEmailJob {
  password_reset: { user_id: number; code: string };
}

/** The live code inside an e-mail job, or null when it has since been used, replaced, burnt or expired. */
export async function liveResetCode(deps: { prisma: Deps["prisma"]; config: Pick<Config, "dataKeys" | "jwtSecret"> }, job: PasswordResetEmailJob["password_reset"]): Promise<string | null> {
  const code = decryptField(deps.config.dataKeys, job.code, codeContext(job.user_id));
  const row = await deps.prisma.passwordReset.findUnique({ where: { userId: job.user_id } });
  if (!row || row.expiresAt <= new Date()) return null;
  return sameHash(row.codeHash, resetCodeHash(deps.config, job.user_id, code)) ? code : null;
}

const sameHash = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function requestPasswordReset({ deps, email }: { deps: Deps; email: string }): Promise<void> {
  const floor = new Promise((resolve) => setTimeout(resolve, FORGOT_PASSWORD_FLOOR_MS));
  const user = await deps.prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    const job = { password_reset: { user_id: user.id, code: encryptField(deps.config.dataKeys, code, codeContext(user.id)) } } satisfies PasswordResetEmailJob;
    // One statement: the code replaces any older one (unless that was sent within the last minute) and
    // its e-mail job is queued only when it did.
    await deps.prisma.$executeRaw`
      WITH saved AS (
        INSERT INTO password_resets (user_id, code_hash, attempts, expires_at, created_at)
        VALUES (${user.id}, ${resetCodeHash(deps.config, user.id, code)}, 0, now() + ${PASSWORD_RESET_MINUTES} * interval '1 minute', now())
        ON CONFLICT (user_id) DO UPDATE SET code_hash = EXCLUDED.code_hash, attempts = 0, expires_at = EXCLUDED.expires_at, created_at = EXCLUDED.created_at
         WHERE password_resets.created_at < now() - ${RESEND_AFTER_MS} * interval '1 millisecond'
        RETURNING user_id
      ), queued AS (${enqueueJobSql(QUEUES.emailDelivery.name, Prisma.sql`${JSON.stringify(job)}::jsonb`, Prisma.sql`saved`)})
      SELECT 1`;
  }
  await floor;
}

const invalidCode = () => fieldError("code", "The code is invalid or has expired.");

/**
 * Sets the new password when the code is the account's live one, burns the code, revokes every token
 * of the account and lifts a login lockout, in one transaction. A wrong code counts a try.
 */
export async function resetPassword({ deps, input, context }: { deps: Deps; input: { email: string; code: string; password: string }; context: { requestId?: string; ip?: string } }) {
  // Hashed first, whatever follows, so an unknown e-mail costs the same time as a known one.
  const passwordHash = await hashPassword(input.password, deps.config.bcryptRounds);
  const user = await deps.prisma.user.findUnique({ where: { email: input.email }, select: { id: true, email: true } });
  if (!user) throw invalidCode();
  const outcome = await deps.prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ code_hash: string; attempts: number; expires_at: Date }[]>`
      SELECT code_hash, attempts, expires_at FROM password_resets WHERE user_id = ${user.id} FOR UPDATE`;
    if (!row) return "invalid";
    if (row.expires_at <= new Date()) {
      await tx.passwordReset.delete({ where: { userId: user.id } });
      return "invalid";
    }
    if (!sameHash(row.code_hash, resetCodeHash(deps.config, user.id, input.code))) {
      if (row.attempts + 1 >= RESET_CODE_MAX_TRIES) await tx.passwordReset.delete({ where: { userId: user.id } });
      else await tx.passwordReset.update({ where: { userId: user.id }, data: { attempts: { increment: 1 } } });
      return "invalid";
    }
    await tx.passwordReset.delete({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const revoked = await revokeUserTokens(tx, user.id);
    await writeAudit(tx, { actor: { name: `user:${user.id}`, userId: user.id, requestId: context.requestId, ip: context.ip }, action: "user.password_reset", targetType: "user", targetId: user.id, details: { revoked_tokens: revoked } });
    return "reset";
  });
  deps.callers?.forgetCaller(user.id);
  if (outcome === "invalid") throw invalidCode();
  await clearFailedLogins(deps.pool, user.email);
}
