import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../helpers/factories.ts";
import { listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// openapi.yaml must tell the truth: what it says of formats, examples, error codes and headers is
// checked against the document as a whole, and its error bodies against what the server really sends.

type Schema = { $ref?: string; type?: string | string[]; format?: string; example?: unknown; enum?: unknown[]; const?: unknown; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[]; required?: string[] };
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: Schema }> }>; requestBody?: { content: Record<string, { schema: Schema }> } }>>; components: { schemas: Record<string, Schema> } };

let t: TestApp;
let doc: Doc;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await request(t.app).get("/api/v2/openapi.json")).body as Doc;
});
afterAll(() => t.close());

const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()!]!) : schema);

/** Every named scalar property reachable from the document, with its path. */
function properties(): { path: string; name: string; schema: Schema }[] {
  const found: { path: string; name: string; schema: Schema }[] = [];
  const seen = new Set<Schema>();
  const walk = (schema: Schema, path: string, name: string) => {
    if (schema.$ref) return walk(resolve(schema), path, name);
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${path}.${key}`, key);
    if (schema.items) walk(schema.items, `${path}[]`, name);
    const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].map(resolve);
    if (alternatives.length && alternatives.every((part) => !part.properties && !part.items)) {
      // A nullable or "value or empty string" scalar: one field, documented if any alternative is.
      const example = schema.example ?? alternatives.find((part) => part.example !== undefined)?.example;
      found.push({ path, name, schema: { ...schema, example, enum: alternatives.some((part) => part.enum && part.enum.some((v) => v !== "")) ? [] : undefined } });
      return;
    }
    for (const part of [...alternatives, ...(schema.allOf ?? [])]) walk(part, path, name);
    if (!schema.properties && !schema.items && !schema.anyOf && !schema.oneOf && !schema.allOf && schema.type !== "object") found.push({ path, name, schema });
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) walk(schema, name, name);
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const content of Object.values(response.content ?? {})) walk(content.schema, `${method} ${path} ${status}`, "");
      }
      for (const content of Object.values(operation.requestBody?.content ?? {})) walk(content.schema, `${method} ${path} body`, "");
    }
  }
  return found;
}

const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, operation]) => ({ path, method, operation })));

describe("openapi.yaml tells the truth", () => {
  it("gives every scalar field a real example (or an enum), never a bare type", () => {
    const bare = properties().filter(({ schema }) => schema.example === undefined && !schema.enum && schema.const === undefined && schema.format !== "binary" && schema.type !== "boolean");
    expect(bare.map((p) => p.path)).toEqual([]);
  });

  it("marks instants as date-time and calendar dates as date", () => {
    const fields = properties().filter(({ name }) => name !== "");
    const instants = fields.filter(({ name }) => /_at$/.test(name) || name === "valid_until");
    const dates = fields.filter(({ name }) => /_date$/.test(name));
    expect(instants.length).toBeGreaterThan(10);
    expect(dates.length).toBeGreaterThan(3);
    expect(instants.filter(({ schema }) => schema.format !== "date-time").map((p) => p.path)).toEqual([]);
    expect(dates.filter(({ schema }) => schema.format !== "date").map((p) => p.path)).toEqual([]);
  });

  it("says which request fields take a number or a numeric string", () => {
    const body = (path: string) => resolve(doc.paths[path]!.post!.requestBody!.content["application/json"]!.schema);
    for (const [path, field] of [
      ["/api/v2/payments/verify", "payment_id"],
      ["/api/v2/payments/create-order", "amount"],
      ["/api/v2/factoring-units", "fu_total"],
      ["/api/v2/factoring-units", "fu_tenure"],
      ["/api/v2/bids/{fuId}", "bid_amount"],
      ["/api/v2/bids/{fuId}", "bid_percentage"],
    ] as const) {
      const type = body(path).properties![field]!.type;
      expect(Array.isArray(type) && type.includes("string"), `${path} ${field}: ${JSON.stringify(type)}`).toBe(true);
    }
    expect(Object.keys(doc.paths["/api/v2/factoring-units"]!.post!.requestBody!.content).sort()).toEqual(["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]);
  });

  it("gives each error status one code, and documents login's 401 as Invalid credentials", () => {
    const expected: Record<string, string> = {
      "400": "BAD_REQUEST",
      "401": "AUTH_REQUIRED",
      "403": "FORBIDDEN",
      "404": "NOT_FOUND",
      "409": "CONFLICT",
      "413": "PAYLOAD_TOO_LARGE",
      "415": "UNSUPPORTED_MEDIA_TYPE",
      "422": "VALIDATION_ERROR",
      "429": "RATE_LIMIT_EXCEEDED",
      "500": "SERVER_ERROR",
      "503": "SERVICE_UNAVAILABLE",
    };
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const schema = resolve(response.content!["application/json"]!.schema);
        const codes = schema.properties!.code!.enum;
        const wanted = path === "/api/v2/auth/login" && status === "401" ? "INVALID_CREDENTIALS" : expected[status];
        expect(codes, `${method} ${path} ${status}`).toEqual([wanted]);
      }
    }
    const login401 = resolve(doc.paths["/api/v2/auth/login"]!.post!.responses["401"]!.content!["application/json"]!.schema);
    expect(login401.properties!.message!.const ?? login401.properties!.message!.enum?.[0]).toBe("Invalid credentials.");
  });

  it("documents the headers every response carries, Retry-After on 429 and Idempotent-Replayed on idempotent successes", () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        const headers = Object.keys(response.headers ?? {});
        expect(headers, `${method} ${path} ${status}`).toContain("X-Request-Id");
        if (path !== "/api/v2/payments/webhook") expect(headers).toEqual(expect.arrayContaining(["X-RateLimit-Limit", "X-RateLimit-Remaining"]));
        if (status === "429") expect(headers).toContain("Retry-After");
      }
    }
    expect(Object.keys(doc.paths["/api/v2/bids/{fuId}"]!.post!.responses["201"]!.headers!)).toContain("Idempotent-Replayed");
  });
});

describe("the documented error bodies are the ones the server sends", () => {
  const documented = (path: string, method: string, status: number) => resolve(doc.paths[path]![method]!.responses[String(status)]!.content!["application/json"]!.schema);
  const matches = (schema: Schema, body: Record<string, unknown>) => {
    for (const key of schema.required ?? []) expect(body, key).toHaveProperty(key);
    expect(Object.keys(body).every((key) => key in schema.properties!)).toBe(true);
    expect(schema.properties!.code!.enum).toContain(body.code);
  };

  it("for login's 401, a 401 on a protected route, a 404, a 409 and a 422", async () => {
    const user = await createUser(t.prisma);
    const login = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password" });
    expect(login.status).toBe(401);
    expect(login.body).toMatchObject({ message: "Invalid credentials.", code: "INVALID_CREDENTIALS" });
    matches(documented("/api/v2/auth/login", "post", 401), login.body);

    const anonymous = await request(t.app).get("/api/v2/factoring-units");
    matches(documented("/api/v2/factoring-units", "get", 401), anonymous.body);

    const investor = await trader(t, "investor");
    const missing = await request(t.app).get("/api/v2/factoring-units/2147483647").set(investor.auth);
    expect(missing.status).toBe(404);
    matches(documented("/api/v2/factoring-units/{id}", "get", 404), missing.body);

    const invalid = await request(t.app).post("/api/v2/bids/1").set(investor.auth).send({});
    expect(invalid.status).toBe(422);
    matches(documented("/api/v2/bids/{fuId}", "post", 422), invalid.body);

    const owner = await trader(t, "buyer");
    const bidder = await trader(t, "investor", 10_000_000n);
    const listed = await listUnit(t, owner.auth);
    const placed = await placedBid(t, bidder.auth, listed.id, { bid_amount: 1000 });
    expect((await request(t.app).post(`/api/v2/bids/${placed.id}/withdraw`).set(bidder.auth)).status).toBe(200);
    const again = await request(t.app).post(`/api/v2/bids/${placed.id}/withdraw`).set(bidder.auth);
    expect(again.status).toBe(409);
    matches(documented("/api/v2/bids/{bidId}/withdraw", "post", 409), again.body);
  });
});
