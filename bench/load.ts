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
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    firstFailure,
  };
}
