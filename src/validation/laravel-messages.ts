import { z } from "zod";

// Zod speaks in issues; our clients expect Laravel's sentences ("The email field is required.").
// Messages are templates with an `:attribute` placeholder, filled with the field name when the error
// response is built (the field is known only there). Schemas may pass their own template the same way.

type Issue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "an array",
  object: "an object",
  date: "a valid date",
};

function sizeMessage(issue: Issue & { code: "too_small" | "too_big" }): string {
  const bound = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const small = issue.code === "too_small";
  switch (issue.origin) {
    case "string":
      if (small && bound === 1) return "The :attribute field is required.";
      return small ? `The :attribute field must be at least ${bound} characters.` : `The :attribute field must not be greater than ${bound} characters.`;
    case "array":
    case "set":
      return small ? `The :attribute field must have at least ${bound} items.` : `The :attribute field must not have more than ${bound} items.`;
    default:
      if (small) return issue.inclusive ? `The :attribute field must be at least ${bound}.` : `The :attribute field must be greater than ${bound}.`;
      return issue.inclusive ? `The :attribute field must not be greater than ${bound}.` : `The :attribute field must be less than ${bound}.`;
  }
}

export function laravelMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "The :attribute field is required.";
      return `The :attribute field must be ${typeNames[issue.expected] ?? `of type ${issue.expected}`}.`;
    case "too_small":
    case "too_big":
      return sizeMessage(issue);
    case "invalid_format":
      if (issue.format === "email") return "The :attribute field must be a valid email address.";
      if (issue.format === "url") return "The :attribute field must be a valid URL.";
      if (issue.format === "date") return "The :attribute field must be a valid date (YYYY-MM-DD).";
      if (issue.format === "datetime") return "The :attribute field must be a valid date-time with an offset, e.g. 2026-12-05T18:30:00+05:30.";
      return "The :attribute field format is invalid.";
    case "invalid_value":
      if (issue.input === undefined || issue.input === null) return "The :attribute field is required.";
      return "The selected :attribute is invalid.";
    case "not_multiple_of":
      return `The :attribute field must be a multiple of ${String(issue.divisor)}.`;
    case "invalid_union":
      if (issue.input === undefined || issue.input === null) return "The :attribute field is required.";
      return "The :attribute field is invalid.";
    case "unrecognized_keys":
      return "The :attribute field is not allowed.";
    default:
      return "The :attribute field is invalid.";
  }
}

export function installLaravelMessages(): void {
  z.config({ customError: (issue) => laravelMessage(issue) });
}

/** "password_confirmation" -> "password confirmation", as Laravel names attributes. */
export const attributeName = (field: string) => field.replaceAll("_", " ");

/** Turns Zod issues into `{ field: [messages] }`, field names exactly as the client sent them. */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], prefix?: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (path: PropertyKey[], template: string) => {
    const field = [prefix, ...path.map(String)].filter(Boolean).join(".") || "body";
    const message = template.replaceAll(":attribute", attributeName(field));
    const messages = (errors[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) add([...issue.path, key], issue.message);
    else add(issue.path, issue.message);
  }
  return errors;
}

/**
 * Laravel reports every failing field at once; Zod skips an object's refinements when any field
 * failed. Cross-field checks pass this as their `when`, so they still run whenever the fields they
 * read are present and valid (an invalid role no longer hides a password mismatch).
 */
export function whenFieldsValid(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) => {
      const value = payload.value as Record<string, unknown> | undefined;
      if (typeof value !== "object" || value === null) return false;
      const failed = (field: string) => payload.issues.some((issue) => issue.path?.[0] === field && !isCrossFieldIssue(issue));
      return fields.every((field) => value[field] !== undefined && !failed(field));
    },
  };
}

const isCrossFieldIssue = (issue: { code?: string; params?: unknown }) => issue.code === "custom" && (issue.params as { crossField?: boolean } | undefined)?.crossField === true;

/** Reports a cross-field rule on `field`; other cross-field rules still read that field's value. */
export function crossFieldIssue(ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void }, field: string, message: string) {
  ctx.addIssue({ code: "custom", path: [field], message, params: { crossField: true }, input: undefined });
}
