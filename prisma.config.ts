import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// `.env` is read as the server reads it (src/env-file.ts): set variables win.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

// These machines cannot download Prisma's native schema-engine binary. The CLI talks to it over stdio
// JSON-RPC, so we point it at a small Node stand-in that runs Prisma's own WASM schema engine
// (src/db/schema-engine/shim.mjs). An explicitly set variable still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "src/db/schema-engine/shim.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  // `npx prisma db seed`: the demo accounts, as `npm run admin -- seed-demo` (idempotent).
  migrations: { path: "prisma/migrations", seed: "tsx src/cli/admin.ts seed-demo" },
  // Not env("DATABASE_URL"): that throws when unset, which would break `prisma generate` in postinstall.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
