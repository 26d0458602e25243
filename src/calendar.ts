// Invoice dates are calendar dates in India: "today" and "past due" are judged in Asia/Kolkata,
// whatever the server's time zone.

// India Standard Time is UTC+05:30 all year (no daylight saving since 1945), so the date in India is
// the UTC date of the instant moved 5.5 hours on. Intl.DateTimeFormat with Asia/Kolkata gives the same
// answer (tests/unit/calendar.test.ts compares them) at about ten times the cost, and presenters ask
// for a date in India per listed unit on every page.
const IST_OFFSET_MS = 330 * 60_000;

/** Today's date in India as YYYY-MM-DD. */
export const todayInIndia = (now: Date = new Date()) => new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

const MS_PER_DAY = 86_400_000;
const utcDay = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);

export const addDays = (isoDate: string, days: number) => new Date(utcDay(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** A Prisma @db.Date value as YYYY-MM-DD. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const dateFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
