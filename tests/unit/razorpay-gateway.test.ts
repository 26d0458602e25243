import { describe, expect, it } from "vitest";
import { GatewayUnavailable } from "../../src/providers/payments/payment-gateway.ts";
import { RazorpayPaymentGateway, type RazorpayClient } from "../../src/providers/payments/razorpay-payment-gateway.ts";

/** Records what the gateway asks the SDK and answers with the given payment. */
function recordingClient(payment: Awaited<ReturnType<RazorpayClient["payments"]["fetch"]>>, captureStatus = "captured") {
  const calls: unknown[][] = [];
  const client: RazorpayClient = {
    orders: {
      create: async (body) => {
        calls.push(["orders.create", body]);
        return { id: "order_rec123" };
      },
    },
    payments: {
      fetch: async (id) => {
        calls.push(["payments.fetch", id]);
        return payment;
      },
      capture: async (id, amount, currency) => {
        calls.push(["payments.capture", id, amount, currency]);
        return { status: captureStatus };
      },
    },
  };
  return { client, calls };
}

const gateway = (client: RazorpayClient) => new RazorpayPaymentGateway("rzp_live_x", "secret", "whsecret", client);

describe("RazorpayPaymentGateway", () => {
  it("creates orders in paise with our receipt and notes", async () => {
    const { client, calls } = recordingClient({ id: "pay_1", amount: 0, status: "created" });
    expect(await gateway(client).createOrder({ amountPaise: 123450n, currency: "INR", receipt: "hundi_r1", notes: { user_id: "5" } })).toEqual({ orderId: "order_rec123" });
    expect(calls).toEqual([["orders.create", { amount: 123450, currency: "INR", receipt: "hundi_r1", notes: { user_id: "5" } }]]);
  });

  it("confirms a captured payment of the right order and amount", async () => {
    const { client } = recordingClient({ id: "pay_1", order_id: "order_1", amount: 5000, status: "captured" });
    expect(await gateway(client).confirmPayment({ paymentId: "pay_1", orderId: "order_1", amountPaise: 5000n })).toEqual({ captured: true });
  });

  it("captures an authorized payment before confirming it", async () => {
    const { client, calls } = recordingClient({ id: "pay_1", order_id: "order_1", amount: 5000, status: "authorized" });
    expect(await gateway(client).confirmPayment({ paymentId: "pay_1", orderId: "order_1", amountPaise: 5000n })).toEqual({ captured: true });
    expect(calls).toContainEqual(["payments.capture", "pay_1", 5000, "INR"]);
  });

  it.each([
    [{ id: "pay_1", order_id: "order_other", amount: 5000, status: "captured" }, { captured: false, failed: false, reason: "The payment belongs to another order." }],
    [{ id: "pay_1", order_id: "order_1", amount: 4999, status: "captured" }, { captured: false, failed: false, reason: "The payment amount does not match the order." }],
    [{ id: "pay_1", order_id: "order_1", amount: 5000, status: "failed", error_description: "Card declined" }, { captured: false, failed: true, reason: "Card declined" }],
    [{ id: "pay_1", order_id: "order_1", amount: 5000, status: "refunded" }, { captured: false, failed: false, reason: "The payment is refunded, not captured." }],
  ])("does not confirm %j", async (payment, expected) => {
    const { client } = recordingClient(payment);
    expect(await gateway(client).confirmPayment({ paymentId: "pay_1", orderId: "order_1", amountPaise: 5000n })).toEqual(expected);
  });

  it("reports an unreachable Razorpay as unavailable, not as a failed payment", async () => {
    const { client } = recordingClient({ id: "pay_1", amount: 0, status: "captured" });
    client.payments.fetch = async () => {
      throw { statusCode: 502, error: { description: "Bad gateway" } };
    };
    await expect(gateway(client).confirmPayment({ paymentId: "pay_1", orderId: "order_1", amountPaise: 1n })).rejects.toBeInstanceOf(GatewayUnavailable);
  });
});
