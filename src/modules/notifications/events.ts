// What each event says to the user. Later features add their events here, so the wording of every
// push lives in one place.

export interface NotificationEvents {
  "account.approved": Record<string, never>;
  "account.rejected": { reason?: string | null };
  "account.suspended": { reason?: string | null };
  "account.reactivated": Record<string, never>;
  "kyc.verified": { check: string; reason: null };
  "kyc.failed": { check: string; reason: string | null };
  "payment.credited": { payment_id: number; amount: number };
  "payment.failed": { payment_id: number; amount: number; reason: string | null };
  "withdrawal.processed": { withdrawal_id: number; amount: number };
  "withdrawal.failed": { withdrawal_id: number; amount: number; reason: string | null };
  "bid.placed": { factoring_unit_id: number; bid_id: number; invoice_no: string; amount: number };
  "bid.accepted": { factoring_unit_id: number; bid_id: number; invoice_no: string; amount: number };
  "bid.rejected": { factoring_unit_id: number; bid_id: number; invoice_no: string; amount: number; reason: string | null };
  "bid.expired": { factoring_unit_id: number; bid_id: number; invoice_no: string; amount: number; reason: string | null };
  "fu.expired": { factoring_unit_id: number; invoice_no: string; due_date: string; min_tenor_days: number };
  "fu.financed": { factoring_unit_id: number; invoice_no: string; amount: number; credited: number };
  "fu.repayment_due": { factoring_unit_id: number; invoice_no: string; due_date: string; amount: number; role: "owner" | "funder" };
  "fu.overdue": { factoring_unit_id: number; invoice_no: string; due_date: string; amount: number; role: "owner" | "funder" };
  "repayment.received": { factoring_unit_id: number; invoice_no: string; amount: number };
  "webhook_endpoint.disabled": { endpoint_id: number; url: string; reason: string };
}

const checkNames: Record<string, string> = { pan: "PAN", gst: "GSTIN", bank_account: "bank account", aadhaar: "Aadhaar", address: "address" };
// One formatter, made once: toLocaleString builds a new Intl.NumberFormat on every call (~0.2 ms, on
// every money step's notification).
const rupees = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const inr = (amount: number) => `₹${rupees.format(amount)}`;

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
  "account.reactivated": () => ({ title: "Account reactivated", body: "Your Hundi account is active again. You can trade on the marketplace." }),
  "kyc.verified": ({ check }) => ({ title: "KYC verified", body: `Your ${checkNames[check] ?? check} has been verified.` }),
  "kyc.failed": ({ check, reason }) => ({
    title: "KYC verification failed",
    body: `Your ${checkNames[check] ?? check} could not be verified${reason ? `: ${reason}` : "."}`,
  }),
  "payment.credited": ({ amount }) => ({ title: "Wallet credited", body: `${inr(amount)} has been added to your wallet.` }),
  "payment.failed": ({ amount, reason }) => ({ title: "Payment failed", body: `Your payment of ${inr(amount)} failed${reason ? `: ${reason}` : "."}` }),
  "withdrawal.processed": ({ amount }) => ({ title: "Withdrawal sent", body: `${inr(amount)} has been sent to your bank account.` }),
  "bid.placed": ({ invoice_no, amount }) => ({ title: "New bid", body: `A bid of ${inr(amount)} was placed on invoice ${invoice_no}.` }),
  "bid.accepted": ({ invoice_no, amount }) => ({ title: "Bid accepted", body: `Your bid of ${inr(amount)} on invoice ${invoice_no} was accepted.` }),
  "bid.rejected": ({ invoice_no, amount, reason }) => ({
    title: "Bid not accepted",
    body: `Your bid of ${inr(amount)} on invoice ${invoice_no} was not accepted${reason ? `: ${reason}` : "."} The amount is available in your wallet again.`,
  }),
  "bid.expired": ({ invoice_no, amount, reason }) => ({
    title: "Bid expired",
    body: `Your bid of ${inr(amount)} on invoice ${invoice_no} expired${reason ? `: ${reason}` : "."} The amount is available in your wallet again.`,
  }),
  "fu.expired": ({ invoice_no, due_date, min_tenor_days }) => ({
    title: "Invoice listing expired",
    body: `Invoice ${invoice_no} (due ${due_date}) was not financed and is now within ${min_tenor_days} days of its due date, so its listing has expired. Pending bids were released.`,
  }),
  "fu.financed": ({ invoice_no, credited }) => ({ title: "Invoice financed", body: `Invoice ${invoice_no} is financed: ${inr(credited)} has been added to your wallet.` }),
  "fu.repayment_due": ({ invoice_no, due_date, amount, role }) => ({
    title: "Repayment due soon",
    body: role === "owner" ? `Repay ${inr(amount)} for invoice ${invoice_no} by ${due_date}.` : `${inr(amount)} for invoice ${invoice_no} is due on ${due_date}.`,
  }),
  "fu.overdue": ({ invoice_no, due_date, amount, role }) => ({
    title: "Repayment overdue",
    body: role === "owner" ? `Your repayment of ${inr(amount)} for invoice ${invoice_no} was due on ${due_date}.` : `The repayment of ${inr(amount)} for invoice ${invoice_no} (due ${due_date}) is overdue.`,
  }),
  "repayment.received": ({ invoice_no, amount }) => ({ title: "Repayment received", body: `${inr(amount)} for invoice ${invoice_no} has been added to your wallet.` }),
  "webhook_endpoint.disabled": ({ url, reason }) => ({
    title: "Webhook endpoint disabled",
    body: `We stopped sending events to ${url}: ${reason} Fix the endpoint, then enable it again (PATCH /webhook-endpoints/{id} with "enabled": true) and replay what it missed.`,
  }),
  "withdrawal.failed": ({ amount, reason }) => ({
    title: "Withdrawal failed",
    body: `Your withdrawal of ${inr(amount)} failed and the money is back in your wallet${reason ? `: ${reason}` : "."}`,
  }),
};
