import fc from "fast-check";

// fast-check arbitraries from the JSON Schemas of openapi.yaml (which the route's Zod schemas
// generate): values the schema accepts, and values that break it in the ways clients do (wrong type,
// out of range, NUL characters, huge numbers, extra fields).

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

export type Resolve = (schema: JsonSchema) => JsonSchema;

/** A value the schema accepts (as far as a JSON Schema can say: business rules still refuse some). */
export function validValue(schema: JsonSchema, resolve: Resolve, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((part) => validValue(part, resolve, depth + 1)));
  if (s.allOf?.length) return validValue({ ...Object.assign({}, ...s.allOf.map(resolve)) }, resolve, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "string":
      return stringFor(s);
    case "integer":
      return fc.integer({ min: Math.ceil(s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000)), max: Math.floor(s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 1_000_000)) });
    case "number": {
      const min = s.exclusiveMinimum ?? s.minimum ?? -1_000;
      const max = s.exclusiveMaximum ?? s.maximum ?? 1_000_000;
      return fc.oneof(fc.integer({ min: Math.ceil(min + (s.exclusiveMinimum !== undefined ? 1 : 0)), max: Math.floor(max) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => Math.round(n * 100) / 100));
    }
    case "boolean":
      return fc.boolean();
    case "array":
      return depth > 3 ? fc.constant([]) : fc.array(validValue(s.items ?? {}, resolve, depth + 1), { maxLength: 3 });
    case "object":
    default:
      if (!s.properties || depth > 3) return fc.constant({});
      return fc.record(
        Object.fromEntries(Object.entries(s.properties).map(([key, child]) => [key, validValue(child, resolve, depth + 1)])),
        { requiredKeys: (s.required ?? []).filter((key) => key in s.properties!) as never[] },
      );
  }
}

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  if (s.format === "date") return fc.date({ min: new Date("2020-01-01"), max: new Date("2032-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === "date-time") return fc.date({ min: new Date("2020-01-01"), max: new Date("2032-12-31"), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === "email") return fc.emailAddress();
  if (s.format === "uuid") return fc.uuid();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200) && v.length >= (s.minLength ?? 0));
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain strings
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
}

/** Something a careless or hostile client sends in place of a value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("\u0000"),
  fc.constant("a\u0000b"),
  fc.constant("9".repeat(40)),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1e308),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.constant("NaN"),
  fc.constant({ $gt: "" }),
  fc.constant(["a", "b"]),
  fc.constant(true),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** A valid object with one field broken or an unknown one added, or something else entirely. */
export function bodyFor(schema: JsonSchema | undefined, resolve: Resolve): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 }));
  const valid = validValue(schema, resolve);
  const keys = Object.keys(resolve(schema).properties ?? {});
  const broken = keys.length
    ? fc.tuple(valid, fc.constantFrom(...keys), hostileValue).map(([value, key, bad]) => ({ ...(value as object), [key]: bad }))
    : valid;
  const extra = fc.tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), hostileValue).map(([value, key, bad]) => (typeof value === "object" && value ? { ...value, [key]: bad } : value));
  return fc.oneof({ weight: 4, arbitrary: valid }, { weight: 3, arbitrary: broken }, { weight: 1, arbitrary: extra }, { weight: 1, arbitrary: hostileValue });
}
