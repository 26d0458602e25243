import { paginationQuery } from "../../http/envelopes.ts";
import { dateTime, rupees } from "../../openapi/response-fields.ts";
import { integerField, MAX_ID, pathIdParams } from "../../validation/numeric-fields.ts";
import { z } from "../../validation/zod.ts";
import { USER_STATUSES } from "../accounts/account-admin.service.ts";
import { kycSummary } from "../kyc/kyc.schemas.ts";
import { accountFields } from "../profile/profile.schemas.ts";
import { walletData, withdrawalItem } from "../payments/payments.schemas.ts";

// Requests and responses of the admin API (/api/v2/admin/...), documented from the same schemas.

const IST_OFFSET = "+05:30";

/**
 * A day (YYYY-MM-DD, a day in India) or an instant (ISO 8601 with offset). `end` days include their
 * whole day (the instant returned is the next midnight in India), so `from=2026-11-01&to=2026-11-30`
 * is all of November.
 */
const dayOrInstant = (end: boolean, example: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
      const parsed = new Date(day ? `${value}T00:00:00${IST_OFFSET}` : value);
      if (Number.isNaN(parsed.getTime()) || (!day && !/^\d{4}-\d{2}-\d{2}T/.test(value))) {
        ctx.addIssue({ code: "custom", message: "The :attribute field must be a date (YYYY-MM-DD) or an ISO 8601 date-time." });
        return z.NEVER;
      }
      return day && end ? new Date(parsed.getTime() + 24 * 60 * 60 * 1000) : parsed;
    })
    .openapi({ type: "string", example, description: `A day in India (YYYY-MM-DD) or an ISO 8601 instant.${end ? " A day includes its whole day; an instant is exclusive." : ""}` });

const periodFields = { from: dayOrInstant(false, "2026-11-01").optional(), to: dayOrInstant(true, "2026-11-30").optional() };

const idFilter = (example: number, description: string) => integerField({ min: 1, max: MAX_ID, example, description }).optional();

export const reasonBody = z
  .object({ reason: z.string().trim().max(500).optional().openapi({ example: "PAN does not match the registered entity", description: "Required for reject and suspend; told to the user." }) })
  .openapi("AdminReasonRequest");

export const userIdParam = pathIdParams("userId", "User");
export const checkIdParam = pathIdParams("checkId", "KYC check");
export const withdrawalIdParam = pathIdParams("withdrawalId", "Withdrawal");
export const webhookEventIdParam = pathIdParams("eventId", "Webhook event");
export const idempotencyKeyIdParam = pathIdParams("keyId", "Idempotency key");
export const ledgerAccountParam = z.object({
  accountId: z.string().regex(/^(\d{1,10}|user:\d{1,10}:(wallet|holds)|platform:[a-z_]{1,40})$/, "Ledger account not found.").openapi({ example: "platform:platform_fees", description: "A numeric id or an account code (`user:12:wallet`, `user:12:holds`, `platform:platform_fees`, `platform:gst_payable`, `platform:razorpay_clearing`, `platform:payouts_in_transit`)." }),
});

export const listUsersQuery = paginationQuery.extend({
  status: z.enum(USER_STATUSES).optional(),
  role: z.enum(["buyer", "seller", "investor", "financer", "admin"]).optional(),
  q: z.string().trim().min(1).max(100).optional().openapi({ example: "asha", description: "Name or e-mail (contains, any case), phone digits, or the last 4 characters of the PAN." }),
  created_from: periodFields.from,
  created_to: periodFields.to,
});

export const adminUser = z
  .object({
    ...accountFields,
    status_reason: z.string().nullable().openapi({ example: null, description: "Why the account was rejected or suspended." }),
    created_at: dateTime(),
    updated_at: dateTime(),
  })
  .openapi("AdminUser");

const countsByStatus = z.record(z.string(), z.number().int()).openapi({ example: { Bidding: 2, Financed: 1 } });

export const adminUserDetail = adminUser
  .extend({
    kyc_status: kycSummary,
    wallet: walletData,
    counts: z.object({
      factoring_units: z.number().int().openapi({ example: 3 }),
      factoring_units_by_status: countsByStatus,
      factoring_units_funded: z.number().int().openapi({ example: 0 }),
      bids: z.number().int().openapi({ example: 5 }),
      bids_by_status: countsByStatus,
      withdrawals_processing: z.number().int().openapi({ example: 0 }),
    }),
  })
  .openapi("AdminUserDetail");

const kycTypes = ["pan", "gst", "bank_account", "aadhaar", "address"] as const;

