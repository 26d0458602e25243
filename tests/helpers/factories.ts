import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import type { Db } from "../../src/db/prisma.ts";
import type { User } from "../../src/generated/prisma/client.ts";
import type { UserRole, UserStatus } from "../../src/generated/prisma/enums.ts";
import { issueAccessToken, revokeAccessToken } from "../../src/modules/auth/access-tokens.ts";
import { hashPassword } from "../../src/modules/auth/passwords.ts";
import { TEST_JWT_SECRET } from "./test-app.ts";

export const DEFAULT_PASSWORD = "Passw0rd!long";

export const uniqueEmail = (label = "user") => `${label}-${crypto.randomUUID().slice(0, 12)}@test.hundi.app`;

let phoneCounter = 0;
const uniquePhone = () => `+9199${String(process.pid % 1000).padStart(3, "0")}${String(++phoneCounter).padStart(5, "0")}`;

export async function createUser(
  prisma: Db,
  options: { role?: UserRole; status?: UserStatus; password?: string; email?: string; pan?: string } = {},
): Promise<User> {
  return prisma.user.create({
    data: {
      name: "Test User",
      email: options.email ?? uniqueEmail(options.role ?? "buyer"),
      phone: uniquePhone(),
      passwordHash: await hashPassword(options.password ?? DEFAULT_PASSWORD, 4),
      role: options.role ?? "buyer",
      status: options.status ?? "active",
      pan: options.pan ?? null,
    },
  });
}

export async function tokenFor(prisma: Db, user: User): Promise<{ token: string; tokenId: string }> {
  const { token } = await issueAccessToken(prisma, { userId: user.id, role: user.role, secret: TEST_JWT_SECRET });
  return { token, tokenId: (jwt.decode(token) as { jti: string }).jti };
}

/** A user and a live bearer token for them. */
export async function signedInUser(prisma: Db, options: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(prisma, options);
  const { token, tokenId } = await tokenFor(prisma, user);
  return { user, token, tokenId, auth: { Authorization: `Bearer ${token}` } };
}

export async function revokedTokenFor(prisma: Db, user: User): Promise<string> {
  const { token, tokenId } = await tokenFor(prisma, user);
  await revokeAccessToken(prisma, tokenId);
  return token;
}
