import crypto from "node:crypto";
import type { AppDeps } from "../../app-deps.ts";
import type { Config } from "../../config.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { DbOrTx, Tx } from "../../db/prisma.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { KycCheckType } from "../../generated/prisma/enums.ts";
import { conflict, fieldError, HttpError } from "../../http/errors.ts";
import { KycProviderUnavailable, type KycOutcome } from "../../providers/kyc/kyc-provider.ts";
import { decryptField, encryptField, keyedFingerprint } from "../../security/data-encryption.ts";
import type { z } from "../../validation/zod.ts";
import { notify } from "../notifications/notify.ts";
import { maskGstin, maskTail, panInGstin } from "./kyc-rules.ts";
import type { verifyAadhaarBody, verifyAddressBody, verifyBankBody, verifyGstBody, verifyPanBody } from "./kyc.schemas.ts";
import { checkLabel, kycSummary } from "./kyc-status.ts";

type Deps = Pick<AppDeps, "prisma" | "kycProvider" | "config"> & Partial<Pick<AppDeps, "callers">>;

interface Recording {
  type: KycCheckType;
  /** Stored in full when the business needs it back; null for Aadhaar. */
  value: string | null;
  /** A keyed hash of the value, for look-ups when the value is encrypted. */
  valueHash?: string;
  details: Record<string, unknown>;
  /** Documents that may be verified on one account only. */
  identity?: { kind: "pan" | "aadhaar"; fingerprint: string; duplicateMessage: string };
  /** Runs with the user's row locked, before anything is written. */
  precondition?: (db: DbOrTx) => Promise<void>;
  afterVerified?: (tx: Tx) => Promise<void>;
}

async function askProvider<T>(call: () => Promise<KycOutcome<T>>): Promise<KycOutcome<T>> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof KycProviderUnavailable) throw new HttpError(503, "Verification service unavailable. Please try again shortly.", "SERVICE_UNAVAILABLE");
    throw error;
  }
}

async function ensureNotVerified(tx: Tx, userId: number, type: KycCheckType) {
  const existing = await tx.kycCheck.findUnique({ where: { userId_type: { userId, type } } });
  if (existing?.status === "verified") throw conflict(`Your ${checkLabel(type)} is already verified. Contact support to change it.`);
}

/**
 * Records the provider's answer: the check row, the one-account-per-document claim and the user's
 * notification in one transaction, under a lock on the user so two submissions cannot interleave.
 */
