import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { testEnv } from "../helpers/test-app.ts";

// The real entry point in its own process: start-up on DATABASE_URL and graceful shutdown.

let server: ChildProcess | undefined;
afterAll(() => server?.kill("SIGKILL"));

function startServer(): Promise<{ port: number; output: () => string }> {
  server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    env: { ...process.env, ...testEnv({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", MIGRATE_ON_START: "true" }) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    server!.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/listening on http:\/\/localhost:(\d+)/);
      if (match) resolve({ port: Number(match[1]), output: () => output });
    });
    server!.stderr!.on("data", (chunk) => (output += chunk));
    server!.once("exit", (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

describe("server process", () => {
  it("finishes an in-flight request on SIGTERM, refuses new ones and exits 0", async () => {
    const { port, output } = await startServer();
    const body = JSON.stringify({ email: "inflight@test.hundi.app", password: "whatever-123" });

    // Send the headers and half the body, then ask the server to stop.
    const response = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const req = http.request({ port, host: "127.0.0.1", method: "POST", path: "/api/v2/auth/login", headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode!, body: text, connection: res.headers.connection }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server!.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const exited = new Promise<number | null>((resolve) => server!.once("exit", resolve));

    const finished = await response.catch((error: Error) => {
      throw new Error(`${error.message}\n${output()}`);
    });
    expect(finished.status).toBe(401);
    expect(finished.connection).toBe("close"); // answered while draining: the client must not reuse the socket
    expect(JSON.parse(finished.body).message).toBe("Invalid credentials.");
    expect(await exited, `the server did not exit 0; its output:\n${output()}`).toBe(0);
    expect(output()).toContain("shutting down");
    await expect(fetch(`http://127.0.0.1:${port}/api/v2/health`)).rejects.toThrow();
  }, 60_000);

  it("on SIGTERM, answers a keep-alive client with Connection: close and closes its idle socket instead of resetting it", async () => {
    const { port, output } = await startServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; connection: string | undefined; socket: net.Socket }>((resolve, reject) => {
        const req = http.get({ port, host: "127.0.0.1", path: "/api/v2/health", agent }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode!, connection: res.headers.connection, socket: req.socket! }));
        });
        req.on("error", reject);
      });
    const first = await get();
    expect(first.connection).toBe("keep-alive");
    const closed = new Promise<boolean>((resolve) => first.socket.once("close", (hadError: boolean) => resolve(hadError)));
    const exited = new Promise<number | null>((resolve) => server!.once("exit", resolve));
    server!.kill("SIGTERM");
    expect(await closed).toBe(false); // closed by the server, cleanly, before the client reused it
    expect(await exited, `the server did not exit 0; its output:\n${output()}`).toBe(0);
    agent.destroy();
  }, 60_000);
});
