import type { z } from "zod";

// What a request may carry besides the fields a schema declares. Apps written for the FINOCRED
// (Laravel) backend send fields Laravel never validated (`device_name`, `platform`, ...), and Laravel
// drops them, so we strip unknown fields instead of refusing them. A few names are the server's to
// set (ids, status, role, email): sending one where the schema does not accept it is a 422 on that
// field ("prohibited"), so a client can never believe it changed something it cannot change.

export const PROHIBITED_FIELDS = new Set([
  "id",
  "user_id",
  "owner_id",
  "funder_id",
  "bidder_id",
  "accepted_bid_id",
  "status",
  "role",
  "email",
  "is_admin",
  "wallet_balance",
  "kyc_status",
  "repayment_amount",
  "email_verified_at",
  "password_hash",
  "created_at",
  "updated_at",
]);

type Def = { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; innerType?: z.ZodType; element?: z.ZodType; catchall?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object shape behind wrappers (optional, nullable, default, pipe/transform), if there is one. */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.type === "object") return def.catchall && defOf(def.catchall).type !== "never" ? undefined : def.shape;
  if (def.type === "pipe" && def.in) return objectShape(def.in);
  if (def.innerType) return objectShape(def.innerType);
  return undefined;
}

function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === "array") return def.element;
  if (def.type === "pipe" && def.in) return arrayElement(def.in);
  if (def.innerType) return arrayElement(def.innerType);
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Walks `value` against `schema` and sorts the keys no schema declares: `prohibited` (top level, in
 * PROHIBITED_FIELDS) and `ignored` (everything else, dotted paths like `line_items.0.colour`).
 */
export function undeclaredFields(schema: z.ZodType, value: unknown, path: string[] = []): { prohibited: string[]; ignored: string[] } {
  const found = { prohibited: [] as string[], ignored: [] as string[] };
  const shape = objectShape(schema);
  if (shape && isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      // Own keys only: a client field named "toString" or "__proto__" is not a declared field.
      const declared = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!declared) {
        (path.length === 0 && PROHIBITED_FIELDS.has(key) ? found.prohibited : found.ignored).push([...path, key].join("."));
        continue;
      }
      const nested = undeclaredFields(declared, child, [...path, key]);
      found.prohibited.push(...nested.prohibited);
      found.ignored.push(...nested.ignored);
    }
  }
  const element = arrayElement(schema);
  if (element && Array.isArray(value)) {
    value.forEach((item, index) => found.ignored.push(...undeclaredFields(element, item, [...path, String(index)]).ignored));
  }
  return found;
}

const acceptsNull = (schema: z.ZodType) => (schema as unknown as { safeParse: (v: unknown) => { success: boolean } }).safeParse(null).success;

/**
 * A form field cannot say "null": like Laravel's ConvertEmptyStringsToNull, an empty form value is
 * null where the field accepts null (clearing an optional profile field) and absent otherwise (an
 * optional field left blank), so a form and the equivalent JSON validate the same way.
 */
export function normaliseFormValues(schema: z.ZodType, value: unknown): unknown {
  const shape = objectShape(schema);
  if (shape && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // Never copied: assigning it would set the new object's prototype, not a field.
      if (key === "__proto__") continue;
      // Own keys only: a client field named "toString" is not a declared field.
      const declared = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (declared && child === "") {
        if (acceptsNull(declared)) out[key] = null;
        continue;
      }
      out[key] = declared ? normaliseFormValues(declared, child) : child;
    }
    return out;
  }
  const element = arrayElement(schema);
  if (element && Array.isArray(value)) return value.map((item) => normaliseFormValues(element, item));
  // qs turns `line_items[0][amount]` into an array, but a sparse or very long list becomes an object
  // keyed by index; give the schema the array it expects.
  if (element && isPlainObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.keys(value)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => normaliseFormValues(element, value[key]));
  }
  return value;
}

/**
 * Dotted paths of every string in `value` that contains a NUL character. PostgreSQL cannot store one
 * in text (22021), so such input is a 422 on its field, never a 500; one rule for every string field.
 */
export function fieldsWithNul(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.join(".")] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithNul(item, [...path, String(index)]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([key, child]) => fieldsWithNul(child, [...path, key]));
  return [];
}
