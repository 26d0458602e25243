import crypto from "node:crypto";
import type { KycOutcome, KycProvider } from "./kyc-provider.ts";

/**
 * Deterministic stand-in for the KYC vendors (documented in the README). Every well-formed input
 * verifies, except these, which the "vendor" does not find:
 * - PAN whose four digits are 0000 (e.g. ABCPE0000F)
 * - GSTIN whose embedded PAN has digits 0000
 * - bank account numbers ending in 0000
 * - Aadhaar numbers starting with 9999
 * - addresses with pincode 999999
 * Names come back as the registered name in capitals, as the real registries return them.
 */
export class SandboxKycProvider implements KycProvider {
  readonly name = "sandbox";

  private reference = () => `sandbox_${crypto.randomBytes(8).toString("hex")}`;

  private result<T>(notFound: boolean, reason: string, details: T): KycOutcome<T> {
    return notFound ? { verified: false, reference: this.reference(), reason } : { verified: true, reference: this.reference(), details };
  }

  async verifyPan({ pan, holderName }: { pan: string; holderName: string }) {
    return this.result(pan.slice(5, 9) === "0000", "PAN not found in the income-tax records.", { nameOnPan: holderName.toUpperCase() });
  }

  async verifyGstin({ gstin, holderName }: { gstin: string; holderName: string }) {
    return this.result(gstin.slice(7, 11) === "0000", "GSTIN not found or not active.", { legalName: holderName.toUpperCase() });
  }

  async verifyBankAccount({ accountNumber, holderName }: { accountNumber: string; ifsc: string; holderName: string }) {
    return this.result(accountNumber.endsWith("0000"), "Bank account not found: the penny drop failed.", { nameAtBank: holderName.toUpperCase() });
  }

  async verifyAadhaar({ aadhaar }: { aadhaar: string }) {
    return this.result(aadhaar.startsWith("9999"), "Aadhaar number could not be verified.", {});
  }

  async verifyAddress({ pincode }: { pincode: string }) {
    return this.result(pincode === "999999", "Address could not be verified for this pincode.", {});
  }
}
