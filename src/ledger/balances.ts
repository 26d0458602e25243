import type { DbOrTx } from "../db/prisma.ts";
import { holdsAccount, walletAccount } from "./accounts.ts";

export interface WalletBalances {
  /** Everything the user owns on the platform: available plus on hold. */
  balance: bigint;
  onHold: bigint;
  available: bigint;
}

export async function walletBalances(db: DbOrTx, userId: number): Promise<WalletBalances> {
  const accounts = await db.ledgerAccount.findMany({ where: { code: { in: [walletAccount(userId), holdsAccount(userId)] } } });
  const available = accounts.find((a) => a.type === "user_wallet")?.balance ?? 0n;
  const onHold = accounts.find((a) => a.type === "user_holds")?.balance ?? 0n;
  return { balance: available + onHold, onHold, available };
}
