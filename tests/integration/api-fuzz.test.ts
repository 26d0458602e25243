import fc from "fast-check";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "../../src/generated/prisma/client.ts";
import type { RouteDefinition } from "../../src/http/define-route.ts";
import { buildOpenApiDocument } from "../../src/openapi/document.ts";
import { errorResponseFor } from "../../src/openapi/error-responses.ts";
import { allRoutes } from "../../src/routes.ts";
import { createUser, tokenFor } from "../helpers/factories.ts";
import { fundWallet, makeTradingReady } from "../helpers/money-fixtures.ts";
import { bodyFor, hostileValue, validValue, type JsonSchema } from "../helpers/schema-arbitrary.ts";
import { listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// An OpenAPI-driven fuzz test: for every endpoint, fast-check builds requests from the route's own
// schemas (as openapi.yaml documents them): valid bodies, queries and path parameters, the same with a
// field broken or an unknown one added, and hostile values, sent by every kind of caller. Whatever
// comes back must be a documented status, never a 5xx, with a body that matches the documented schema
// for that status. Bounded and seeded (FUZZ_RUNS per endpoint, FUZZ_SEED), so a failure replays.

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

type Operation = { parameters?: { name: string; in: "path" | "query" | "header"; required?: boolean; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> }; responses: Record<string, unknown> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };

let t: TestApp;
let doc: Doc;
const callers: Record<string, User | null> = {};
const ids: number[] = [];
let sent = 0;
const statuses = new Map<number, number>();

const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.split("/").pop()!]!) : schema);

beforeAll(async () => {
  t = await createTestApp();
  doc = buildOpenApiDocument(allRoutes) as unknown as Doc;
  for (const role of ["buyer", "seller", "investor", "financer"] as const) {
    const user = await createUser(t.prisma, { role, status: "active" });
    await makeTradingReady(t.prisma, user);
    await fundWallet(t.prisma, user, 50_000_000n);
    callers[role] = user;
  }
  callers.pending = await createUser(t.prisma, { role: "investor" });
  callers.admin = await createUser(t.prisma, { role: "admin", status: "active" });
  callers.anonymous = null;
  // Real ids for path parameters, next to made-up ones.
  const owner = await trader(t, "buyer");
  const investor = await trader(t, "investor", 10_000_000n);
  const unit = await listUnit(t, owner.auth);
  const bid = await placedBid(t, investor.auth, unit.id);
  ids.push(unit.id, bid.id, 1);
  ownTarget.push((await createUser(t.prisma, { role: "seller", status: "pending" })).id);
});
afterAll(() => t.close());

// The admin API's changes reach any account or withdrawal by id, and other test files share the
// database: fuzzed admin changes name only this file's own target or ids no row has.
const ownTarget: number[] = [];
const adminChangeParam = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null).map(() => String(ownTarget[0])) },
  { weight: 2, arbitrary: fc.integer({ min: 2 ** 30, max: 2 ** 31 + 5 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "1.5", "0x10", "%00", "99999999999999999999", "-0", " 1", "1e3", "0", "-1") },
);

const pathParam = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...[0, 1, 2].map((i) => () => String(ids[i]))).map((f) => f()) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 2 ** 31 + 5 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "1.5", "0x10", "%00", "99999999999999999999", "-0", " 1", "1e3") },
);

interface Built {
  caller: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  idempotencyKey?: string;
}

function requests(route: RouteDefinition, operation: Operation): fc.Arbitrary<Built> {
  const params = operation.parameters ?? [];
  const pathNames = params.filter((p) => p.in === "path").map((p) => p.name);
  const queryParams = params.filter((p) => p.in === "query");
  const query = fc.record(
    Object.fromEntries(queryParams.map((p) => [p.name, fc.oneof({ weight: 3, arbitrary: validValue(p.schema, resolve) }, { weight: 1, arbitrary: hostileValue })])),
    { requiredKeys: [] },
  );
  const jsonBody = operation.requestBody?.content["application/json"]?.schema;
  const body = route.method === "get" || route.method === "delete" ? fc.constant(undefined) : bodyFor(jsonBody, resolve);
  return fc.record({
    caller: fc.constantFrom(...Object.keys(callers)),
    path: fc.tuple(...pathNames.map(() => (route.path.startsWith("/admin/") && route.method !== "get" ? adminChangeParam : pathParam))).map((values) => pathNames.reduce((path, name, i) => path.replace(`{${name}}`, encodeURIComponent(values[i]!)), route.path)),
    query,
    body,
    idempotencyKey: fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 300 })), { nil: undefined }),
  });
}

/** The documented schema of a response, or null when the body is not JSON (a photo, the docs page). */
function documentedSchema(route: RouteDefinition, status: number) {
  if (status < 400) {
    const response = route.responses[status];
    return response && !response.contentType ? (response.schema ?? null) : null;
  }
  return route.errorSchemas?.[status]?.schema ?? errorResponseFor(status).schema;
}

const queryString = (query: Record<string, unknown>) =>
  Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(typeof value === "object" ? JSON.stringify(value) : String(value))}`)
    .join("&");

describe("every endpoint, fuzzed from its schemas", () => {
  for (const route of allRoutes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      const operation = doc.paths[`/api/v2${route.path}`]![route.method]!;
      const documented = Object.keys(operation.responses).map(Number);
      await fc.assert(
        fc.asyncProperty(requests(route, operation), async (built) => {
          const caller = callers[built.caller];
          const qs = queryString(built.query);
          let req = request(t.app)[route.method](`/api/v2${built.path}${qs ? `?${qs}` : ""}`);
          if (caller) req = req.set("Authorization", `Bearer ${(await tokenFor(t.prisma, caller)).token}`);
          if (built.idempotencyKey !== undefined) req = req.set("Idempotency-Key", built.idempotencyKey);
          const res = built.body === undefined ? await req : await req.set("Content-Type", "application/json").send(JSON.stringify(built.body));
          sent += 1;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const context = `${route.method.toUpperCase()} ${built.path}?${qs} as ${built.caller}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          expect(res.status, context).toBeLessThan(500);
          expect(documented, context).toContain(res.status);
          const schema = documentedSchema(route, res.status);
          if (schema && res.headers["content-type"]?.startsWith("application/json")) {
            const parsed = schema.safeParse(res.body);
            expect(parsed.success, `${context}\n${parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))}`).toBe(true);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }

  it("sent a few thousand requests", () => {
    expect(sent).toBeGreaterThanOrEqual(allRoutes.length * RUNS);
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
    console.error(`[fuzz] ${sent} requests over ${allRoutes.length} endpoints (FUZZ_RUNS=${RUNS}, FUZZ_SEED=${SEED}); ${byStatus}`);
    // The generators reach past authentication and validation, not only into refusals.
    expect([...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThan(sent / 10);
  });
});
