import fs from "node:fs";

/**
 * Reads `.env` from the working directory into process.env, if there is one: `cp .env.example .env`
 * then `npm start` is how most Node projects are configured. A variable already set in the
 * environment wins over the file (Node's own process.loadEnvFile never overwrites one), so a
 * deployment's real environment and one-off `PORT=4000 npm start` keep working. Called first by each
 * entry point (server, cluster primary, admin CLI, prisma.config.ts), never by the app itself, so tests
 * build their configuration from what they pass alone.
 */
export function loadEnvFile(file = ".env"): boolean {
  if (!fs.existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}
