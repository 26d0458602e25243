import crypto from "node:crypto";

// Razorpay's signatures: hex HMAC-SHA256. Compared in constant time so response timing never tells
// an attacker how much of a forged signature was right.

export const hmacSha256Hex = (secret: string, payload: string | Buffer) => crypto.createHmac("sha256", secret).update(payload).digest("hex");

export function safeEqualHex(expectedHex: string, givenHex: unknown): boolean {
  if (typeof givenHex !== "string" || !/^[0-9a-f]+$/i.test(givenHex)) return false;
  const expected = Buffer.from(expectedHex, "hex");
  const given = Buffer.from(givenHex.toLowerCase(), "hex");
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** Checkout's `razorpay_signature`: HMAC of "<order_id>|<payment_id>" with the key secret. */
export const paymentSignatureValid = (keySecret: string, orderId: string, paymentId: string, signature: unknown) =>
  safeEqualHex(hmacSha256Hex(keySecret, `${orderId}|${paymentId}`), signature);

/** `X-Razorpay-Signature`: HMAC of the raw request body with the webhook secret (not the key secret). */
export const webhookSignatureValid = (webhookSecret: string, rawBody: Buffer, signature: unknown) =>
  safeEqualHex(hmacSha256Hex(webhookSecret, rawBody), signature);
