import bcrypt from "bcrypt";

// bcrypt's async API runs in libuv's thread pool, so hashing (~200 ms at cost 12) never blocks the event loop.

export const hashPassword = (plain: string, rounds: number) => bcrypt.hash(plain, rounds);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

const dummyHashes = new Map<number, Promise<string>>();

/**
 * Spends the same time as a real check when the email is unknown, so response timing does not reveal
 * which emails have accounts.
 */
export async function burnPasswordCheck(plain: string, rounds: number): Promise<void> {
  let dummy = dummyHashes.get(rounds);
  if (!dummy) dummyHashes.set(rounds, (dummy = bcrypt.hash("not-a-real-password", rounds)));
  await bcrypt.compare(plain, await dummy);
}
