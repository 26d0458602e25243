import type { DbOrTx } from "../../db/prisma.ts";
import type { KycCheck } from "../../generated/prisma/client.ts";
import type { KycCheckType } from "../../generated/prisma/enums.ts";

export const KYC_CHECKS: KycCheckType[] = ["pan", "gst", "bank_account", "aadhaar", "address"];

export const presentCheck = (check: KycCheck | undefined) =>
  check
    ? {
        status: check.status,
        verified_at: check.verifiedAt?.toISOString() ?? null,
        failure_reason: check.failureReason,
        ...(check.details as Record<string, unknown>),
      }
    : { status: "not_submitted" as const, verified_at: null };

/** Every check with masked details only; used by GET /kyc/status and the profile. */
export async function kycSummary(db: DbOrTx, userId: number) {
  const checks = await db.kycCheck.findMany({ where: { userId } });
  const byType = new Map(checks.map((check) => [check.type, check]));
  return Object.fromEntries(KYC_CHECKS.map((type) => [type, presentCheck(byType.get(type))])) as Record<KycCheckType, ReturnType<typeof presentCheck>>;
}

const readableCheck: Record<KycCheckType, string> = { pan: "PAN", gst: "GSTIN", bank_account: "bank account", aadhaar: "Aadhaar", address: "address" };
export const checkLabel = (type: KycCheckType) => readableCheck[type];

/** The checks a user still needs before trading (SPEC 4: verified PAN and bank account). */
export async function missingTradingChecks(db: DbOrTx, userId: number): Promise<KycCheckType[]> {
  const required: KycCheckType[] = ["pan", "bank_account"];
  const verified = await db.kycCheck.findMany({ where: { userId, type: { in: required }, status: "verified" }, select: { type: true } });
  return required.filter((type) => !verified.some((check) => check.type === type));
}
