import crypto from "node:crypto";
import type { PayoutGateway, PayoutResult } from "./payout-gateway.ts";

/**
 * Deterministic payouts for development and tests, chosen by the amount's paise:
 * - ...99 paise (e.g. ₹500.99): the bank rejects it at once (failed, money back in the wallet);
 * - ...98 paise: accepted but still processing; it settles later through a `payout.processed` or
 *   `payout.failed` webhook, as RazorpayX reports real payouts;
 * - anything else: processed at once.
 */
export class SandboxPayoutGateway implements PayoutGateway {
  readonly name = "sandbox";

  async createPayout({ amountPaise }: { amountPaise: bigint }): Promise<PayoutResult> {
    const payoutId = `pout_${crypto.randomBytes(7).toString("hex")}`;
    const paise = amountPaise % 100n;
    if (paise === 99n) return { payoutId, status: "failed", reason: "Beneficiary bank rejected the transfer (sandbox)." };
    if (paise === 98n) return { payoutId, status: "processing" };
    return { payoutId, status: "processed" };
  }
}
