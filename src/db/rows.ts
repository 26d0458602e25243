// Rows read with raw SQL (`SELECT * ... FOR UPDATE`) in the shape Prisma's model types have: column
// names snake_case -> camelCase. The values already match (bigint, Date, enum strings); the callers'
// tests compare the result with Prisma's own read of the same row, so a new column cannot drift.

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

export function camelCaseRow<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [camel(key), value])) as T;
}
