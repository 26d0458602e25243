import Razorpay from "razorpay";
import { GatewayUnavailable, type PaymentConfirmation, type PaymentGateway } from "./payment-gateway.ts";

/** The slice of the official SDK we use, so tests can hand in a recording fake. */
export interface RazorpayClient {
  orders: { create(body: { amount: number; currency: string; receipt: string; notes: Record<string, string> }): Promise<{ id: string }> };
  payments: {
    fetch(id: string): Promise<{ id: string; order_id?: string | null; amount: number | string; status: string; error_description?: string | null }>;
    capture(id: string, amount: number, currency: string): Promise<{ status: string }>;
  };
}

const toSubunits = (paise: bigint) => {
  if (paise > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("amount too large for the gateway");
  return Number(paise);
};

export class RazorpayPaymentGateway implements PaymentGateway {
  readonly name = "razorpay" as const;
  private readonly client: RazorpayClient;

  constructor(
    readonly keyId: string,
    readonly keySecret: string,
    readonly webhookSecret: string,
    client?: RazorpayClient,
  ) {
    this.client = client ?? (new Razorpay({ key_id: keyId, key_secret: keySecret }) as unknown as RazorpayClient);
  }

  async createOrder(input: { amountPaise: bigint; currency: "INR"; receipt: string; notes: Record<string, string> }) {
    try {
      const order = await this.client.orders.create({ amount: toSubunits(input.amountPaise), currency: input.currency, receipt: input.receipt, notes: input.notes });
      return { orderId: order.id };
    } catch (error) {
      throw new GatewayUnavailable(`razorpay order creation failed: ${describe(error)}`, { cause: error });
    }
  }

  async confirmPayment({ paymentId, orderId, amountPaise }: { paymentId: string; orderId: string; amountPaise: bigint }): Promise<PaymentConfirmation> {
    let payment;
    try {
      payment = await this.client.payments.fetch(paymentId);
    } catch (error) {
      throw new GatewayUnavailable(`razorpay payment fetch failed: ${describe(error)}`, { cause: error });
    }
    if (payment.order_id !== orderId) return { captured: false, failed: false, reason: "The payment belongs to another order." };
    if (BigInt(payment.amount) !== amountPaise) return { captured: false, failed: false, reason: "The payment amount does not match the order." };
    if (payment.status === "failed") return { captured: false, failed: true, reason: payment.error_description ?? "Payment failed." };
    if (payment.status === "authorized") {
      try {
        const captured = await this.client.payments.capture(paymentId, toSubunits(amountPaise), "INR");
        if (captured.status === "captured") return { captured: true };
      } catch (error) {
        throw new GatewayUnavailable(`razorpay capture failed: ${describe(error)}`, { cause: error });
      }
    }
    if (payment.status === "captured") return { captured: true };
    return { captured: false, failed: false, reason: `The payment is ${payment.status}, not captured.` };
  }
}

function describe(error: unknown): string {
  const sdkError = error as { error?: { description?: string }; statusCode?: number; message?: string };
  return sdkError.error?.description ?? sdkError.message ?? String(error);
}