async function record<T>(deps: Deps, user: User, outcome: KycOutcome<T>, recording: Recording & { detailsFrom?: (details: T) => Record<string, unknown> }) {
  try {
    await deps.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${user.id} FOR UPDATE`;
      await ensureNotVerified(tx, user.id, recording.type);
      await recording.precondition?.(tx);
      const verified = outcome.verified;
      const details = { ...recording.details, ...(verified && recording.detailsFrom ? recording.detailsFrom(outcome.details) : {}) };
      if (verified && recording.identity) {
        await tx.verifiedIdentity.create({ data: { kind: recording.identity.kind, fingerprint: recording.identity.fingerprint, userId: user.id } });
      }
      const data = {
        status: verified ? ("verified" as const) : ("failed" as const),
        value: recording.value,
        valueHash: recording.valueHash ?? null,
        details: details as object,
        failureReason: verified ? null : outcome.reason,
        providerRef: outcome.reference,
        verifiedAt: verified ? new Date() : null,
      };
      await tx.kycCheck.upsert({ where: { userId_type: { userId: user.id, type: recording.type } }, create: { userId: user.id, type: recording.type, ...data }, update: data });
      if (verified) await recording.afterVerified?.(tx);
      await notify(tx, user.id, verified ? "kyc.verified" : "kyc.failed", { check: recording.type, reason: verified ? null : outcome.reason });
    });
  } catch (error) {
    if (isUniqueViolation(error) && recording.identity) throw conflict(recording.identity.duplicateMessage);
    throw error;
  } finally {
    deps.callers?.forgetCaller(user.id);
  }
  return (await kycSummary(deps.prisma, user.id))[recording.type];
}

export async function verifyPan({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyPanBody> }) {
  const outcome = await askProvider(() => deps.kycProvider.verifyPan({ pan: input.pan, holderName: user.name }));
  return record(deps, user, outcome, {
    type: "pan",
    value: input.pan,
    details: { pan: maskTail(input.pan) },
    detailsFrom: (d) => ({ name_on_pan: d.nameOnPan }),
    identity: { kind: "pan", fingerprint: input.pan, duplicateMessage: "This PAN is already verified on another account." },
    afterVerified: async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { pan: input.pan } });
    },
  });
}

export async function verifyGst({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyGstBody> }) {
  const requireMatchingPan = async (tx: DbOrTx) => {
    const pan = await tx.kycCheck.findUnique({ where: { userId_type: { userId: user.id, type: "pan" } } });
    if (pan?.status !== "verified") throw fieldError("gst", "Verify your PAN before your GSTIN.");
    if (pan.value !== panInGstin(input.gst)) throw fieldError("gst", "The gst field must contain your verified PAN.");
  };
  // Check before calling the vendor (no wasted lookups), and again under the lock when recording.
  await requireMatchingPan(deps.prisma);
  const outcome = await askProvider(() => deps.kycProvider.verifyGstin({ gstin: input.gst, holderName: user.entityName ?? user.name }));
  return record(deps, user, outcome, {
    type: "gst",
    value: input.gst,
    details: { gstin: maskGstin(input.gst), state_code: input.gst.slice(0, 2) },
    detailsFrom: (d) => ({ legal_name: d.legalName }),
    precondition: requireMatchingPan,
  });
}

/**
 * The additional authenticated data of a user's bank account value: the value decrypts on this row
 * only (bankAccountValue, verifiedBankAccount, rotate-data-key).
 */
export const bankAccountContext = (userId: number) => `kyc_checks:bank_account:user:${userId}`;

/** "number:IFSC", encrypted (AES-256-GCM, the current data key), and its keyed hash for look-ups. */
export function bankAccountValue(config: Pick<Config, "dataKeys" | "kycHashSecret">, userId: number, accountNumber: string, ifsc: string) {
  const plaintext = `${accountNumber}:${ifsc}`;
  return { value: encryptField(config.dataKeys, plaintext, bankAccountContext(userId)), valueHash: keyedFingerprint(config.kycHashSecret, "bank_account", plaintext) };
}

export async function verifyBank({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyBankBody> }) {
  const outcome = await askProvider(() => deps.kycProvider.verifyBankAccount({ accountNumber: input.account_number, ifsc: input.ifsc, holderName: user.name }));
  const { value, valueHash } = bankAccountValue(deps.config, user.id, input.account_number, input.ifsc);
  return record(deps, user, outcome, {
    type: "bank_account",
    value,
    valueHash,
    details: { account_number: maskTail(input.account_number), ifsc: input.ifsc },
    detailsFrom: (d) => ({ name_at_bank: d.nameAtBank }),
  });
}

/** Keyed so the stored fingerprint cannot be reversed by hashing all 10^12 Aadhaar numbers. */
export const aadhaarFingerprint = (aadhaar: string, secret: string) => crypto.createHmac("sha256", secret).update(`aadhaar:${aadhaar}`).digest("hex");

export async function verifyAadhaar({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyAadhaarBody> }) {
  const outcome = await askProvider(() => deps.kycProvider.verifyAadhaar({ aadhaar: input.aadhaar }));
  const fingerprint = aadhaarFingerprint(input.aadhaar, deps.config.kycHashSecret);
  return record(deps, user, outcome, {
    type: "aadhaar",
    value: null,
    // The keyed fingerprint (never the number), so an operator's manual decision can still hold
    // one account per Aadhaar (kyc-review.service.ts).
    valueHash: fingerprint,
    details: { aadhaar: maskTail(input.aadhaar) },
    identity: {
      kind: "aadhaar",
      fingerprint,
      duplicateMessage: "This Aadhaar is already verified on another account.",
    },
  });
}

export async function verifyAddress({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyAddressBody> }) {
  const outcome = await askProvider(() => deps.kycProvider.verifyAddress(input));
  return record(deps, user, outcome, {
    type: "address",
    value: null,
    details: { line1: input.line1, line2: input.line2 ?? null, city: input.city, state: input.state, pincode: input.pincode },
  });
}

/** The verified bank account a withdrawal pays to: the only place its number is decrypted. */
export async function verifiedBankAccount(deps: Pick<Deps, "prisma" | "config">, userId: number) {
  const check = await deps.prisma.kycCheck.findUnique({ where: { userId_type: { userId, type: "bank_account" } } });
  if (check?.status !== "verified" || !check.value) return null;
  const [accountNumber, ifsc] = decryptField(deps.config.dataKeys, check.value, bankAccountContext(userId)).split(":") as [string, string];
  return { accountNumber, ifsc, nameAtBank: String((check.details as Record<string, unknown>).name_at_bank ?? ""), masked: maskTail(accountNumber) };
}
