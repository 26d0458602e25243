import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toExpressPath } from "../../src/http/define-route.ts";
import { OPENAPI_FILE, renderOpenApiYaml } from "../../src/cli/write-openapi.ts";
import { allRoutes } from "../../src/routes.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("OpenAPI", () => {
  it("the committed openapi.yaml matches the routes (run `npm run openapi` after changing a schema)", () => {
    expect(fs.readFileSync(OPENAPI_FILE, "utf8")).toBe(renderOpenApiYaml());
  });

  it("documents every route, with bearer auth on protected ones and shared error responses", async () => {
    const res = await request(t.app).get("/api/v2/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    for (const route of allRoutes) {
      const operation = res.body.paths[`/api/v2${route.path}`]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.responses["500"]).toBeDefined();
      if (route.access.kind === "user") {
        expect(operation.security).toEqual([{ bearerAuth: [] }]);
        expect(operation.responses["401"].content["application/json"].schema.$ref).toBe("#/components/schemas/UnauthenticatedResponse");
      }
      if (route.request?.body) expect(operation.responses["422"]).toBeDefined();
    }
    expect(Object.keys(res.body.paths)).toHaveLength(new Set(allRoutes.map((r) => toExpressPath(r.path))).size);
  });

  it("passes `redocly lint` with no errors", async () => {
    const { stdout, stderr } = await promisify(execFile)("npx", ["--no-install", "redocly", "lint", OPENAPI_FILE, "--format=summary"], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    expect(`${stdout}${stderr}`).not.toMatch(/\berror\b/i);
  }, 60_000);

  it("serves an interactive docs page whose scripts come from the API itself", async () => {
    const page = await request(t.app).get("/api/v2/docs");
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    const scripts = [...page.text.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src.startsWith("/api/v2/")).toBe(true);
      const asset = await request(t.app).get(src);
      expect(asset.status, src).toBe(200);
      expect(asset.headers["content-type"]).toContain("javascript");
    }
    const css = await request(t.app).get("/api/v2/docs/assets/swagger-ui.css");
    expect(css.status).toBe(200);
  });
});
