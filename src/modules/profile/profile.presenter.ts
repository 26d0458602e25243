import type { User } from "../../generated/prisma/client.ts";

/** "ABCPE1234F" -> "XXXXXX234F": enough for a person to recognise their own PAN, useless to anyone else. */
export const maskPan = (pan: string) => `${"X".repeat(Math.max(0, pan.length - 4))}${pan.slice(-4)}`;

/** The account's own fields, as its owner (profile) and an operator (admin API) see them. */
export function presentAccountFields(user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    role: user.role,
    status: user.status,
    pan: user.pan ? maskPan(user.pan) : null,
    entity_name: user.entityName,
    entity_type: user.entityType,
    entity_reg: user.entityReg,
    industry: user.industry,
    address: user.address,
    website: user.website,
  };
}

export function presentProfile(user: User, extras: { walletBalanceRupees: number; kycStatus: Record<string, unknown> }) {
  return {
    ...presentAccountFields(user),
    photo_url: user.photoKey ? "/api/v2/auth/profile/photo" : null,
    wallet_balance: extras.walletBalanceRupees,
    kyc_status: extras.kycStatus,
    created_at: user.createdAt.toISOString(),
  };
}
