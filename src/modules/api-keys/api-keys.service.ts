import type { AppDeps } from "../../app-deps.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { ApiKey } from "../../generated/prisma/client.ts";
import { forbidden, notFound } from "../../http/errors.ts";
import { mintApiKey, type ApiKeyMode } from "./api-key-credentials.ts";

type Deps = Pick<AppDeps, "prisma" | "config"> & Partial<Pick<AppDeps, "callers">>;

/** A user may hold this many live keys: enough for every integration, few enough to review. */
export const MAX_LIVE_KEYS = 20;

/** Test keys where the gateways are the sandbox (no real money can move), live keys otherwise. */
export const keyModeFor = (config: Deps["config"]): ApiKeyMode => (config.payments.gateway === "sandbox" ? "test" : "live");

export const presentApiKey = (key: ApiKey) => ({
  id: key.id,
  name: key.name,
  key: `${key.prefix}${"•".repeat(8)}${key.lastFour}`,
  scopes: key.scopes,
  mode: key.mode,
  last_used_at: key.lastUsedAt?.toISOString() ?? null,
  created_at: key.createdAt.toISOString(),
});

export async function createApiKey({ deps, user, input }: { deps: Deps; user: User; input: { name: string; scopes: string[] } }) {
  const live = await deps.prisma.apiKey.count({ where: { userId: user.id, revokedAt: null } });
  if (live >= MAX_LIVE_KEYS) throw forbidden(`You already have ${MAX_LIVE_KEYS} API keys: revoke one first.`);
  const minted = mintApiKey(keyModeFor(deps.config));
  const stored = await deps.prisma.apiKey.create({
    data: { userId: user.id, name: input.name, prefix: minted.prefix, secretHash: minted.secretHash, lastFour: minted.lastFour, scopes: [...new Set(input.scopes)].sort(), mode: keyModeFor(deps.config) },
  });
  // The secret, once: it is nowhere else.
  return { ...presentApiKey(stored), secret: minted.key };
}

export async function listApiKeys({ deps, user }: { deps: Deps; user: User }) {
  const keys = await deps.prisma.apiKey.findMany({ where: { userId: user.id, revokedAt: null }, orderBy: { id: "desc" } });
  return keys.map(presentApiKey);
}

/** Revokes at once: this instance forgets the key now, the others when the revocation commits (trigger). */
export async function revokeApiKey({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const { count } = await deps.prisma.apiKey.updateMany({ where: { id, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
  deps.callers?.forgetCaller(user.id);
  if (count === 0) throw notFound("API key");
}
