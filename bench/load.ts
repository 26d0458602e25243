import autocannon from "autocannon";

// One scenario under concurrent load (autocannon), each request built by `next(i)` so that writes can
// each act on their own unit, bid or order. Returns what the report prints.

export interface Built {
  method?: "GET" | "POST" | "PUT";
  path: string;
  token: string;
  body?: unknown;
}

export interface LoadResult {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
  /** The first refused answer, to see why (a benchmark whose requests fail measures nothing). */
  firstFailure?: string;
}

export async function load(options: { name: string; base: string; connections: number; seconds: number; next: (i: number) => Built; maxRequests?: number; onBody?: (status: number, body: string) => void }): Promise<LoadResult> {
  let counter = 0;
  let firstFailure: string | undefined;
  const startedAt = performance.now();
  let lastAnswerAt = startedAt;
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.seconds,
    ...(options.maxRequests ? { maxOverallRequests: Math.max(options.connections, options.maxRequests) } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const built = options.next(counter++);
          return {
            ...request,
            method: built.method ?? "GET",
            path: built.path,
            headers: { authorization: `Bearer ${built.token}`, "content-type": "application/json" },
            body: built.body === undefined ? undefined : JSON.stringify(built.body),
          };
        },
        onResponse: (status, body) => {
          lastAnswerAt = performance.now();
          if (status >= 300 && firstFailure === undefined) firstFailure = `${status} ${body.slice(0, 300)}`;
          options.onBody?.(status, body);
        },
      },
    ],
  });
  const result = await instance;
  return {
    name: options.name,
    connections: options.connections,
    // Answers over the time to the last answer. autocannon's own figure, the mean of its per-second
    // counts, is the same for a run that lasts its duration, but a run that ends at maxRequests stops
    // at the next whole-second tick and counts that idle tail as a full second: 3,000 verifications
    // answered in about 6 s were reported as 429 per s (3,000 / 7) in three runs in a row.
    requestsPerSecond: result.requests.total / Math.max((lastAnswerAt - startedAt) / 1000, 0.001),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    firstFailure,
  };
}
