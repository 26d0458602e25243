import express, { type Router } from "express";
import swaggerUi from "swagger-ui-dist";
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
  router.use("/docs/assets", express.static(swaggerUi.getAbsoluteFSPath(), { index: false, maxAge: "1d" }));
  return router;
}
