// Invoice dates are calendar dates in India: "today" and "past due" are judged in Asia/Kolkata,
// whatever the server's time zone.

const indiaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in India as YYYY-MM-DD. */
export const todayInIndia = (now: Date = new Date()) => indiaDate.format(now);

const MS_PER_DAY = 86_400_000;
const utcDay = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) => Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);

export const addDays = (isoDate: string, days: number) => new Date(utcDay(isoDate) + days * MS_PER_DAY).toISOString().slice(0, 10);

/** A Prisma @db.Date value as YYYY-MM-DD. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const dateFromIso = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
