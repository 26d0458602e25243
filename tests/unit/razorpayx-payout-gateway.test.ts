import { describe, expect, it } from "vitest";
import { RazorpayXPayoutGateway } from "../../src/providers/payments/razorpayx-payout-gateway.ts";

/** A recording stand-in for fetch that answers like RazorpayX. */
function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fake = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  }) as unknown as typeof fetch;
  return { fake, calls };
}

const input = { reference: "withdrawal_42", amountPaise: 1_000_050n, accountNumber: "50100123456789", ifsc: "HDFC0001234", beneficiaryName: "ASHA TRADERS" };
const gateway = (fake: typeof fetch) => new RazorpayXPayoutGateway({ keyId: "rzp_live_k", keySecret: "s3cret", accountNumber: "7878780080316316" }, fake);

describe("RazorpayXPayoutGateway", () => {
  it("sends one composite payout with basic auth and our reference as the idempotency key", async () => {
    const { fake, calls } = recordingFetch(200, { id: "pout_1", status: "queued" });
    expect(await gateway(fake).createPayout(input)).toEqual({ payoutId: "pout_1", status: "processing" });
    expect(calls).toHaveLength(1);
    const { url, init } = calls[0]!;
    expect(url).toBe("https://api.razorpay.com/v1/payouts");
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${Buffer.from("rzp_live_k:s3cret").toString("base64")}`);
    expect(headers["X-Payout-Idempotency"]).toBe("withdrawal_42");
    expect(JSON.parse(init.body as string)).toMatchObject({
      account_number: "7878780080316316",
      amount: 1000050,
      currency: "INR",
      mode: "IMPS",
      reference_id: "withdrawal_42",
      fund_account: { account_type: "bank_account", bank_account: { name: "ASHA TRADERS", ifsc: "HDFC0001234", account_number: "50100123456789" } },
    });
  });

  it.each([
    [{ id: "pout_2", status: "processed" }, { payoutId: "pout_2", status: "processed" }],
    [{ id: "pout_3", status: "processing" }, { payoutId: "pout_3", status: "processing" }],
    [{ id: "pout_4", status: "rejected", status_details: { description: "Beneficiary account is closed" } }, { payoutId: "pout_4", status: "failed", reason: "Beneficiary account is closed" }],
  ])("maps %j", async (body, expected) => {
    expect(await gateway(recordingFetch(200, body).fake).createPayout(input)).toEqual(expected);
  });

  it("treats a 4xx as a refused payout (safe to release) and a 5xx as unknown (throws)", async () => {
    const refused = await gateway(recordingFetch(400, { error: { description: "The ifsc is invalid" } }).fake).createPayout(input);
    expect(refused).toMatchObject({ status: "failed", reason: "The ifsc is invalid" });
    await expect(gateway(recordingFetch(502, {}).fake).createPayout(input)).rejects.toThrow("HTTP 502");
  });
});