export const kycQueueQuery = paginationQuery.extend({
  status: z.enum(["failed", "pending"]).optional().openapi({ description: "Both when absent." }),
  type: z.enum(kycTypes).optional(),
  user_id: idFilter(12, "Only this user's checks."),
});

export const kycDecisionBody = z
  .object({
    status: z.enum(["verified", "failed"]).openapi({ example: "verified" }),
    note: z.string().trim().min(1).max(500).openapi({ example: "PAN card checked by hand against the NSDL record", description: "Kept in the audit log; for `failed`, also the reason the user sees in /kyc/status." }),
  })
  .openapi("KycDecisionRequest");

export const adminKycCheck = z
  .object({
    id: z.number().int().openapi({ example: 31 }),
    user: z.object({ id: z.number().int().openapi({ example: 12 }), name: z.string().openapi({ example: "Asha Traders" }), email: z.string().openapi({ example: "asha@example.com" }), status: z.enum(USER_STATUSES) }),
    type: z.enum(kycTypes),
    status: z.enum(["pending", "verified", "failed"]),
    details: z.record(z.string(), z.unknown()).openapi({ example: { pan: "XXXXXX234F" }, description: "Masked values only." }),
    failure_reason: z.string().nullable().openapi({ example: "Name mismatch" }),
    provider_ref: z.string().nullable().openapi({ example: "sandbox-pan-1a2b3c" }),
    verified_at: dateTime().nullable(),
    created_at: dateTime(),
    updated_at: dateTime(),
  })
  .openapi("AdminKycCheck");

export const withdrawalsQuery = paginationQuery.extend({
  status: z.enum(["processing", "processed", "failed"]).default("processing"),
  user_id: idFilter(12, "Only this user's withdrawals."),
});

export const adminWithdrawal = withdrawalItem.extend({ user_id: z.number().int().openapi({ example: 12 }) }).openapi("AdminWithdrawal");

export const failWithdrawalBody = z
  .object({ reason: z.string().trim().min(1).max(500).optional().openapi({ example: "Beneficiary account closed", description: "Told to the user; defaults to `Payout failed (settled by operator).`" }) })
  .openapi("FailWithdrawalRequest");

export const webhookEventsQuery = paginationQuery.extend({
  status: z.enum(["failed", "unprocessed", "processed", "all"]).default("failed").openapi({ description: "`failed`: an error was recorded (default); `unprocessed`: not applied yet." }),
  event: z.string().trim().min(1).max(100).optional().openapi({ example: "payment.captured" }),
});

export const adminWebhookEvent = z
  .object({
    id: z.number().int().openapi({ example: 7 }),
    event_id: z.string().openapi({ example: "evt_29QQoUBi66xm2f" }),
    event: z.string().openapi({ example: "payment.captured" }),
    processed_at: dateTime().nullable(),
    processing_error: z.string().nullable().openapi({ example: "connection terminated unexpectedly" }),
    created_at: dateTime(),
    payload: z.record(z.string(), z.unknown()).openapi({ example: { event: "payment.captured", payload: {} } }),
  })
  .openapi("AdminWebhookEvent");

export const reprocessResult = z.object({ event: adminWebhookEvent, result: z.string().openapi({ example: "payment 17 credited" }) });

export const idempotencyKeysQuery = paginationQuery.extend({
  status: z.enum(["stuck", "in_progress", "completed"]).default("stuck").openapi({ description: "`stuck`: in progress for over 2 minutes (default)." }),
  user_id: idFilter(12, "Only this user's keys."),
});

export const adminIdempotencyKey = z
  .object({
    id: z.number().int().openapi({ example: 88 }),
    user_id: z.number().int().openapi({ example: 12 }),
    scope: z.string().openapi({ example: "POST /bids/{fuId}" }),
    key: z.string().openapi({ example: "3f1c2a9e-bid-7" }),
    status: z.enum(["in_progress", "completed"]),
    response_status: z.number().int().nullable().openapi({ example: null }),
    created_at: dateTime(),
  })
  .openapi("AdminIdempotencyKey");

const paise = (example: number) => z.number().int().openapi({ example, description: "Paise (signed: credits positive)." });

