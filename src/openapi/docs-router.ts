import { createRequire } from "node:module";
import path from "node:path";
import express, { type Router } from "express";
import type { RouteDefinition } from "../http/define-route.ts";
import { buildOpenApiDocument, type WebhookEventDocument } from "./document.ts";

// Interactive docs that work offline: Swagger UI's files are served by the API itself (no CDN), and the
// page has no inline script so the default Content-Security-Policy can stay strict.

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Hundi API v2 docs</title>
  <link rel="stylesheet" href="/api/v2/docs/assets/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/v2/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/v2/docs/init.js"></script>
</body>
</html>`;

// Only the folder of Swagger UI's files: the package's main module also evaluates its 2 MB of browser
// bundles in the server, for a function that returns a path (compiled server, three starts each:
// 1.53-1.57 s to the first /health and 217-223 MB RSS with it, 1.37-1.40 s and 213-216 MB without).
const SWAGGER_UI_DIR = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const INIT = `window.ui = SwaggerUIBundle({ url: "/api/v2/openapi.json", dom_id: "#swagger-ui", deepLinking: true, persistAuthorization: true });`;

export function docsRouter(routes: RouteDefinition[], webhooks: WebhookEventDocument[] = []): Router {
  const router = express.Router();
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  router.get("/openapi.json", (_req, res) => {
    document ??= buildOpenApiDocument(routes, webhooks);
    res.json(document);
  });
  router.get("/docs", (_req, res) => {
    res.type("html").send(PAGE);
  });
  router.get("/docs/init.js", (_req, res) => {
    res.type("application/javascript").send(INIT);
  });
  router.use("/docs/assets", express.static(SWAGGER_UI_DIR, { index: false, maxAge: "1d" }));
  return router;
}
