import { Prisma } from "../generated/prisma/client.ts";

/**
 * How many rows a paged read walks before it cuts its page: the page's depth (offset + per_page)
 * rounded up to a power of two, at least 32, written into the SQL as a literal LIMIT; the page's own
 * LIMIT/OFFSET then stay parameters over those rows.
 *
 * Why: with LIMIT as a parameter PostgreSQL's generic plan assumes a tenth of the rows are read,
 * judges it dearer than a custom plan, and so plans the statement again on every call (0.6-2.7 ms
 * of its CPU for the listing and GET /bids, more than running them). With a literal limit the generic
 * plan wins after five calls and planning stops. Rounding keeps the statement texts, each a prepared
 * statement per connection (db/prisma.ts), to about 27 per query shape; the reads merely walk a few
 * more index entries than the page needs.
 */
export function pageDepthLimit(page: { page: number; per_page: number }): Prisma.Sql {
  const depth = page.page * page.per_page;
  return Prisma.raw(String(Math.max(32, 2 ** Math.ceil(Math.log2(depth)))));
}
