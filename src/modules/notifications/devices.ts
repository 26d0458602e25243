import type { DbOrTx } from "../../db/prisma.ts";

/** Most recent devices kept per user; older registrations are dropped so the list cannot grow forever. */
export const MAX_DEVICES_PER_USER = 10;

/** Registers a push token for a user. A token moves to the last user who registered it (shared phones). */
export async function registerDevice(db: DbOrTx, userId: number, token: string): Promise<void> {
  await db.deviceToken.upsert({
    where: { token },
    create: { userId, token },
    update: { userId, updatedAt: new Date() },
  });
  const stale = await db.deviceToken.findMany({
    where: { userId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: MAX_DEVICES_PER_USER,
    select: { id: true },
  });
  if (stale.length > 0) await db.deviceToken.deleteMany({ where: { id: { in: stale.map((device) => device.id) } } });
}

export async function removeDeviceTokens(db: DbOrTx, tokens: string[]): Promise<number> {
  if (tokens.length === 0) return 0;
  const { count } = await db.deviceToken.deleteMany({ where: { token: { in: tokens } } });
  return count;
}
