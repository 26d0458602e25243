/** Where wallet top-ups are paid. Razorpay in production; a local sandbox by default and in tests. */
export interface PaymentGateway {
  readonly name: "sandbox" | "razorpay";
  /** Public key id the app's checkout needs. */
  readonly keyId: string;
  /** Secret that signs checkout results ("order_id|payment_id"). */
  readonly keySecret: string;
  /** Secret that signs webhook bodies. */
  readonly webhookSecret: string;
  createOrder(input: { amountPaise: bigint; currency: "INR"; receipt: string; notes: Record<string, string> }): Promise<{ orderId: string }>;
  /**
   * Asks the gateway whether this payment really is a captured payment of `amountPaise` for `orderId`
   * (captures it first when it is only authorized). A signature alone proves the checkout happened;
   * this proves the money arrived.
   */
  confirmPayment(input: { paymentId: string; orderId: string; amountPaise: bigint }): Promise<PaymentConfirmation>;
}

export type PaymentConfirmation = { captured: true } | { captured: false; failed: boolean; reason: string };

/** The gateway could not be reached: nothing changed on our side, the client may retry. */
export class GatewayUnavailable extends Error {
  override name = "GatewayUnavailable";
}
