// Rows read with raw SQL (`SELECT * ... FOR UPDATE`) in the shape Prisma's model types have: column
// names snake_case -> camelCase. The values already match (bigint, Date, enum strings); the callers'
// tests compare the result with Prisma's own read of the same row, so a new column cannot drift.

// Column names repeat on every row of every read: each is converted once (a regex per key per row was
// the largest single cost of presenting a listing page).
const camelNames = new Map<string, string>();
const camel = (column: string) => {
  let name = camelNames.get(column);
  if (name === undefined) camelNames.set(column, (name = column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())));
  return name;
};

export function camelCaseRow<T>(row: Record<string, unknown>): T {
  const result: Record<string, unknown> = {};
  for (const key in row) result[camel(key)] = row[key];
  return result as T;
}
