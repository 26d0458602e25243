import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { destinationAgent, refusalOfAddress, refusalOfUrl } from "../../src/modules/webhooks/outbound-address.ts";
import { RETRY_DELAYS_SECONDS, retryDelayMs } from "../../src/modules/webhooks/webhook-schedule.ts";

const production = { production: true };
const development = { production: false };

describe("where a webhook may go", () => {
  it.each([
    "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10", "169.254.169.254", "100.100.100.200", "100.64.0.1", "0.0.0.0", "224.0.0.1",
    "fd00:ec2::254", "fe80::1", "::", "::ffff:10.0.0.1", "::ffff:169.254.169.254",
  ])("never %s", (address) => {
    expect(refusalOfAddress(address, production)).toMatch(/is not a public address \((private|linkLocal|carrierGradeNat|unspecified|multicast|uniqueLocal)\)$/);
    expect(refusalOfAddress(address, development)).toMatch(/is not a public address/);
  });

  it("loopback only outside production, at the addresses a local receiver listens on", () => {
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect(refusalOfAddress(address, production), address).toMatch(/loopback/);
      expect(refusalOfAddress(address, development), address).toBeNull();
    }
    expect(refusalOfAddress("127.9.9.9", development)).toMatch(/loopback/);
  });

  it("public addresses", () => {
    for (const address of ["8.8.8.8", "13.235.1.1", "2606:4700::1111", "172.32.0.1"]) expect(refusalOfAddress(address, production), address).toBeNull();
  });

  it("https only in production; no credentials; no local names", () => {
    expect(refusalOfUrl("https://erp.example.in/hooks", production)).toBeNull();
    expect(refusalOfUrl("http://erp.example.in/hooks", production)).toBe("must use https");
    expect(refusalOfUrl("http://erp.example.in/hooks", development)).toBeNull();
    expect(refusalOfUrl("https://localhost/hooks", production)).toBe("must name a public host");
    expect(refusalOfUrl("https://intranet/hooks", production)).toBe("must name a public host");
    expect(refusalOfUrl("http://localhost:4000/hooks", development)).toBeNull();
    expect(refusalOfUrl("https://[::1]/", production)).toMatch(/loopback/);
    expect(refusalOfUrl("https://a:b@erp.example.in/", production)).toBe("must not carry credentials");
    expect(refusalOfUrl("file:///etc/passwd", development)).toMatch(/must use https/);
  });

  it("refuses at connection time a name that resolves to a refused address, and any refused literal address", async () => {
    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    // "runsc" resolves to 127.0.0.1 on these machines (/etc/hosts): a name, so only the connection can tell.
    const get = (url: string, production: boolean) =>
      new Promise<string>((resolve) => {
        http.get(url, { agent: destinationAgent("http:", { production }) }, (res) => resolve(`HTTP ${res.statusCode}`)).on("error", (error) => resolve(error.message));
      });
    try {
      expect(await get(`http://runsc:${port}/`, true)).toMatch(/is not allowed/);
      expect(await get(`http://runsc:${port}/`, false)).toBe("HTTP 200");
      expect(await get("http://10.0.0.1/", false)).toMatch(/is not allowed/);
      expect(await get("http://169.254.169.254/latest/meta-data", false)).toMatch(/is not allowed/);
    } finally {
      server.close();
    }
  });
});

describe("the retry schedule", () => {
  it("waits about 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h, 12 h, then gives up", () => {
    expect(RETRY_DELAYS_SECONDS).toEqual([5, 30, 120, 600, 1800, 7200, 21600, 43200]);
    RETRY_DELAYS_SECONDS.forEach((seconds, index) => {
      expect(retryDelayMs(index + 1, undefined, () => 0)).toBe(seconds * 800);
      expect(retryDelayMs(index + 1, undefined, () => 1)).toBe(seconds * 1200);
    });
    expect(retryDelayMs(RETRY_DELAYS_SECONDS.length + 1)).toBeNull();
  });
});
