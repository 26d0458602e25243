import { defineRoute } from "../../http/define-route.ts";
import { success, successSchema } from "../../http/envelopes.ts";
import { z } from "../../openapi/zod.ts";
import { walletData } from "../payments/payments.schemas.ts";
import { getDashboard } from "./dashboard.service.ts";

const countAndAmount = z.object({ count: z.number().int(), amount: z.number() });
const upcoming = z.array(
  z.object({ factoring_unit_id: z.number().int(), fu_invoice_no: z.string(), due_date: z.string(), amount: z.number(), status: z.enum(["Financed", "Overdue"]) }),
);

const ownerDashboard = z
  .object({
    role: z.enum(["buyer", "seller", "admin"]),
    factoring_units: z.object({ Bidding: z.number().int(), Financed: z.number().int(), Overdue: z.number().int(), Repaid: z.number().int(), Cancelled: z.number().int(), total: z.number().int() }),
    total_financed: z.number().openapi({ description: "Sum of accepted bids on my units, rupees." }),
    total_repayment_due: z.number().openapi({ description: "What I still owe on financed and overdue units." }),
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
    total_deployed: z.number().openapi({ description: "All accepted bids, rupees." }),
    outstanding: z.number().openapi({ description: "Principal not yet repaid." }),
    expected_returns: z.number().openapi({ description: "Interest still to receive on financed and overdue units." }),
    total_received: z.number(),
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
