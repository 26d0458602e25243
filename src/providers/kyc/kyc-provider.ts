// Identity checks are a vendor's job (NSDL/Protean for PAN, GSTN, a penny-drop bank API, UIDAI
// partners). The routes only know this interface; the sandbox is the default and the test double.

export type KycOutcome<T> = { verified: true; reference: string; details: T } | { verified: false; reference: string; reason: string };

export interface KycProvider {
  readonly name: string;
  verifyPan(input: { pan: string; holderName: string }): Promise<KycOutcome<{ nameOnPan: string }>>;
  verifyGstin(input: { gstin: string; holderName: string }): Promise<KycOutcome<{ legalName: string }>>;
  /** "Penny drop": deposits ₹1 and reads back the account holder's name. */
  verifyBankAccount(input: { accountNumber: string; ifsc: string; holderName: string }): Promise<KycOutcome<{ nameAtBank: string }>>;
  verifyAadhaar(input: { aadhaar: string }): Promise<KycOutcome<Record<string, never>>>;
  verifyAddress(input: { line1: string; line2?: string | null; city: string; state: string; pincode: string }): Promise<KycOutcome<Record<string, never>>>;
}

/** The vendor could not be reached or answered nonsense: nothing is recorded, the client may retry. */
export class KycProviderUnavailable extends Error {
  override name = "KycProviderUnavailable";
}
