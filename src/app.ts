import cors from "cors";
import express, { type Express, type RequestHandler } from "express";
import helmet from "helmet";
import multer from "multer";
import type { AppDeps } from "./app-deps.ts";
import { authenticate, requireActiveAccount, requireApiKeyScope, requireRole, requireTradingReady } from "./http/authenticate.ts";
import { apiKeyScopeOf, routeHandler, toExpressPath, type RouteDefinition } from "./http/define-route.ts";
import { accessLog } from "./http/access-log.ts";
import { errorHandler, unknownRoute } from "./http/error-handler.ts";
import { HttpError } from "./http/errors.ts";
import { rateLimitCredentials, rateLimitPerCaller } from "./http/rate-limit.ts";
import { requestId } from "./http/request-id.ts";
import { docsRouter } from "./openapi/docs-router.ts";
import { allRoutes, allWebhookEvents } from "./routes.ts";

export const API_PREFIX = "/api/v2";
export const JSON_BODY_LIMIT = "1mb";

// Routes with a body take it as JSON, as a URL-encoded form or as a multipart form without files
// (the FINOCRED apps send all three; Laravel read all three). Nested fields use the form syntax
// `line_items[0][amount]=5000`. Anything else is refused instead of silently seen as an empty body.
const BODY_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"];
const MAX_FORM_FIELDS = 1000;

const formFieldsOnly = multer({ storage: multer.memoryStorage(), limits: { fieldSize: 1024 * 1024, fields: MAX_FORM_FIELDS } }).none();

const acceptBody: RequestHandler = (req, res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (!hasBody) return next();
  if (!req.is(BODY_TYPES)) {
    return next(new HttpError(415, "Unsupported media type: send application/json, application/x-www-form-urlencoded or multipart/form-data.", "UNSUPPORTED_MEDIA_TYPE"));
  }
  if (req.is("multipart/form-data")) return formFieldsOnly(req, res, next);
  next();
};

/** The middleware chain of one route, in the order that gives the cheapest refusal first. */
function middlewareFor(route: RouteDefinition, deps: AppDeps): RequestHandler[] {
  const chain: RequestHandler[] = [];
  if (route.authRateLimit) chain.push(rateLimitCredentials(deps));
  if (route.access.kind === "user") {
    chain.push(authenticate(deps));
    chain.push(requireApiKeyScope(apiKeyScopeOf(route)));
    if (route.access.roles) chain.push(requireRole(route.access.roles, route.access.forbiddenMessage));
    if (route.requireActive || route.requireTradingReady) chain.push(requireActiveAccount);
    if (route.requireTradingReady) chain.push(requireTradingReady(deps));
  }
  if (route.request?.body) chain.push(acceptBody);
  chain.push(...(route.before?.(deps) ?? []));
  return chain;
}

export function buildApp(deps: AppDeps, routes: RouteDefinition[] = allRoutes): Express {
  const app = express();
  app.disable("x-powered-by");
  // No ETag on API answers: Express hashed every body (SHA-1) for one, about 0.02 ms (5%) of a listing
  // page served from memory. The answers are per caller and move with money, no client of FINOCRED's
  // API sends If-None-Match (Laravel sends no ETag), and none is documented. The docs' static files
  // keep theirs (express.static sets its own).
  app.set("etag", false);
  app.set("trust proxy", deps.config.trustProxy);
  app.use(requestId);
  app.use(accessLog(deps.logger));
  // No upgrade-insecure-requests: TLS ends at the load balancer, and locally it would break the docs page.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(
    cors({
      origin: deps.config.corsOrigins === "*" ? "*" : deps.config.corsOrigins,
      exposedHeaders: ["X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After"],
      maxAge: 600,
    }),
  );
  app.use(API_PREFIX, rateLimitPerCaller(deps));
  // The raw bytes are kept for webhook signatures, which are computed over the body exactly as sent.
  app.use(
    express.json({
      limit: JSON_BODY_LIMIT,
      verify: (req, _res, buffer) => {
        (req as express.Request).rawBody = buffer;
      },
    }),
  );
  app.use(express.urlencoded({ extended: true, limit: JSON_BODY_LIMIT, parameterLimit: MAX_FORM_FIELDS }));

  const router = express.Router();
  for (const route of routes) router[route.method](toExpressPath(route.path), ...middlewareFor(route, deps), routeHandler(route, deps));
  app.use(API_PREFIX, router);
  app.use(API_PREFIX, docsRouter(routes, allWebhookEvents));

  app.use(unknownRoute);
  app.use(errorHandler(deps.logger));
  return app;
}
