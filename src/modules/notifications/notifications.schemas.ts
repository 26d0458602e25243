import { dateTime } from "../../openapi/response-fields.ts";
import { z } from "../../validation/zod.ts";
import { paginationMeta, paginationQuery } from "../../http/envelopes.ts";
import { pathIdParams } from "../../validation/numeric-fields.ts";

export const notificationItem = z
  .object({
    id: z.number().int().openapi({ example: 12 }),
    type: z.string().openapi({ example: "account.approved" }),
    title: z.string().openapi({ example: "Account approved" }),
    body: z.string().openapi({ example: "Your Hundi account is active. You can now trade on the marketplace." }),
    data: z.record(z.string(), z.unknown()),
    is_read: z.boolean(),
    read_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("Notification");

export const notificationsMeta = paginationMeta.extend({ unread_count: z.number().int().openapi({ example: 3 }) }).openapi("NotificationsMeta");

export const listNotificationsQuery = paginationQuery
  .extend({
    unread: z
      .enum(["true", "false", "1", "0"])
      .optional()
      .transform((value) => value === "true" || value === "1")
      .openapi({ description: "Only unread notifications." }),
  });

export const notificationIdParams = pathIdParams("id", "Notification");

export const fcmTokenBody = z
  .object({ fcm_token: z.string().trim().min(1).max(4096).openapi({ example: "fcm-device-token" }) })
  .openapi("FcmTokenRequest");
