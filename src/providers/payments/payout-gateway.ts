/** Sends money from the platform to a user's bank account. RazorpayX or a bank API in production. */
export interface PayoutGateway {
  readonly name: string;
  createPayout(input: { reference: string; amountPaise: bigint; accountNumber: string; ifsc: string; beneficiaryName: string }): Promise<PayoutResult>;
}

export type PayoutResult =
  | { payoutId: string; status: "processed" }
  | { payoutId: string; status: "processing" }
  | { payoutId: string; status: "failed"; reason: string };
