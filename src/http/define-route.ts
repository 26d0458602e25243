import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { ApiKeyScope, AppDeps } from "../app-deps.ts";
import type { UserRole } from "../generated/prisma/enums.ts";
import type { z } from "../validation/zod.ts";
import type { AuthContext } from "./authenticate.ts";
import { HttpError, ValidationFailed } from "./errors.ts";
import { runIdempotently } from "./idempotency.ts";
import { fieldsWithNul, normaliseFormValues, undeclaredFields } from "./request-fields.ts";
import { attributeName, issuesToFieldErrors } from "../validation/laravel-messages.ts";

// One endpoint = one defineRoute() object. The same object mounts the Express handler (with its
// validation, auth and rate-limit middleware) and feeds the OpenAPI document, so the docs cannot drift
// from what the server accepts.

type Method = "get" | "post" | "put" | "patch" | "delete";
type AnyObject = z.ZodType<Record<string, unknown>>;

/** Who may call: anyone, any signed-in user, or a signed-in user with one of these roles. */
export type Access = { kind: "public" } | { kind: "user"; roles?: readonly UserRole[]; forbiddenMessage?: string };

export interface RouteContext<B, Q, P> {
  deps: AppDeps;
  body: B;
  query: Q;
  params: P;
  /** Set whenever the route's access is not public. */
  auth: AuthContext;
  req: Request;
  res: Response;
}

export interface HandlerResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RouteDefinition<B = unknown, Q = unknown, P = unknown> {
  method: Method;
  /** OpenAPI style (`/bids/{bidId}`), relative to /api/v2. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  /** Stricter per-IP limit for credential endpoints (login, register, change-password). */
  authRateLimit?: boolean;
  /** Marketplace and money actions: the account must be active (see requireActiveAccount). */
  requireActive?: boolean;
  /** Trading needs an active account with verified PAN and bank account (implies requireActive). */
  requireTradingReady?: boolean;
  /**
   * The scope an API key needs to call this route; null: API keys may not (managing keys, sessions,
   * passwords, KYC, the admin API). Unset means `read` for a GET and null for anything else, so a new
   * write route is closed to keys until it says otherwise (apiKeyScopeOf).
   */
  apiKeyScope?: ApiKeyScope | null;
  /** Money-moving POST: honours the Idempotency-Key header (see http/idempotency.ts). */
  idempotent?: boolean;
  request?: { body?: z.ZodType<B>; query?: z.ZodType<Q>; params?: z.ZodType<P>; headers?: AnyObject };
  /** Extra middleware that runs after auth and before body validation (e.g. multipart parsing). */
  before?: (deps: AppDeps) => RequestHandler[];
  /** Documented request body for non-JSON routes (multipart). */
  requestBodyDoc?: RouteConfig["request"];
  responses: Record<number, { description: string; schema?: z.ZodType; contentType?: string }>;
  /** Error statuses this route can answer besides the ones every route shares. */
  errors?: number[];
  /** Error bodies that differ from the shared one for their status (login's 401 `Invalid credentials.`). */
  errorSchemas?: Record<number, { description: string; schema: z.ZodType }>;
  handler: (ctx: RouteContext<B, Q, P>) => Promise<HandlerResult | void>;
}

export function defineRoute<B = undefined, Q = undefined, P = undefined>(route: RouteDefinition<B, Q, P>): RouteDefinition {
  return route as unknown as RouteDefinition;
}

/** The scope an API key needs for a route (see RouteDefinition.apiKeyScope); null when keys may not call it. */
export function apiKeyScopeOf(route: Pick<RouteDefinition, "method" | "apiKeyScope" | "access" | "path">): ApiKeyScope | null {
  if (route.access.kind !== "user" || route.path.startsWith("/admin/")) return null;
  if (route.apiKeyScope !== undefined) return route.apiKeyScope;
  return route.method === "get" ? "read" : null;
}

export const toExpressPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

/**
 * Validates `input` against `schema`, reporting every failing field in one 422: the schema's own
 * errors, `refused` fields (named, "prohibited"), and NUL characters in any declared string
 * (PostgreSQL cannot store them). `ignored` fields are left out of the result and of the checks.
 */
function validateFields(schema: z.ZodType, input: unknown, fields: { ignored: string[]; refused: string[] }): unknown {
  const result = schema.safeParse(input);
  const errors = result.success ? {} : issuesToFieldErrors(result.error.issues);
  for (const field of fields.refused) errors[field] = [`The ${attributeName(field)} field is prohibited.`];
  const skipped = [...fields.ignored, ...fields.refused];
  const declared = (path: string) => !skipped.some((field) => path === field || path.startsWith(`${field}.`));
  for (const field of fieldsWithNul(input).filter(declared)) errors[field] = [`The ${attributeName(field)} field must not contain NUL characters.`];
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
  return result.data;
}

/** The query: unknown parameters, server-owned names included, are ignored (logged at debug). */
function parseQuery(schema: z.ZodType | undefined, req: Request, res: Response): unknown {
  if (!schema) return req.query;
  const { prohibited, ignored } = undeclaredFields(schema, req.query);
  if (ignored.length || prohibited.length) res.log?.debug({ ignoredFields: [...prohibited, ...ignored] }, "ignored unknown query parameters");
  return validateFields(schema, req.query, { ignored: [...prohibited, ...ignored], refused: [] });
}

/** A path id that cannot name a resource is that resource's 404 (see pathIdParams). */
function parseParams(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(404, result.error.issues[0]?.message ?? "Not found.", "NOT_FOUND");
  return result.data;
}

/**
 * The body: form values normalised like JSON, unknown fields stripped (and logged at debug), fields
 * only the server may set refused by name, and every failing field reported in one 422.
 */
function parseBody(schema: z.ZodType, req: Request, res: Response): unknown {
  const isForm = req.is("application/x-www-form-urlencoded") || req.is("multipart/form-data");
  const input = isForm ? normaliseFormValues(schema, req.body ?? {}) : (req.body ?? {});
  const { prohibited, ignored } = undeclaredFields(schema, input);
  if (ignored.length) res.log?.debug({ ignoredFields: ignored }, "ignored unknown request fields");
  return validateFields(schema, input, { ignored, refused: prohibited });
}

/** Validates params, query and body into the context, then runs the handler and writes its result. */
export function routeHandler(route: RouteDefinition, deps: AppDeps): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const ctx: RouteContext<unknown, unknown, unknown> = {
        deps,
        params: parseParams(route.request?.params, req.params),
        query: parseQuery(route.request?.query, req, res),
        body: route.request?.body ? parseBody(route.request.body, req, res) : undefined,
        auth: res.locals.auth as AuthContext,
        req,
        res,
      };
      const key = route.idempotent ? req.get("idempotency-key") : undefined;
      const result =
        key === undefined
          ? await route.handler(ctx)
          : await runIdempotently(
              deps.prisma,
              { userId: ctx.auth.user.id, scope: `${route.method.toUpperCase()} ${route.path}`, key, path: req.path, body: ctx.body, requestId: res.locals.requestId },
              async () => {
                const response = await route.handler(ctx);
                if (!response) throw new Error("idempotent routes must return their response");
                return { status: response.status ?? 200, body: response.body, headers: response.headers };
              },
            );
      if (!result || res.headersSent) return;
      if (result.headers) res.set(result.headers);
      res.status(result.status ?? 200).json(result.body);
    } catch (error) {
      next(error);
    }
  };
}
