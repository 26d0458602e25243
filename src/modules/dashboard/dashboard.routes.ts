import { defineRoute } from "../../http/define-route.ts";
import { success, successSchema } from "../../http/envelopes.ts";
import { calendarDate, rupees } from "../../openapi/response-fields.ts";
import { z } from "../../validation/zod.ts";
import { walletData } from "../payments/payments.schemas.ts";
import { getDashboard } from "./dashboard.service.ts";

const countAndAmount = z.object({ count: z.number().int().openapi({ example: 2 }), amount: rupees(12000) });
const upcoming = z.array(
  z.object({
    factoring_unit_id: z.number().int().openapi({ example: 42 }),
    fu_invoice_no: z.string().openapi({ example: "INV-2026-0042" }),
    due_date: calendarDate("2027-02-20"),
    amount: rupees(90616.44, "What is owed today (per-day interest, as the unit's repayment_amount)."),
    status: z.enum(["Financed", "Overdue"]),
  }),
);
const count = (example: number) => z.number().int().openapi({ example });

const ownerDashboard = z
  .object({
    role: z.enum(["buyer", "seller", "admin"]),
    factoring_units: z.object({ Bidding: count(1), Financed: count(1), Overdue: count(0), Repaid: count(1), Cancelled: count(1), Expired: count(0), total: count(4) }),
    total_financed: rupees(50000, "Sum of accepted bids on my units, rupees."),
    total_repayment_due: rupees(20400, "What I owe today on financed and overdue units (per-day interest)."),
    pending_bids: countAndAmount,
    upcoming_repayments: upcoming,
    wallet: walletData,
  })
  .openapi("OwnerDashboard");

const funderDashboard = z
  .object({
    role: z.enum(["investor", "financer"]),
    wallet: walletData,
    active_bids: countAndAmount,
    accepted_bids: countAndAmount,
    total_deployed: rupees(50000, "All accepted bids, rupees."),
    outstanding: rupees(20000, "Principal not yet repaid."),
    expected_returns: rupees(400, "Interest on financed and overdue units if they are repaid at the end of their bid tenure (early repayment pays less, at least MIN_INTEREST_DAYS)."),
    total_received: rupees(30720, "What owners actually repaid me."),
    upcoming_repayments: upcoming,
  })
  .openapi("FunderDashboard");

export const dashboardRoutes = [
  defineRoute({
    method: "get",
    path: "/dashboard",
    summary: "Role-based dashboard",
    description: "Buyers and sellers get their units and repayments; investors and financers get their wallet, bids, deployment and returns.",
    tags: ["Dashboard"],
    access: { kind: "user" },
    requireActive: true,
    responses: { 200: { description: "Figures in rupees.", schema: successSchema(z.union([ownerDashboard, funderDashboard])) } },
    handler: async ({ deps, auth }) => ({ body: success(await getDashboard({ deps, user: auth.user })) }),
  }),
];
