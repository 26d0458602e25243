import http from "node:http";
import https from "node:https";
import { destinationAgent, refusalOfUrl, type OutboundPolicy } from "./outbound-address.ts";

// One HTTP attempt of a webhook: POST, 10 seconds for the whole exchange, redirects not followed (a 3xx
// is a failure: following one would let a public host send us to a private one), the destination
// judged when saved and again at connection time (outbound-address.ts). Success is any 2xx.

export const ATTEMPT_TIMEOUT_MS = 10_000;
const KEPT_RESPONSE_CHARS = 300;

export interface AttemptResult {
  ok: boolean;
  /** The receiver's HTTP status, when it answered. */
  status: number | null;
  latencyMs: number;
  /** Why it failed, for the delivery log: the refusal, the network error, or the status and the start of the body. */
  error: string | null;
}

export function postWebhook(options: { url: string; body: string; headers: Record<string, string>; policy: OutboundPolicy; timeoutMs?: number }): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const refused = refusalOfUrl(options.url, options.policy);
  if (refused) return Promise.resolve({ ok: false, status: null, latencyMs: 0, error: `refused destination: the URL ${refused}` });
  const url = new URL(options.url);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "Hundi-Webhooks/1.0", ...options.headers, "content-length": Buffer.byteLength(options.body) },
        agent: destinationAgent(url.protocol, options.policy),
        signal: AbortSignal.timeout(options.timeoutMs ?? ATTEMPT_TIMEOUT_MS),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let kept = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (kept.length < KEPT_RESPONSE_CHARS) kept += chunk.slice(0, KEPT_RESPONSE_CHARS - kept.length);
        });
        response.on("end", () => {
          const ok = status >= 200 && status < 300;
          const redirect = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
          resolve({ ok, status, latencyMs: elapsed(), error: ok ? null : `HTTP ${status}${redirect}${kept ? `: ${kept.trim()}` : ""}` });
        });
        response.on("error", (error) => resolve({ ok: false, status, latencyMs: elapsed(), error: `HTTP ${status}, then: ${error.message}` }));
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
      const refused = /is not allowed/.test(error.message) ? "refused destination: " : "";
      resolve({ ok: false, status: null, latencyMs: elapsed(), error: timedOut ? `no answer within ${(options.timeoutMs ?? ATTEMPT_TIMEOUT_MS) / 1000} s` : `${refused}${error.message}` });
    });
    request.end(options.body);
  });
}
