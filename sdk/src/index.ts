import createClient, { type Middleware } from "openapi-fetch";
import { HundiApiError, type ErrorEnvelope } from "./errors.ts";
import { IDEMPOTENT_OPERATIONS } from "./operations.ts";
import type { paths } from "./schema.ts";

export { HundiApiError, type ErrorEnvelope } from "./errors.ts";
export { verifyWebhook, type HundiEvent, type HundiWebhookEvent, type HundiWebhookEventType } from "./webhooks.ts";
export type { components, paths } from "./schema.ts";

export interface HundiClientOptions {
  /** The server's origin, e.g. `https://api.hundi.in` (paths carry `/api/v2`). */
  baseUrl: string;
  /** A user token (from login) or an API key (`hk_live_...`); neither for the public calls (login, register). */
  token?: string;
  apiKey?: string;
  /** Send an `Idempotency-Key` on money POSTs that have none (default true). */
  idempotencyKeys?: boolean;
  fetch?: typeof fetch;
}

const idempotent = IDEMPOTENT_OPERATIONS.map(({ method, path }) => ({ method, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`) }));

/** Paths with a paginated GET (`{ data: T[], meta: { last_page } }`). */
type PaginatedPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { "application/json": { data: unknown[]; meta: { last_page: number } } } } } } } ? P : never;
}[keyof paths];
type ItemOf<P extends PaginatedPath> = paths[P] extends { get: { responses: { 200: { content: { "application/json": { data: (infer T)[] } } } } } } ? T : never;
type QueryOf<P extends PaginatedPath> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never;

/**
 * A typed Hundi client. `api` is openapi-fetch over every path of openapi.yaml (`api.GET`,
 * `api.POST`...): a 2xx gives `data`, anything else throws `HundiApiError` with the error envelope.
 * Money POSTs get an `Idempotency-Key` unless given one (retry a call with the same key to make it
 * safe). `paginate` walks a paginated list page by page.
 */
export function createHundiClient(options: HundiClientOptions) {
  const credential = options.apiKey ?? options.token;
  const api = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ""), fetch: options.fetch });
  const middleware: Middleware = {
    onRequest({ request }) {
      if (credential) request.headers.set("Authorization", `Bearer ${credential}`);
      const pathname = new URL(request.url).pathname;
      if (options.idempotencyKeys !== false && !request.headers.has("Idempotency-Key") && idempotent.some((op) => op.method === request.method && op.pattern.test(pathname))) {
        request.headers.set("Idempotency-Key", crypto.randomUUID());
      }
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as Partial<ErrorEnvelope> | undefined;
      throw new HundiApiError(response.status, body, response.headers);
    },
  };
  api.use(middleware);

  async function* paginate<P extends PaginatedPath>(path: P, query?: Omit<NonNullable<QueryOf<P>>, "page">): AsyncGenerator<ItemOf<P>> {
    for (let page = 1; ; page++) {
      // openapi-fetch cannot type a path chosen at run time; the signature above is the typed one.
      const get = api.GET as unknown as (path: string, init: { params: { query: Record<string, unknown> } }) => Promise<{ data: { data: ItemOf<P>[]; meta: { last_page: number } } }>;
      const { data } = await get(path, { params: { query: { ...(query ?? {}), page } } });
      yield* data.data;
      if (page >= data.meta.last_page) return;
    }
  }

  return { api, paginate };
}

export type HundiClient = ReturnType<typeof createHundiClient>;
