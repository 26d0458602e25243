import type { AppDeps } from "../../app-deps.ts";
import type { User } from "../../generated/prisma/client.ts";
import { fieldError, notFound } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { kycSummary } from "../kyc/kyc-status.ts";
import { detectImageType, mimeForKey } from "./image-type.ts";
import { presentProfile } from "./profile.presenter.ts";
import type { UpdateProfileInput } from "./profile.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "fileStore"> & Partial<Pick<AppDeps, "callers">>;

export async function getProfile({ deps, user }: { deps: Pick<AppDeps, "prisma">; user: User }) {
  const [wallet, kycStatus] = await Promise.all([walletBalances(deps.prisma, user.id), kycSummary(deps.prisma, user.id)]);
  // The seed's `wallet_balance` is the whole balance (available plus on hold), as GET /payments/wallet reports it.
  return presentProfile(user, { walletBalanceRupees: paiseToRupees(wallet.balance), kycStatus });
}

export async function updateProfile({ deps, user, input }: { deps: Deps; user: User; input: UpdateProfileInput }) {
  // `undefined` leaves a field alone; `null` (or "") clears an optional one.
  const updated = await deps.prisma.user.update({
    where: { id: user.id },
    data: {
      name: input.name,
      phone: input.phone,
      entityName: input.entity_name,
      entityType: input.entity_type,
      entityReg: input.entity_reg,
      industry: input.industry,
      address: input.address,
      website: input.website,
    },
  });
  deps.callers?.forgetCaller(user.id);
  return getProfile({ deps, user: updated });
}

export async function uploadProfilePhoto({ deps, user, file }: { deps: Deps; user: User; file: Express.Multer.File | undefined }) {
  if (!file) throw fieldError("photo", "The photo field is required.");
  const type = detectImageType(file.buffer);
  if (!type) throw fieldError("photo", "The photo field must be a JPEG, PNG or WebP image.");
  const key = await deps.fileStore.put(file.buffer, { extension: type.extension });
  let updated: User;
  try {
    updated = await deps.prisma.user.update({ where: { id: user.id }, data: { photoKey: key } });
    deps.callers?.forgetCaller(user.id);
  } catch (error) {
    await deps.fileStore.delete(key); // no orphaned file when the row could not be updated
    throw error;
  }
  // The old photo goes only after the new one is recorded, so a failure never leaves the user without one.
  if (user.photoKey && user.photoKey !== key) await deps.fileStore.delete(user.photoKey);
  return getProfile({ deps, user: updated });
}

export async function readProfilePhoto({ deps, user }: { deps: Deps; user: User }) {
  const bytes = user.photoKey ? await deps.fileStore.get(user.photoKey) : null;
  if (!user.photoKey || !bytes) throw notFound("Photo");
  return { bytes, mime: mimeForKey(user.photoKey) };
}
