import { authRoutes } from "./modules/auth/auth.routes.ts";
import { healthRoutes } from "./modules/health/health.routes.ts";
import { kycRoutes } from "./modules/kyc/kyc.routes.ts";
import { notificationRoutes } from "./modules/notifications/notifications.routes.ts";
import { paymentRoutes } from "./modules/payments/payments.routes.ts";
import { profileRoutes } from "./modules/profile/profile.routes.ts";

/** Every endpoint of the API, in the order the OpenAPI document lists them. */
export const allRoutes = [...healthRoutes, ...authRoutes, ...profileRoutes, ...kycRoutes, ...paymentRoutes, ...notificationRoutes];
