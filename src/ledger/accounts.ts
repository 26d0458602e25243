import type { LedgerAccountType } from "../generated/prisma/enums.ts";

// Every account has a stable code, so postings name accounts without looking them up first.

export type PlatformAccountType = Exclude<LedgerAccountType, "user_wallet" | "user_holds">;

export const walletAccount = (userId: number) => `user:${userId}:wallet`;
export const holdsAccount = (userId: number) => `user:${userId}:holds`;
export const platformAccount = (type: PlatformAccountType) => `platform:${type}`;

export function describeAccountCode(code: string): { type: LedgerAccountType; userId: number | null } {
  const user = /^user:(\d+):(wallet|holds)$/.exec(code);
  if (user) return { type: user[2] === "wallet" ? "user_wallet" : "user_holds", userId: Number(user[1]) };
  const platform = /^platform:(razorpay_clearing|platform_fees|gst_payable|payouts_in_transit)$/.exec(code);
  if (platform) return { type: platform[1] as PlatformAccountType, userId: null };
  throw new Error(`unknown ledger account code ${code}`);
}

/** User accounts hold customers' money: they may never go below zero. */
export const mustStayNonNegative = (type: LedgerAccountType) => type === "user_wallet" || type === "user_holds";
