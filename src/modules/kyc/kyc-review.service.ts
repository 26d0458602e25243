import type { AppDeps } from "../../app-deps.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { Db } from "../../db/prisma.ts";
import type { KycCheck } from "../../generated/prisma/client.ts";
import type { KycCheckType, KycStatus } from "../../generated/prisma/enums.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, HttpError } from "../../http/errors.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { notify } from "../notifications/notify.ts";
import { panInGstin } from "./kyc-rules.ts";
import { checkLabel } from "./kyc-status.ts";

// Operators' KYC review: the queue of checks that did not pass (failed, or pending at the vendor), and
// a manual decision on one (a vendor's false negative, a document checked by hand). A manual "verified"
// keeps every rule an automatic one keeps: one account per PAN and per Aadhaar, a GSTIN only on the
// account whose verified PAN it contains. A verified check is not re-decided here (409): revoking a
// verification is a different, rarer act (suspend the account).

export const presentCheckForReview = (check: KycCheck & { user: { id: number; name: string; email: string; status: string } }) => ({
  id: check.id,
  user: check.user,
  type: check.type,
  status: check.status,
  // Masked values only (the stored details); the full value never leaves the database.
  details: check.details,
  failure_reason: check.failureReason,
  provider_ref: check.providerRef,
  verified_at: check.verifiedAt?.toISOString() ?? null,
  created_at: check.createdAt.toISOString(),
  updated_at: check.updatedAt.toISOString(),
});

const withUser = { user: { select: { id: true, name: true, email: true, status: true } } } as const;

/** Oldest first: the queue is worked in the order users waited. */
export async function listKycReviewQueue(db: Db, query: { page: number; per_page: number; status?: Exclude<KycStatus, "verified">; type?: KycCheckType; user_id?: number }) {
  const where = { status: query.status ?? { in: ["failed", "pending"] as KycStatus[] }, type: query.type, userId: query.user_id };
  const [items, total] = await Promise.all([
    db.kycCheck.findMany({ where, include: withUser, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], ...pageWindow(query) }),
    db.kycCheck.count({ where }),
  ]);
  return { items: items.map(presentCheckForReview), total };
}

type Decision = "verified" | "failed";

/** The one-account-per-document claim a manual "verified" must make, as record() makes it. */
function identityOf(check: KycCheck): { kind: "pan" | "aadhaar"; fingerprint: string; label: string } | null {
  if (check.type === "pan") return { kind: "pan", fingerprint: check.value!, label: "PAN" };
  if (check.type !== "aadhaar") return null;
  if (!check.valueHash) throw conflict("This Aadhaar check was recorded without its fingerprint, so duplicates cannot be ruled out: ask the user to submit it again.");
  return { kind: "aadhaar", fingerprint: check.valueHash, label: "Aadhaar" };
}

export async function decideKycCheck(deps: Pick<AppDeps, "prisma"> & Partial<Pick<AppDeps, "callers">>, options: { actor: Actor; checkId: number; decision: Decision; note: string }) {
  const found = await deps.prisma.kycCheck.findUnique({ where: { id: options.checkId } });
  if (!found) throw new HttpError(404, "KYC check not found.", "NOT_FOUND");
  // The document this decision claims for the account, named in the 409 if another account holds it.
  let claimedLabel: string | null = null;
  try {
    await deps.prisma.$transaction(async (tx) => {
      // The user's row lock orders this with the user's own submissions (kyc.service.ts record()).
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${found.userId} FOR UPDATE`;
      const check = await tx.kycCheck.findUniqueOrThrow({ where: { id: found.id } });
      if (check.status === "verified") throw conflict(`This ${checkLabel(check.type)} check is already verified.`);
      const verified = options.decision === "verified";
      if (verified) {
        if (check.type === "pan" && !check.value) throw conflict("This PAN check has no PAN on record: ask the user to submit it again.");
        if (check.type === "gst") {
          const pan = await tx.kycCheck.findUnique({ where: { userId_type: { userId: check.userId, type: "pan" } } });
          if (pan?.status !== "verified" || !check.value || pan.value !== panInGstin(check.value)) throw conflict("A GSTIN can be verified only after the PAN it contains is verified on this account.");
        }
        const claimed = identityOf(check);
        if (claimed) {
          claimedLabel = claimed.label;
          await tx.verifiedIdentity.create({ data: { kind: claimed.kind, fingerprint: claimed.fingerprint, userId: check.userId } });
        }
        if (check.type === "pan") await tx.user.update({ where: { id: check.userId }, data: { pan: check.value } });
      }
      await tx.kycCheck.update({
        where: { id: check.id },
        data: verified
          ? { status: "verified", verifiedAt: new Date(), failureReason: null, providerRef: "manual-review" }
          : { status: "failed", verifiedAt: null, failureReason: options.note, providerRef: "manual-review" },
      });
      await writeAudit(tx, { actor: options.actor, action: `kyc_check.${options.decision === "verified" ? "verify" : "fail"}`, targetType: "kyc_check", targetId: check.id, details: { user_id: check.userId, type: check.type, from: check.status, note: options.note } });
      await notify(tx, check.userId, verified ? "kyc.verified" : "kyc.failed", { check: check.type, reason: verified ? null : options.note });
    });
  } catch (error) {
    if (isUniqueViolation(error) && claimedLabel) throw conflict(`This ${claimedLabel} is already verified on another account.`);
    throw error;
  } finally {
    deps.callers?.forgetCaller(found.userId);
  }
  const after = await deps.prisma.kycCheck.findUniqueOrThrow({ where: { id: found.id }, include: withUser });
  return presentCheckForReview(after);
}
