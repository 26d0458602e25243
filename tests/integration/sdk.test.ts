import fs from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHundiClient, HundiApiError, verifyWebhook } from "../../sdk/src/index.ts";
import { generatedSources } from "../../sdk/scripts/generate.ts";
import { WebhookDelivery } from "../../src/jobs/webhook-delivery.ts";
import { createLogger } from "../../src/logger.ts";
import { attemptDeps } from "../../src/modules/webhooks/webhook-attempts.ts";
import { DEFAULT_PASSWORD } from "../helpers/factories.ts";
import { testJobQueue } from "../helpers/push-jobs.ts";
import { startWebhookReceiver } from "../helpers/webhook-receiver.ts";
import { fuBody, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The TypeScript SDK (sdk/) against the real server over HTTP: its generated types are fresh, and a
// client logs in, lists page by page, bids (with an automatic Idempotency-Key), accepts, and gets the
// error envelope as a typed error; it sets up a webhook endpoint and verifies what a receiver gets.

let t: TestApp;
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  server = t.app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** A client for a user, logged in through the SDK itself. */
async function loggedIn(email: string) {
  const { data } = await createHundiClient({ baseUrl }).api.POST("/api/v2/auth/login", { body: { email, password: DEFAULT_PASSWORD } });
  return createHundiClient({ baseUrl, token: data!.data.token });
}

describe("@hundi/sdk", () => {
  it("has generated sources that match openapi.yaml (run `npm run sdk:build` after changing the API)", async () => {
    for (const [file, text] of Object.entries(await generatedSources())) {
      expect(fs.readFileSync(path.resolve("sdk", file), "utf8"), file).toBe(text);
    }
  });

  it("logs in, lists page by page, bids with an automatic Idempotency-Key, and accepts", async () => {
    const owner = await trader(t, "seller");
    const investor = await trader(t, "investor", 10_000_000n);
    const sellerClient = await loggedIn(owner.user.email);
    const investorClient = await loggedIn(investor.user.email);
    const listed: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { data } = await sellerClient.api.POST("/api/v2/factoring-units", { body: fuBody() as never });
      listed.push(data!.data.id);
    }
    const mine = [];
    for await (const unit of sellerClient.paginate("/api/v2/factoring-units", { per_page: 2 })) mine.push(unit.id);
    expect(mine.sort()).toEqual([...listed].sort());

    const { data: placed, response } = await investorClient.api.POST("/api/v2/bids/{fuId}", { params: { path: { fuId: listed[0]! } }, body: { bid_amount: 90000, bid_percentage: 12.5, bid_tenure: "90" } });
    expect(response.status).toBe(201);
    const keys = await t.prisma.idempotencyKey.findMany({ where: { userId: investor.user.id } });
    expect(keys).toMatchObject([{ scope: "POST /bids/{fuId}", status: "completed" }]);

    // A key of the caller's own is kept: the retry replays the first answer and holds the money once.
    const retry = () =>
      investorClient.api.POST("/api/v2/bids/{fuId}", { params: { path: { fuId: listed[1]! }, header: { "Idempotency-Key": "erp-order-42" } }, body: { bid_amount: 1000, bid_percentage: 12, bid_tenure: "30" } });
    const first = await retry();
    const second = await retry();
    expect(second.response.headers.get("idempotent-replayed")).toBe("true");
    expect(second.data!.data.id).toBe(first.data!.data.id);

    const { data: accepted } = await sellerClient.api.PUT("/api/v2/bids/{bidId}/status", { params: { path: { bidId: placed!.data.id } }, body: { status: "Accepted" } });
    expect(accepted!.data.status).toBe("Accepted");
  });

  it("throws the error envelope as a typed HundiApiError", async () => {
    const owner = await trader(t, "seller");
    const client = await loggedIn(owner.user.email);
    const error = await client.api.POST("/api/v2/factoring-units", { body: { ...fuBody(), fu_finance_amount: -5 } as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HundiApiError);
    expect(error).toMatchObject({ status: 422, code: "VALIDATION_ERROR", errors: { fu_finance_amount: [expect.any(String)] }, request_id: expect.any(String) });
    const missing = await client.api.GET("/api/v2/factoring-units/{id}", { params: { path: { id: 2_147_483_000 } } }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: "NOT_FOUND", message: "Factoring unit not found." });
  });

  it("works with an API key", async () => {
    const investor = await trader(t, "investor");
    const client = await loggedIn(investor.user.email);
    const { data: created } = await client.api.POST("/api/v2/api-keys", { body: { name: "SDK", scopes: ["read"] } });
    const keyed = createHundiClient({ baseUrl, apiKey: created!.data.secret });
    const { data: wallet } = await keyed.api.GET("/api/v2/payments/wallet");
    expect(wallet!.data).toMatchObject({ available: 0, currency: "INR" });
    await expect(keyed.api.POST("/api/v2/payments/withdraw", { body: { amount: 500 } })).rejects.toMatchObject({ status: 403, message: 'This API key lacks the "payments" scope.' });
  });

  it("creates a webhook endpoint, and verifies the bid.accepted event a loopback receiver gets", async () => {
    const owner = await trader(t, "seller");
    const investor = await trader(t, "investor", 10_000_000n);
    const sellerClient = await loggedIn(owner.user.email);
    const investorClient = await loggedIn(investor.user.email);
    const receiver = await startWebhookReceiver();
    const boss = await testJobQueue(t.config.databaseUrl!);
    try {
      const { data: endpoint } = await investorClient.api.POST("/api/v2/webhook-endpoints", { body: { url: receiver.url, events: ["bid.accepted"] } });
      const { data: unit } = await sellerClient.api.POST("/api/v2/factoring-units", { body: fuBody() as never });
      const { data: placed } = await investorClient.api.POST("/api/v2/bids/{fuId}", { params: { path: { fuId: unit!.data.id } }, body: { bid_amount: 90000, bid_percentage: 12.5, bid_tenure: "90" } });
      await sellerClient.api.PUT("/api/v2/bids/{bidId}/status", { params: { path: { bidId: placed!.data.id } }, body: { status: "Accepted" } });
      await new WebhookDelivery({ ...attemptDeps(t.deps), boss, logger: createLogger("silent"), pollingIntervalSeconds: 1 }).runOnce();

      expect(receiver.received).toHaveLength(1);
      const [delivery] = receiver.received;
      const event = verifyWebhook(delivery!.body, delivery!.headers, endpoint!.data.secret);
      if (event.type !== "bid.accepted") throw new Error(`unexpected ${event.type}`);
      // Narrowed by type: data is a Bid.
      expect(event.data).toMatchObject({ id: placed!.data.id, status: "Accepted", bid_amount: 90000, factoring_unit: { id: unit!.data.id } });
      expect(() => verifyWebhook(delivery!.body, delivery!.headers, `whsec_${Buffer.alloc(32, 1).toString("base64")}`)).toThrow();
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await receiver.close();
    }
  });

  it("verifies a Standard Webhooks signature, and refuses a tampered or stale one", () => {
    const secret = `whsec_${Buffer.alloc(24, 9).toString("base64")}`;
    const event = { id: "evt_1", type: "bid.accepted", created_at: new Date().toISOString(), data: { id: 7, status: "Accepted" } };
    const body = JSON.stringify(event);
    const now = new Date();
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": new Webhook(secret).sign("msg_1", now, body) };
    expect(verifyWebhook<typeof event>(body, headers, secret)).toEqual(event);
    expect(() => verifyWebhook(body.replace("Accepted", "Rejected"), headers, secret)).toThrow();
    const old = new Date(now.getTime() - 10 * 60_000);
    const stale = { ...headers, "webhook-timestamp": String(Math.floor(old.getTime() / 1000)), "webhook-signature": new Webhook(secret).sign("msg_1", old, body) };
    expect(() => verifyWebhook(body, stale, secret)).toThrow();
  });
});
