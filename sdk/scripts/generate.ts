// `npm run sdk:build` step 1: the SDK's generated sources from openapi.yaml (committed; a test fails
// when they are stale): src/schema.ts (openapi-typescript: every path, parameter and response as
// types) and src/operations.ts (the operations that take an Idempotency-Key, for the client to add one).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const HEADER = "// Generated from openapi.yaml by `npm run sdk:build` (sdk/scripts/generate.ts). Do not edit.\n";

type Operation = { parameters?: { name: string; in: string }[] };

export async function generatedSources(): Promise<Record<string, string>> {
  const yamlText = fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8");
  const schema = `${HEADER}${astToString(await openapiTS(yamlText))}`;
  const document = parse(yamlText) as { paths: Record<string, Record<string, Operation>> };
  const idempotent = Object.entries(document.paths).flatMap(([route, operations]) =>
    Object.entries(operations)
      .filter(([, operation]) => operation.parameters?.some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key"))
      .map(([method]) => ({ method: method.toUpperCase(), path: route })),
  );
  const operations = `${HEADER}
/** Operations that honour \`Idempotency-Key\` (money-moving POSTs): the client sends one unless the caller does. */
export const IDEMPOTENT_OPERATIONS: readonly { method: string; path: string }[] = ${JSON.stringify(idempotent, null, 2)};
`;
  return { "src/schema.ts": schema, "src/operations.ts": operations };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const [file, text] of Object.entries(await generatedSources())) fs.writeFileSync(path.join(ROOT, "sdk", file), text);
  process.stdout.write("wrote sdk/src/schema.ts and sdk/src/operations.ts\n");
}
