import { adminLedgerRoutes } from "./modules/admin/admin-ledger.routes.ts";
import { adminOperationRoutes } from "./modules/admin/admin-operations.routes.ts";
import { adminUserRoutes } from "./modules/admin/admin-users.routes.ts";
import { apiKeyRoutes } from "./modules/api-keys/api-keys.routes.ts";
import { authRoutes } from "./modules/auth/auth.routes.ts";
import { bidRoutes } from "./modules/bids/bids.routes.ts";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes.ts";
import { factoringUnitRoutes } from "./modules/factoring-units/fu.routes.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { kycRoutes } from "./modules/kyc/kyc.routes.ts";
import { notificationRoutes } from "./modules/notifications/notifications.routes.ts";
import { paymentRoutes } from "./modules/payments/payments.routes.ts";
import { profileRoutes } from "./modules/profile/profile.routes.ts";
import { webhookEventDocuments } from "./modules/webhooks/webhook-documents.ts";
import { webhookRoutes } from "./modules/webhooks/webhooks.routes.ts";

/** Every endpoint of the API, in the order the OpenAPI document lists them. */
export const allRoutes = [...healthRoutes, ...authRoutes, ...profileRoutes, ...kycRoutes, ...factoringUnitRoutes, ...bidRoutes, ...dashboardRoutes, ...paymentRoutes, ...notificationRoutes, ...apiKeyRoutes, ...webhookRoutes, ...adminUserRoutes, ...adminOperationRoutes, ...adminLedgerRoutes];

/** The events Hundi sends to webhook endpoints, for the OpenAPI document's `webhooks` section. */
export const allWebhookEvents = webhookEventDocuments;
