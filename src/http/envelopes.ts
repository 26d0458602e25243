import { z } from "../validation/zod.ts";
import { integerField } from "../validation/numeric-fields.ts";

// Response shapes from SPEC section 1, as Zod schemas: they document the API and type the handlers.

export const paginationMeta = z
  .object({
    current_page: z.number().int().openapi({ example: 1 }),
    per_page: z.number().int().openapi({ example: 20 }),
    total: z.number().int().openapi({ example: 42 }),
    last_page: z.number().int().openapi({ example: 3 }),
  })
  .openapi("PaginationMeta");

/** A success envelope; `message` is documented (with the route's real sentence) only where the route sends one. */
export function successSchema<T extends z.ZodType>(data: T, message?: string) {
  if (message === undefined) return z.object({ status: z.literal("success"), data });
  return z.object({ status: z.literal("success"), message: z.string().openapi({ example: message }), data });
}

export function paginatedSchema<T extends z.ZodType, M extends z.ZodObject = typeof paginationMeta>(item: T, meta?: M) {
  return z.object({ status: z.literal("success"), data: z.array(item), meta: meta ?? paginationMeta });
}

export const messageOnlySchema = (message: string) => z.object({ status: z.literal("success"), message: z.string().openapi({ example: message }) });

export function success<T>(data: T, message?: string) {
  return message === undefined ? { status: "success" as const, data } : { status: "success" as const, message, data };
}

export function paginated<T, M extends object = object>(items: T[], page: { page: number; perPage: number; total: number }, extraMeta?: M) {
  return {
    status: "success" as const,
    data: items,
    meta: {
      current_page: page.page,
      per_page: page.perPage,
      total: page.total,
      last_page: Math.max(1, Math.ceil(page.total / page.perPage)),
      ...extraMeta,
    },
  };
}

/** A list use case's `{ items, total }` as the paginated envelope for the request's page. */
export function pageOf<T, M extends object = object>(result: { items: T[]; total: number }, query: { page: number; per_page: number }, extraMeta?: M) {
  return paginated(result.items, { page: query.page, perPage: query.per_page, total: result.total }, extraMeta);
}

export const paginationQuery = z.object({
  page: integerField({ min: 1, example: 1, description: "1-based page number." }).default(1),
  per_page: integerField({ min: 1, max: 100, example: 20, description: "Items per page (default 20)." }).default(20),
});

export const pageWindow = (query: { page: number; per_page: number }) => ({
  skip: (query.page - 1) * query.per_page,
  take: query.per_page,
});
