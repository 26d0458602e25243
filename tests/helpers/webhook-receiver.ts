import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/**
 * A webhook receiver on loopback that records every request and answers each with the next status
 * given to `respondWith` (then with `fallback`, 200 unless changed). `hang` keeps requests unanswered.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const queued: { status: number; headers?: Record<string, string>; body?: string }[] = [];
  let fallback = 200;
  let hang = false;
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body, at: Date.now() });
      waiters.splice(0).forEach((wake) => wake());
      if (hang) return;
      const answer = queued.shift() ?? { status: fallback };
      res.writeHead(answer.status, answer.headers).end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    respondWith: (...answers: (number | { status: number; headers?: Record<string, string>; body?: string })[]) => queued.push(...answers.map((a) => (typeof a === "number" ? { status: a } : a))),
    setFallback: (status: number) => (fallback = status),
    setHang: (value: boolean) => (hang = value),
    /** The events received so far, parsed. */
    events: () => received.map((r) => JSON.parse(r.body) as { id: string; type: string; created_at: string; data: Record<string, unknown> }),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
