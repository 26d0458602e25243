import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { fieldError, HttpError } from "../../http/errors.ts";
import { checkLedger } from "../../ledger/ledger-check.ts";
import { accountStatement, findTransactions } from "../../ledger/ledger-inspection.ts";
import { paiseToRupees } from "../../money.ts";
import { listAuditLog } from "../audit/audit-log.ts";
import { adminOnly, tags } from "./admin-access.ts";
import { auditEntry, auditLogQuery, ledgerAccountData, ledgerAccountParam, ledgerCheckData, ledgerTransactionData, ledgerTransactionsQuery, platformReportData, reportQuery } from "./admin.schemas.ts";
import { platformReport } from "./platform-report.ts";

// Reading the books: the ledger, the platform's figures, the audit log. Nothing here changes data.

const RECENT_ENTRIES = 50;
const DEFAULT_REPORT_DAYS = 30;

export const adminLedgerRoutes = [
  defineRoute({
    method: "get",
    path: "/admin/ledger/accounts/{accountId}",
    summary: "A ledger account: balance and latest entries",
    description: `By numeric id or code. The ${RECENT_ENTRIES} newest entries, each with its transaction.`,
    tags,
    access: adminOnly,
    requireActive: true,
    request: { params: ledgerAccountParam },
    responses: { 200: { description: "The account.", schema: successSchema(ledgerAccountData) } },
    errors: [404],
    handler: async ({ deps, params }) => {
      const account = await accountStatement(deps.prisma, params.accountId, { limit: RECENT_ENTRIES });
      if (!account) throw new HttpError(404, "Ledger account not found.", "NOT_FOUND");
      return {
        body: success({
          id: account.id,
          code: account.code,
          type: account.type,
          user_id: account.userId,
          balance: paiseToRupees(account.balance),
          balance_paise: Number(account.balance),
          entry_count: account.entryCount,
          entries: account.entries.map((e) => ({ id: Number(e.id), transaction_id: Number(e.transactionId), reference: e.reference, kind: e.kind, description: e.description, amount_paise: Number(e.amount), created_at: e.createdAt.toISOString() })),
        }),
      };
    },
  }),
  defineRoute({
    method: "get",
    path: "/admin/ledger/transactions",
    summary: "Ledger transactions",
    description: "By reference (exact), business object, or kind; newest first, each with its entries.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: ledgerTransactionsQuery },
    responses: { 200: { description: "A page of transactions.", schema: paginatedSchema(ledgerTransactionData) } },
    handler: async ({ deps, query }) => {
      const { items, total } = await findTransactions(deps.prisma, query);
      const present = items.map((t) => ({
        id: Number(t.id),
        reference: t.reference,
        kind: t.kind,
        business_type: t.businessType,
        business_id: t.businessId,
        description: t.description,
        created_at: t.createdAt.toISOString(),
        entries: t.entries.map((e) => ({ account: e.account.code, amount_paise: Number(e.amount) })),
      }));
      return { body: pageOf({ items: present, total }, query) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/admin/ledger/check",
    summary: "Run ledger-check now",
    description: "Every transaction balances, cached balances equal their entries, no user balance is negative, holds and payments agree with the ledger. `ok: false` lists the problems (200 either way: the check ran).",
    tags,
    access: adminOnly,
    requireActive: true,
    responses: { 200: { description: "The check's result.", schema: successSchema(ledgerCheckData) } },
    handler: async ({ deps }) => {
      const problems = await checkLedger(deps.prisma);
      const [transactions, accounts] = await Promise.all([deps.prisma.ledgerTransaction.count(), deps.prisma.ledgerAccount.count()]);
      return { body: success({ ok: problems.length === 0, transactions, accounts, problems }) };
    },
  }),
  defineRoute({
    method: "get",
    path: "/admin/reports/platform",
    summary: "Platform figures over a period",
    description: `Fees and GST collected (from the ledger), volume financed and repaid, units listed, top-ups and settled withdrawals between \`from\` and \`to\` (default: the last ${DEFAULT_REPORT_DAYS} days); outstanding and overdue as of now.`,
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: reportQuery },
    responses: { 200: { description: "The report.", schema: successSchema(platformReportData) } },
    errors: [422],
    handler: async ({ deps, query }) => {
      const to = query.to ?? new Date();
      const from = query.from ?? new Date(to.getTime() - DEFAULT_REPORT_DAYS * 24 * 60 * 60 * 1000);
      if (from >= to) throw fieldError("from", "The from field must be a date before to.");
      return { body: success(await platformReport(deps.prisma, { from, to })) };
    },
  }),
  defineRoute({
    method: "get",
    path: "/admin/audit-log",
    summary: "The audit log",
    description: "Every admin action, from the API (actor `admin:<id>`, with request id and IP) or the CLI (`cli:<OS user>`), newest first.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: auditLogQuery },
    responses: { 200: { description: "A page of entries.", schema: paginatedSchema(auditEntry) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await listAuditLog(deps.prisma, query), query) }),
  }),
];
