import { z } from "./validation/zod.ts";

// Money is integer paise (bigint) everywhere inside. At the boundary, rupees arrive as JSON numbers
// (or numeric strings) and are converted from their decimal text, never by float arithmetic: JSON
// numbers print back as the shortest decimal that round-trips, i.e. the text the client sent.

const DECIMAL_RUPEES = /^(\d{1,15})(?:\.(\d{1,2}))?$/;

export type RupeeParse = { ok: true; paise: bigint } | { ok: false; problem: "type" | "decimals" | "negative" | "format" };

export function parseRupees(value: unknown): RupeeParse {
  if (typeof value === "number" && !Number.isFinite(value)) return { ok: false, problem: "type" };
  if (typeof value !== "number" && typeof value !== "string") return { ok: false, problem: "type" };
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = DECIMAL_RUPEES.exec(text);
  if (!match) {
    if (/^-\d+(\.\d+)?$/.test(text)) return { ok: false, problem: "negative" };
    if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, problem: "decimals" };
    return { ok: false, problem: "format" };
  }
  const fraction = (match[2] ?? "").padEnd(2, "0");
  return { ok: true, paise: BigInt(match[1]!) * 100n + BigInt(fraction) };
}

/** Paise to a rupee JSON number with at most 2 decimals (50000.00 is 50000), via its decimal text. */
export function paiseToRupees(paise: bigint): number {
  const negative = paise < 0n;
  const abs = negative ? -paise : paise;
  const text = `${negative ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
  return Number(text);
}

/**
 * A rupee amount field: a positive number with at most 2 decimals between `min` and `max` rupees,
 * parsed to paise. Messages are Laravel templates like every other field.
 */
export function rupeeAmountField(options: { minRupees?: number; maxRupees?: number; example?: number } = {}) {
  const min = options.minRupees === undefined ? 1n : BigInt(Math.round(options.minRupees * 100));
  const max = options.maxRupees === undefined ? undefined : BigInt(Math.round(options.maxRupees * 100));
  return z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const parsed = parseRupees(value);
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (!parsed.ok) {
        if (parsed.problem === "decimals") return fail("The :attribute field must have at most 2 decimal places.");
        if (parsed.problem === "negative") return fail("The :attribute field must be greater than 0.");
        return fail("The :attribute field must be a number.");
      }
      if (parsed.paise === 0n && options.minRupees === undefined) return fail("The :attribute field must be greater than 0.");
      if (parsed.paise < min) return fail(`The :attribute field must be at least ${options.minRupees ?? 0.01}.`);
      if (max !== undefined && parsed.paise > max) return fail(`The :attribute field must not be greater than ${options.maxRupees}.`);
      return parsed.paise;
    })
    .openapi({
      type: ["number", "string"],
      pattern: "^\\s*\\d{1,15}(\\.\\d{1,2})?\\s*$",
      description: "Rupees, at most 2 decimals: a JSON number or a numeric string (\"10000.50\"); no exponents or hex.",
      example: options.example ?? 5000,
    });
}

/**
 * A percentage with at most 2 decimals, kept exactly as basis points (12.5 -> 1250). `min` is
 * exclusive when `exclusiveMin` is set (a bid rate must be above 0; a GST rate may be 0).
 */
export function percentBpsField(options: { maxPercent: number; exclusiveMin: boolean; message: string; example: number }) {
  return z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(String(value).trim());
      const bps = match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : Number.NaN;
      if (!match || bps > options.maxPercent * 100 || (options.exclusiveMin && bps === 0)) {
        ctx.addIssue({ code: "custom", message: options.message });
        return z.NEVER;
      }
      return bps;
    })
    .openapi({ type: ["number", "string"], pattern: "^\\s*\\d{1,3}(\\.\\d{1,2})?\\s*$", example: options.example, description: "Percent, at most 2 decimals: a number or a numeric string (\"12.5\")." });
}
