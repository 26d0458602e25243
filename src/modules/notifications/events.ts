// What each event says to the user. Later features add their events here, so the wording of every
// push lives in one place.

export interface NotificationEvents {
  "account.approved": Record<string, never>;
  "account.rejected": { reason?: string | null };
  "account.suspended": { reason?: string | null };
  "kyc.verified": { check: string; reason: null };
  "kyc.failed": { check: string; reason: string | null };
  "payment.credited": { payment_id: number; amount: number };
  "payment.failed": { payment_id: number; amount: number; reason: string | null };
  "withdrawal.processed": { withdrawal_id: number; amount: number };
  "withdrawal.failed": { withdrawal_id: number; amount: number; reason: string | null };
}

const checkNames: Record<string, string> = { pan: "PAN", gst: "GSTIN", bank_account: "bank account", aadhaar: "Aadhaar", address: "address" };
const inr = (amount: number) => `₹${amount.toLocaleString("en-IN", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;

export type NotificationEvent = keyof NotificationEvents;

type Templates = { [E in NotificationEvent]: (data: NotificationEvents[E]) => { title: string; body: string } };

export const notificationTemplates: Templates = {
  "account.approved": () => ({ title: "Account approved", body: "Your Hundi account is active. You can now trade on the marketplace." }),
  "account.rejected": ({ reason }) => ({
    title: "Account not approved",
    body: reason ? `Your account application was not approved: ${reason}` : "Your account application was not approved.",
  }),
  "account.suspended": ({ reason }) => ({
    title: "Account suspended",
    body: reason ? `Your account has been suspended: ${reason}` : "Your account has been suspended. Contact support for details.",
  }),
  "kyc.verified": ({ check }) => ({ title: "KYC verified", body: `Your ${checkNames[check] ?? check} has been verified.` }),
  "kyc.failed": ({ check, reason }) => ({
    title: "KYC verification failed",
    body: `Your ${checkNames[check] ?? check} could not be verified${reason ? `: ${reason}` : "."}`,
  }),
  "payment.credited": ({ amount }) => ({ title: "Wallet credited", body: `${inr(amount)} has been added to your wallet.` }),
  "payment.failed": ({ amount, reason }) => ({ title: "Payment failed", body: `Your payment of ${inr(amount)} failed${reason ? `: ${reason}` : "."}` }),
  "withdrawal.processed": ({ amount }) => ({ title: "Withdrawal sent", body: `${inr(amount)} has been sent to your bank account.` }),
  "withdrawal.failed": ({ amount, reason }) => ({
    title: "Withdrawal failed",
    body: `Your withdrawal of ${inr(amount)} failed and the money is back in your wallet${reason ? `: ${reason}` : "."}`,
  }),
};
