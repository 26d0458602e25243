import { Prisma } from "../generated/prisma/client.ts";

// Rows of a hot read as ONE json value that PostgreSQL builds (json_agg over a row of aliased
// columns), rebuilt here into the shape Prisma's model types have (camelCase keys, bigint, Decimal,
// Date).
//
// Why: Prisma's $queryRaw maps every value of every row on its own, after pg has parsed each one (a
// timestamp through a regular expression into a Date): for a listing page, 20 rows of 33 columns,
// that was about 1.1 ms of the server's CPU per request on top of pg's 0.75 ms, most of what the
// request cost. One json value is one value for both, JSON.parse reads it in C++, and rebuilding the
// few typed values costs about 0.07 ms a page. What JSON cannot carry exactly travels as text:
// bigint and decimal (paise can exceed 2^53). Dates and timestamps come as PostgreSQL's JSON writes
// them, ISO 8601 whatever DateStyle says; our timestamp(3) columns hold UTC without a zone, as Prisma
// reads them. json_build_object per row was slower in PostgreSQL (its variadic arguments are typed
// again on every call) than aggregating a row. The callers' tests compare the records with Prisma's
// own read of the same rows, so a wrong kind or a missing column fails them.

export type ColumnKind = "int" | "text" | "bigint" | "decimal" | "date" | "timestamp";

/** A model's fields by kind; the column is the field's name in snake_case (our schema's convention). */
export type RecordColumns = Readonly<Record<string, ColumnKind>>;

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A field's column as JSON can carry it exactly (bigint and decimal as text). */
const columnSql = (alias: string, field: string, kind: ColumnKind) => {
  const column = `${alias}.${snake(field)}`;
  return kind === "bigint" || kind === "decimal" ? `${column}::text` : column;
};

// Built once per record, alias and form: the SQL is the same on every request.
const built = new WeakMap<RecordColumns, Map<string, Prisma.Sql>>();
function once(columns: RecordColumns, key: string, build: () => string): Prisma.Sql {
  const byKey = built.get(columns) ?? built.set(columns, new Map()).get(columns)!;
  let sql = byKey.get(key);
  if (sql === undefined) byKey.set(key, (sql = Prisma.raw(build())));
  return sql;
}

/**
 * The select list of a record: `fu.id AS "id", fu.total::text AS "total", ...`. Aggregate the row it
 * is selected in (`json_agg(r)`, `to_json(r)`) and read each element with recordFromJson. Field names
 * are ours, never input.
 */
export function recordColumnsSql(columns: RecordColumns, alias: string): Prisma.Sql {
  return once(columns, `list:${alias}`, () =>
    Object.entries(columns)
      .map(([field, kind]) => `${columnSql(alias, field, kind)} AS "${field}"`)
      .join(", "),
  );
}

/**
 * A small record nested in another as one json object, `json_build_object('id', u.id, ...)` (a few
 * columns beside a row: a unit's owner, a bid's unit summary); read it with recordFromJson too.
 */
export function recordObjectSql(columns: RecordColumns, alias: string): Prisma.Sql {
  return once(columns, `object:${alias}`, () => `json_build_object(${Object.entries(columns).map(([field, kind]) => `'${field}', ${columnSql(alias, field, kind)}`).join(", ")})`);
}
const fromJson: Record<ColumnKind, (value: unknown) => unknown> = {
  int: (value) => value,
  text: (value) => value,
  bigint: (value) => BigInt(value as string),
  decimal: (value) => new Prisma.Decimal(value as string),
  // "2026-12-03": a date-only ISO string is read as UTC midnight, as Prisma reads a @db.Date.
  date: (value) => new Date(value as string),
  // "2026-12-03T08:32:19.354", UTC without a zone.
  timestamp: (value) => new Date(`${value as string}Z`),
};

/** One record of a recordColumnsSql row as Prisma reads it; keys outside `columns` are copied as they are. */
export function recordFromJson<T>(columns: RecordColumns, json: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const key in json) {
    const kind = columns[key];
    const value = json[key];
    record[key] = kind === undefined || value === null ? value : fromJson[kind](value);
  }
  return record as T;
}
