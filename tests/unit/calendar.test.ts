import { describe, expect, it } from "vitest";
import { todayInIndia } from "../../src/calendar.ts";

// todayInIndia adds India's fixed offset instead of asking Intl for the Asia/Kolkata date; both must
// agree on every instant, above all on either side of midnight in India (18:30 UTC).
const kolkata = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata", year: "numeric", month: "2-digit", day: "2-digit" });

describe("todayInIndia", () => {
  it("is the Asia/Kolkata calendar date of the instant", () => {
    const instants: number[] = [];
    for (let day = Date.UTC(1990, 0, 1); day < Date.UTC(2040, 0, 1); day += 7 * 86_400_000 + 3_600_000) instants.push(day);
    for (const base of [Date.UTC(2026, 11, 31), Date.UTC(2027, 1, 28), Date.UTC(2028, 1, 28), Date.UTC(2026, 2, 31)]) {
      const midnightInIndia = base + 18.5 * 3_600_000;
      instants.push(midnightInIndia - 1, midnightInIndia, midnightInIndia + 1, base, base + 86_399_999);
    }
    for (const instant of instants) expect(todayInIndia(new Date(instant)), new Date(instant).toISOString()).toBe(kolkata.format(new Date(instant)));
    expect(todayInIndia(new Date(Date.UTC(2026, 11, 31, 18, 29, 59, 999)))).toBe("2026-12-31");
    expect(todayInIndia(new Date(Date.UTC(2026, 11, 31, 18, 30)))).toBe("2027-01-01");
  });
});
