import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ApiKeyScope, AppDeps, AuthContext } from "../app-deps.ts";
import type { User } from "../generated/prisma/client.ts";
import type { UserRole } from "../generated/prisma/enums.ts";
import { forbidden, unauthenticated } from "./errors.ts";

export type { AuthContext } from "../app-deps.ts";

export function bearerToken(req: Request): string | null {
  const header = req.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

type Claims = ReturnType<AppDeps["callers"]["verifyToken"]>;

/**
 * The token's verified claims, checked once per request: the rate limiter needs the user id before
 * authentication, and authentication reuses the same answer (verifying a JWT is the costliest CPU
 * step of a request). Kept on res.locals with the token it belongs to.
 */
export function verifiedClaims(deps: AppDeps, req: Request, res: Response): { token: string | null; claims: Claims } {
  const token = bearerToken(req);
  const cached = res.locals.verifiedToken as { token: string | null; claims: Claims } | undefined;
  if (cached && cached.token === token) return cached;
  const verified = { token, claims: token ? deps.callers.verifyToken(token) : null };
  res.locals.verifiedToken = verified;
  return verified;
}

/** Who is calling: 401 `Unauthenticated.` for a missing, malformed, expired or revoked token. */
export function authenticate(deps: AppDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { claims } = verifiedClaims(deps, req, res);
      const auth = claims ? await deps.callers.resolveClaims(claims) : null;
      if (!auth) throw unauthenticated();
      res.locals.auth = auth satisfies AuthContext;
      res.locals.userId = auth.user.id;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** An API key may call a route only with the scope the route names (403 saying which); user tokens pass. */
export function requireApiKeyScope(scope: ApiKeyScope | null): RequestHandler {
  return (_req, res, next) => {
    const { apiKey } = res.locals.auth as AuthContext;
    if (!apiKey) return next();
    if (scope === null) return next(forbidden("API keys cannot call this endpoint: use a user token."));
    next(apiKey.scopes.includes(scope) ? undefined : forbidden(`This API key lacks the "${scope}" scope.`));
  };
}

export function requireRole(roles: readonly UserRole[], message?: string): RequestHandler {
  return (_req, res, next) => {
    const { user } = res.locals.auth as AuthContext;
    next(roles.includes(user.role) ? undefined : forbidden(message));
  };
}

const blockedStatusMessages = {
  pending: "Account pending approval.",
  rejected: "Account rejected.",
  suspended: "Account suspended.",
} as const;

/** Pending, rejected and suspended users may read their profile and notifications, nothing more. */
export function accountStatusProblem(user: Pick<User, "status">): string | null {
  return user.status === "active" ? null : blockedStatusMessages[user.status];
}

export const requireActiveAccount: RequestHandler = (_req, res, next) => {
  const problem = accountStatusProblem((res.locals.auth as AuthContext).user);
  next(problem ? forbidden(problem) : undefined);
};

/** Trading needs verified PAN and bank account (SPEC 4); the 403 names what is missing. */
export function requireTradingReady(deps: AppDeps): RequestHandler {
  return async (_req, res, next) => {
    try {
      const missing = await deps.callers.missingTradingChecks((res.locals.auth as AuthContext).user.id);
      next(missing.length > 0 ? forbidden(`Verify your ${missing.join(" and ")} before trading.`) : undefined);
    } catch (error) {
      next(error);
    }
  };
}
