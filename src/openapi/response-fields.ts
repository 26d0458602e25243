import { z } from "../validation/zod.ts";

// Response field types that say what the value is, so integrators get `format` and real examples
// rather than a bare `string`.

/** An instant, ISO 8601 in UTC. */
export const dateTime = (example = "2026-11-23T08:00:00.000Z") => z.string().openapi({ format: "date-time", example });

/** A calendar date (YYYY-MM-DD), judged in India. */
export const calendarDate = (example = "2026-11-20") => z.string().openapi({ format: "date", example });

/** Rupees as a JSON number with at most 2 decimals (50000.00 is 50000). */
export const rupees = (example = 90000, description = "Rupees, at most 2 decimals.") => z.number().openapi({ example, description });
