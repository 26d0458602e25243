/** The API's error envelope: `{ status?, message, errors?, code, request_id }` (openapi.yaml, every 4xx/5xx). */
export interface ErrorEnvelope {
  status?: "error";
  message: string;
  errors?: Record<string, string[]>;
  code: string;
  request_id?: string;
}

/** Any non-2xx answer: the HTTP status and the error envelope's fields, typed. */
export class HundiApiError extends Error {
  override name = "HundiApiError";
  readonly status: number;
  readonly code: string;
  /** Per field, for a 422 (Laravel style, keyed by the request's own field names). */
  readonly errors: Record<string, string[]>;
  readonly requestId: string | undefined;
  /** Seconds to wait, from Retry-After (429, 503). */
  readonly retryAfter: number | undefined;

  constructor(status: number, body: Partial<ErrorEnvelope> | undefined, headers: Headers) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? "UNKNOWN";
    this.errors = body?.errors ?? {};
    this.requestId = body?.request_id ?? headers.get("x-request-id") ?? undefined;
    const retryAfter = headers.get("retry-after");
    this.retryAfter = retryAfter === null ? undefined : Number(retryAfter);
  }

  /** `request_id` as the envelope names it. */
  get request_id(): string | undefined {
    return this.requestId;
  }
}
