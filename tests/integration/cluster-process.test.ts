import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../helpers/throwaway-database.ts";
import { testEnv } from "../helpers/test-app.ts";

// `npm run start:cluster` in its own process tree: workers share one port, a killed worker is
// replaced, SIGTERM drains them all and the primary exits 0.

let primary: ChildProcess | undefined;
afterAll(() => primary?.kill("SIGKILL"));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (check: () => boolean | Promise<boolean>, what: string, seconds = 30) => {
  for (let i = 0; i < seconds * 10; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("cluster", () => {
  it("runs WEB_CONCURRENCY workers on one port, replaces a dead one and drains on SIGTERM", async () => {
    const port = await freePort();
    primary = spawn(process.execPath, ["--import", "tsx", "src/cluster.ts"], {
      env: { ...process.env, ...testEnv({ PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "info", MIGRATE_ON_START: "true", WEB_CONCURRENCY: "2" }) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    primary.stdout!.on("data", (chunk) => (output += chunk));
    primary.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => primary!.once("exit", resolve));
    const workers = () => [...output.matchAll(/"worker":(\d+),"msg":"cluster worker started"/g)].map((m) => Number(m[1]));
    const listening = () => (output.match(/Hundi API listening on/g) ?? []).length;
    const healthy = () => fetch(`http://127.0.0.1:${port}/api/v2/health`).then((r) => r.ok, () => false);

    await until(() => listening() >= 2, `two workers listening\n${output}`);
    expect(workers()).toHaveLength(2);
    for (let i = 0; i < 10; i++) expect(await healthy()).toBe(true);

    const [victim] = workers();
    process.kill(victim!, "SIGKILL");
    await until(() => workers().length === 3 && listening() >= 3, `a replacement worker\n${output}`);
    expect(output).toContain("cluster worker died; starting another");
    expect(await healthy()).toBe(true);

    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("cluster stopped");
    for (const pid of workers()) expect(alive(pid)).toBe(false);
    expect(await healthy()).toBe(false);
  }, 90_000);
});
