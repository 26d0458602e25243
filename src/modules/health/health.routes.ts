import type { AppDeps } from "../../app-deps.ts";
import { listMigrationNames, pendingMigrations } from "../../db/migrations.ts";
import { defineRoute } from "../../http/define-route.ts";
import { success, successSchema } from "../../http/envelopes.ts";
import { HttpError } from "../../http/errors.ts";
import { z } from "../../validation/zod.ts";

const tags = ["Operations"];

async function readiness(deps: AppDeps) {
  try {
    await deps.pool.query("SELECT 1");
  } catch {
    throw new HttpError(503, "Database unavailable.", "SERVICE_UNAVAILABLE");
  }
  const pending = await pendingMigrations(deps.pool, await listMigrationNames());
  if (pending.length > 0) throw new HttpError(503, `Database migrations pending: ${pending.join(", ")}.`, "SERVICE_UNAVAILABLE");
  return { database: "ok" as const, migrations: "applied" as const };
}

export const healthRoutes = [
  defineRoute({
    method: "get",
    path: "/health",
    summary: "Liveness: the process is up",
    tags,
    access: { kind: "public" },
    responses: {
      200: {
        description: "Alive.",
        schema: successSchema(z.object({ status: z.literal("ok"), uptime_seconds: z.number().int().openapi({ example: 3600 }) })),
      },
    },
    handler: async () => ({ body: success({ status: "ok" as const, uptime_seconds: Math.floor(process.uptime()) }) }),
  }),
  defineRoute({
    method: "get",
    path: "/ready",
    summary: "Readiness: the database answers and every migration is applied",
    tags,
    access: { kind: "public" },
    responses: {
      200: {
        description: "Ready for traffic.",
        schema: successSchema(z.object({ database: z.literal("ok"), migrations: z.literal("applied") })),
      },
    },
    errors: [503],
    handler: async ({ deps }) => ({ body: success(await readiness(deps)) }),
  }),
];
