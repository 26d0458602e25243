import type { AppDeps } from "../../app-deps.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import type { User } from "../../generated/prisma/client.ts";
import { fieldError, HttpError, tooManyRequests } from "../../http/errors.ts";
import { registerDevice } from "../notifications/devices.ts";
import { issueAccessToken, revokeAccessToken, revokeUserTokens, type IssuedToken } from "./access-tokens.ts";
import type { ChangePasswordInput, LoginInput, RegisterInput } from "./auth.schemas.ts";
import { clearFailedLogins, lockedForSeconds, recordFailedLogin } from "./login-throttle.ts";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./passwords.ts";

// `callers` is there when an app serves the request: what it remembers of the user is dropped at once.
type Deps = Pick<AppDeps, "prisma" | "pool" | "config"> & Partial<Pick<AppDeps, "callers">>;

const emailTaken = () => fieldError("email", "The email has already been taken.");

export async function registerUser({ deps, input }: { deps: Deps; input: RegisterInput }): Promise<{ user: User } & IssuedToken> {
  // Hash before opening the transaction: 200 ms of bcrypt must not hold a database connection.
  const passwordHash = await hashPassword(input.password, deps.config.bcryptRounds);
  try {
    return await deps.prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          phone: input.phone,
          passwordHash,
          role: input.role,
          pan: input.pan ?? null,
          entityName: input.entity_name ?? null,
        },
      });
      if (input.fcm_token) await registerDevice(tx, user.id, input.fcm_token);
      return { user, ...(await issueAccessToken(tx, { userId: user.id, role: user.role, secret: deps.config.jwtSecret })) };
    });
  } catch (error) {
    // Two registrations of one email racing past the check: the unique index decides, same answer.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

const invalidCredentials = () => new HttpError(401, "Invalid credentials.", "INVALID_CREDENTIALS");

export async function login({ deps, input }: { deps: Deps; input: LoginInput }): Promise<{ user: User } & IssuedToken> {
  const lockSeconds = await lockedForSeconds(deps.pool, input.email);
  if (lockSeconds > 0) throw tooManyRequests(lockSeconds);

  const user = await deps.prisma.user.findUnique({ where: { email: input.email } });
  const valid = user ? await verifyPassword(input.password, user.passwordHash) : (await burnPasswordCheck(input.password, deps.config.bcryptRounds), false);
  if (!user || !valid) {
    await recordFailedLogin(deps.pool, input.email);
    throw invalidCredentials();
  }
  await clearFailedLogins(deps.pool, input.email);
  return deps.prisma.$transaction(async (tx) => {
    if (input.fcm_token) await registerDevice(tx, user.id, input.fcm_token);
    return { user, ...(await issueAccessToken(tx, { userId: user.id, role: user.role, secret: deps.config.jwtSecret })) };
  });
}

export async function logout({ deps, userId, tokenId }: { deps: Deps; userId: number; tokenId: string }): Promise<void> {
  await revokeAccessToken(deps.prisma, tokenId);
  deps.callers?.forgetCaller(userId);
}

/** Revokes the presented token and issues a fresh one (30 days; 12 hours for an admin), atomically. */
export async function refreshToken({ deps, user, tokenId }: { deps: Deps; user: Pick<User, "id" | "role">; tokenId: string }): Promise<IssuedToken> {
  const userId = user.id;
  return deps.prisma.$transaction(async (tx) => {
    // Only one of two concurrent refreshes of the same token may win.
    const { count } = await tx.accessToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count !== 1) throw new HttpError(401, "Unauthenticated.", "AUTH_REQUIRED");
    return issueAccessToken(tx, { userId, role: user.role, secret: deps.config.jwtSecret });
  }).finally(() => deps.callers?.forgetCaller(userId));
}

/** Checks the current password, stores the new hash and revokes every other token of the user. */
export async function changePassword({ deps, user, tokenId, input }: { deps: Deps; user: User; tokenId: string; input: ChangePasswordInput }) {
  if (!(await verifyPassword(input.current_password, user.passwordHash))) {
    throw fieldError("current_password", "The password is incorrect.");
  }
  const passwordHash = await hashPassword(input.password, deps.config.bcryptRounds);
  await deps.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeUserTokens(tx, user.id, { except: tokenId });
  });
  deps.callers?.forgetCaller(user.id);
}