export const ledgerAccountData = z
  .object({
    id: z.number().int().openapi({ example: 3 }),
    code: z.string().openapi({ example: "platform:platform_fees" }),
    type: z.enum(["user_wallet", "user_holds", "razorpay_clearing", "platform_fees", "gst_payable", "payouts_in_transit"]),
    user_id: z.number().int().nullable().openapi({ example: null }),
    balance: rupees(1250.5, "Rupees: the sum of the account's entries."),
    balance_paise: paise(125050),
    entry_count: z.number().int().openapi({ example: 42 }),
    entries: z.array(
      z.object({
        id: z.number().int().openapi({ example: 901 }),
        transaction_id: z.number().int().openapi({ example: 450 }),
        reference: z.string().openapi({ example: "factoring_unit:9:financing" }),
        kind: z.string().openapi({ example: "hold_capture" }),
        description: z.string().openapi({ example: "Factoring unit financed" }),
        amount_paise: paise(90000),
        created_at: dateTime(),
      }),
    ),
  })
  .openapi("AdminLedgerAccount");

export const ledgerTransactionsQuery = paginationQuery.extend({
  reference: z.string().trim().min(1).max(200).optional().openapi({ example: "payment:17:captured" }),
  business_type: z.string().trim().min(1).max(50).optional().openapi({ example: "factoring_unit" }),
  business_id: z.string().trim().min(1).max(50).optional().openapi({ example: "9" }),
  kind: z.string().trim().min(1).max(50).optional().openapi({ example: "wallet_topup" }),
});

export const ledgerTransactionData = z
  .object({
    id: z.number().int().openapi({ example: 450 }),
    reference: z.string().openapi({ example: "payment:17:captured" }),
    kind: z.string().openapi({ example: "wallet_topup" }),
    business_type: z.string().openapi({ example: "payment" }),
    business_id: z.string().openapi({ example: "17" }),
    description: z.string().openapi({ example: "Wallet top-up via Razorpay" }),
    created_at: dateTime(),
    entries: z.array(z.object({ account: z.string().openapi({ example: "user:12:wallet" }), amount_paise: paise(5000000) })),
  })
  .openapi("AdminLedgerTransaction");

export const ledgerCheckData = z
  .object({
    ok: z.boolean().openapi({ example: true }),
    transactions: z.number().int().openapi({ example: 1200 }),
    accounts: z.number().int().openapi({ example: 310 }),
    problems: z.array(z.object({ kind: z.string().openapi({ example: "unbalanced_transaction" }), id: z.string().openapi({ example: "450" }), detail: z.string().openapi({ example: "entries sum to 100" }) })),
  })
  .openapi("LedgerCheckResult");

export const reportQuery = z.object(periodFields);

const countAndMoney = (name: string, count: number, money: number) => ({ count: z.number().int().openapi({ example: count }), [name]: rupees(money) });

export const platformReportData = z
  .object({
    period: z.object({ from: dateTime("2026-10-31T18:30:00.000Z"), to: dateTime("2026-11-30T18:30:00.000Z") }),
    currency: z.literal("INR"),
    fees_collected: rupees(12500),
    gst_collected: rupees(2250),
    financed: z.object(countAndMoney("principal", 14, 1250000)),
    repaid: z.object(countAndMoney("amount", 9, 830000)),
    listed: z.object({ count: z.number().int().openapi({ example: 40 }) }),
    wallet_topups: rupees(2000000),
    withdrawals_settled: rupees(450000),
    outstanding: z.object({ ...countAndMoney("principal", 5, 420000), repayment_due: rupees(431000) }),
    overdue: z.object(countAndMoney("repayment_due", 1, 86000)),
  })
  .openapi("PlatformReport");

export const auditLogQuery = paginationQuery.extend({
  actor: z.string().trim().min(1).max(100).optional().openapi({ example: "admin:3", description: "`admin:<id>`, `cli:<OS user>`, `user:<id>`, or a prefix ending in `:` (`cli:`)." }),
  target: z.string().trim().min(1).max(100).optional().openapi({ example: "user:12", description: "`<type>:<id>` or a type alone (`withdrawal`)." }),
  action: z.string().trim().min(1).max(100).optional().openapi({ example: "user.suspend", description: "An action or a prefix ending in `.` (`user.`)." }),
  ...periodFields,
});

export const auditEntry = z
  .object({
    id: z.number().int().openapi({ example: 501 }),
    actor: z.string().openapi({ example: "admin:3" }),
    actor_user_id: z.number().int().nullable().openapi({ example: 3 }),
    action: z.string().openapi({ example: "user.suspend" }),
    target_type: z.string().openapi({ example: "user" }),
    target_id: z.string().nullable().openapi({ example: "12" }),
    details: z.unknown().openapi({ example: { from: "active", to: "suspended", reason: "Chargeback fraud" } }),
    request_id: z.string().nullable().openapi({ example: "b3c1d6f0-4a53-4d7e-9a55-0f3e1e9c2c11" }),
    ip: z.string().nullable().openapi({ example: "203.0.113.7" }),
    created_at: dateTime(),
  })
  .openapi("AuditLogEntry");
