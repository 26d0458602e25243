import { describe, expect, it } from "vitest";
import { z } from "../../src/validation/zod.ts";
import { issuesToFieldErrors } from "../../src/validation/laravel-messages.ts";

const errorsFor = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation failure");
  return issuesToFieldErrors(result.error.issues);
};

describe("Laravel-style messages", () => {
  const schema = z
    .object({
      email: z.email(),
      first_name: z.string().min(2).max(5),
      age: z.number().int().min(18),
      amount: z.number().positive(),
      kind: z.enum(["a", "b"]),
      tags: z.array(z.string()).max(1),
      items: z.array(z.object({ qty: z.number() })),
    })
    .strict();

  it("names fields as sent, with underscores read as spaces", () => {
    expect(errorsFor(schema, {})).toEqual({
      email: ["The email field is required."],
      first_name: ["The first name field is required."],
      age: ["The age field is required."],
      amount: ["The amount field is required."],
      kind: ["The kind field is required."],
      tags: ["The tags field is required."],
      items: ["The items field is required."],
    });
  });

  it("explains types, sizes, formats, enums, nested items and unknown keys", () => {
    expect(
      errorsFor(schema, { email: "x", first_name: "abcdef", age: 17.5, amount: 0, kind: "c", tags: ["a", "b"], items: [{ qty: "1" }], extra: 1 }),
    ).toEqual({
      email: ["The email field must be a valid email address."],
      first_name: ["The first name field must not be greater than 5 characters."],
      age: ["The age field must be an integer."],
      amount: ["The amount field must be greater than 0."],
      kind: ["The selected kind is invalid."],
      tags: ["The tags field must not have more than 1 items."],
      "items.0.qty": ["The items.0.qty field must be a number."],
      extra: ["The extra field is not allowed."],
    });
  });
});
