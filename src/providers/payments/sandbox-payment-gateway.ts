import crypto from "node:crypto";
import type { PaymentConfirmation, PaymentGateway } from "./payment-gateway.ts";

// Documented sandbox credentials (also in .env.example). Apps and tests sign checkout results and
// webhooks with these exactly as Razorpay would.
export const SANDBOX_KEY_ID = "rzp_test_hundisandbox";
export const SANDBOX_KEY_SECRET = "hundi_sandbox_key_secret";
export const SANDBOX_WEBHOOK_SECRET = "hundi_sandbox_webhook_secret";

/**
 * A local stand-in for Razorpay: orders get Razorpay-shaped ids, and a correctly signed payment is
 * captured, except payment ids starting with `pay_fail`, which the "bank" declines (to exercise the
 * failure path end to end).
 */
export class SandboxPaymentGateway implements PaymentGateway {
  readonly name = "sandbox" as const;

  constructor(
    readonly keyId = SANDBOX_KEY_ID,
    readonly keySecret = SANDBOX_KEY_SECRET,
    readonly webhookSecret = SANDBOX_WEBHOOK_SECRET,
  ) {}

  async createOrder(): Promise<{ orderId: string }> {
    return { orderId: `order_${crypto.randomBytes(7).toString("hex")}` };
  }

  async confirmPayment({ paymentId }: { paymentId: string }): Promise<PaymentConfirmation> {
    if (paymentId.startsWith("pay_fail")) return { captured: false, failed: true, reason: "Payment declined by the bank (sandbox)." };
    return { captured: true };
  }
}
