import type { Request, RequestHandler, Response } from "express";
import type { AppDeps } from "../app-deps.ts";
import { verifiedClaims } from "./authenticate.ts";
import { tooManyRequests } from "./errors.ts";

const MINUTE_MS = 60_000;

function setHeaders(res: Response, limit: number, remaining: number) {
  res.set("X-RateLimit-Limit", String(limit));
  res.set("X-RateLimit-Remaining", String(remaining));
}

/**
 * RATE_LIMIT_PER_MINUTE per user, per API key (a key has its own bucket, so an integration cannot
 * starve its owner's apps, nor they it), or per IP for anonymous callers. The user is read from the
 * token's signature alone and the key from its form (no database round trip); an invalid token
 * counts against the IP.
 */
export function rateLimitPerCaller(deps: AppDeps): RequestHandler {
  return async (req: Request, res: Response, next) => {
    // Razorpay's webhook deliveries are authenticated by signature and come in bursts from its own
    // servers: per-IP limits would make us drop payment events.
    if (req.path === "/payments/webhook") return next();
    try {
      const { claims } = verifiedClaims(deps, req, res);
      const key = claims ? (claims.apiKey ? `apikey:${claims.jti}` : `user:${claims.sub}`) : `ip:${req.ip}`;
      const result = await deps.rateLimiter.consume(key, deps.config.rateLimitPerMinute, MINUTE_MS);
      setHeaders(res, result.limit, result.remaining);
      next(result.allowed ? undefined : tooManyRequests(result.resetSeconds));
    } catch (error) {
      next(error);
    }
  };
}

/** AUTH_RATE_LIMIT_PER_MINUTE per IP on credential endpoints; its headers replace the general ones. */
export function rateLimitCredentials(deps: AppDeps): RequestHandler {
  return async (req: Request, res: Response, next) => {
    try {
      const result = await deps.rateLimiter.consume(`auth-ip:${req.ip}`, deps.config.authRateLimitPerMinute, MINUTE_MS);
      setHeaders(res, result.limit, result.remaining);
      next(result.allowed ? undefined : tooManyRequests(result.resetSeconds));
    } catch (error) {
      next(error);
    }
  };
}
