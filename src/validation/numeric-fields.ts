import { z } from "./zod.ts";

// One coercion rule for every whole number a client sends, in a body, a query or a form: Laravel's
// `integer` rule (PHP's FILTER_VALIDATE_INT) takes a JSON number or a decimal numeric string, with
// surrounding spaces and an optional sign: 3, "3", " 90 ". It refuses what z.coerce.number() would
// quietly accept: "1e3", "0x10", "", "NaN", "3.0" and booleans. Money has its own rule in money.ts.

const INTEGER_TEXT = /^[+-]?\d{1,16}$/;

/** Parses a whole number by the rule above; `undefined` when the value is not one. */
export function parseWholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!INTEGER_TEXT.test(text)) return undefined;
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

export function integerField(options: { min?: number; max?: number; example?: number; description?: string } = {}) {
  return z
    .unknown()
    .transform((value, ctx) => {
      const parsed = parseWholeNumber(value);
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (value === undefined || value === null) return fail("The :attribute field is required.");
      if (parsed === undefined) return fail("The :attribute field must be an integer.");
      if (options.min !== undefined && parsed < options.min) return fail(`The :attribute field must be at least ${options.min}.`);
      if (options.max !== undefined && parsed > options.max) return fail(`The :attribute field must not be greater than ${options.max}.`);
      return parsed;
    })
    .openapi({
      type: ["integer", "string"],
      pattern: "^\\s*[+-]?\\d+\\s*$",
      ...(options.min !== undefined ? { minimum: options.min } : {}),
      ...(options.max !== undefined ? { maximum: options.max } : {}),
      example: options.example ?? options.min ?? 1,
      description: [options.description, "An integer, or a string of digits (\"3\")."].filter(Boolean).join(" "),
    });
}

export const MAX_ID = 2_147_483_647;

/**
 * A path id (`/factoring-units/{id}`). An id that is not a positive 32-bit integer names no
 * resource, so it is that resource's 404 (`Factoring unit not found.`), exactly like an id that does
 * not exist; routeHandler turns a params failure into a 404 with this message.
 */
export function pathIdParams<K extends string>(name: K, resource: string) {
  const notFoundMessage = `${resource} not found.`;
  const id = z
    .string()
    .transform((value, ctx) => {
      const parsed = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
      if (!(parsed >= 1 && parsed <= MAX_ID)) {
        ctx.addIssue({ code: "custom", message: notFoundMessage });
        return z.NEVER;
      }
      return parsed;
    })
    .openapi({ type: "integer", minimum: 1, maximum: MAX_ID, example: 42 });
  return z.object({ [name]: id } as Record<K, typeof id>);
}
