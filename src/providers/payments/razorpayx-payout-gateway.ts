import type { PayoutGateway, PayoutResult } from "./payout-gateway.ts";

// RazorpayX payouts (the `razorpay` SDK covers payments, not RazorpayX): one composite
// POST /v1/payouts with the bank account and contact inline. `X-Payout-Idempotency` (mandatory) is our
// withdrawal reference, so a retried request can never send the money twice.

const PAYOUTS_URL = "https://api.razorpay.com/v1/payouts";
const TIMEOUT_MS = 15_000;

interface RazorpayXPayout {
  id: string;
  status: string;
  status_details?: { description?: string | null; reason?: string | null } | null;
}

type Fetch = typeof fetch;

export class RazorpayXPayoutGateway implements PayoutGateway {
  readonly name = "razorpayx";

  constructor(
    private readonly options: { keyId: string; keySecret: string; accountNumber: string; mode?: "IMPS" | "NEFT" | "RTGS" },
    private readonly fetchImpl: Fetch = fetch,
  ) {}

  async createPayout(input: { reference: string; amountPaise: bigint; accountNumber: string; ifsc: string; beneficiaryName: string }): Promise<PayoutResult> {
    const response = await this.fetchImpl(PAYOUTS_URL, {
      method: "POST",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        Authorization: `Basic ${Buffer.from(`${this.options.keyId}:${this.options.keySecret}`).toString("base64")}`,
        "Content-Type": "application/json",
        "X-Payout-Idempotency": input.reference,
      },
      body: JSON.stringify({
        account_number: this.options.accountNumber,
        amount: Number(input.amountPaise),
        currency: "INR",
        mode: this.options.mode ?? "IMPS",
        purpose: "payout",
        queue_if_low_balance: true,
        reference_id: input.reference,
        narration: "Hundi wallet withdrawal",
        fund_account: {
          account_type: "bank_account",
          bank_account: { name: input.beneficiaryName, ifsc: input.ifsc, account_number: input.accountNumber },
          contact: { name: input.beneficiaryName, type: "customer", reference_id: input.reference },
        },
      }),
    });
    const body = (await response.json().catch(() => ({}))) as RazorpayXPayout & { error?: { description?: string } };
    // A 4xx means RazorpayX refused to create the payout: nothing left, so the hold can be released.
    // A 5xx (or no answer) leaves the outcome unknown: throw, and the withdrawal stays on hold.
    if (response.status >= 400 && response.status < 500) {
      return { payoutId: `rejected_${input.reference}`, status: "failed", reason: body.error?.description ?? `RazorpayX refused the payout (HTTP ${response.status}).` };
    }
    if (!response.ok || !body.id) throw new Error(`RazorpayX payout request failed: HTTP ${response.status}`);
    if (body.status === "processed") return { payoutId: body.id, status: "processed" };
    if (["failed", "rejected", "cancelled", "reversed"].includes(body.status)) {
      return { payoutId: body.id, status: "failed", reason: body.status_details?.description ?? `Payout ${body.status}.` };
    }
    return { payoutId: body.id, status: "processing" }; // queued, pending, processing: a payout.* webhook settles it
  }
}
