import { z } from "../../validation/zod.ts";
import { defineRoute } from "../../http/define-route.ts";
import { messageOnlySchema, pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { fcmTokenBody, listNotificationsQuery, notificationIdParams, notificationItem, notificationsMeta } from "./notifications.schemas.ts";
import { listNotifications, markAllNotificationsRead, markNotificationRead, updateFcmToken } from "./notifications.service.ts";

const tags = ["Notifications"];

export const notificationRoutes = [
  defineRoute({
    method: "get",
    path: "/notifications",
    summary: "List notifications with the unread count",
    tags,
    access: { kind: "user" },
    request: { query: listNotificationsQuery },
    responses: { 200: { description: "Newest first; `meta.unread_count` counts all unread.", schema: paginatedSchema(notificationItem, notificationsMeta) } },
    handler: async ({ deps, auth, query }) => {
      const result = await listNotifications({ deps, userId: auth.user.id, query });
      return { body: pageOf(result, query, { unread_count: result.unreadCount }) };
    },
  }),
  defineRoute({
    method: "put",
    path: "/notifications/{id}/read",
    summary: "Mark one notification as read",
    tags,
    access: { kind: "user" },
    apiKeyScope: "read",
    request: { params: notificationIdParams },
    responses: { 200: { description: "The notification.", schema: successSchema(notificationItem, "Notification marked as read.") } },
    errors: [404],
    handler: async ({ deps, auth, params }) => ({
      body: success(await markNotificationRead({ deps, userId: auth.user.id, id: params.id }), "Notification marked as read."),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/notifications/mark-all-read",
    summary: "Mark all notifications as read",
    tags,
    access: { kind: "user" },
    apiKeyScope: "read",
    responses: { 200: { description: "How many were marked.", schema: successSchema(z.object({ updated: z.number().int().openapi({ example: 3 }) }), "All notifications marked as read.") } },
    handler: async ({ deps, auth }) => ({
      body: success({ updated: await markAllNotificationsRead({ deps, userId: auth.user.id }) }, "All notifications marked as read."),
    }),
  }),
  defineRoute({
    method: "post",
    path: "/notifications/fcm-token",
    summary: "Register this device's Firebase push token",
    description: "A token belongs to the last user who registered it; a user keeps their 10 most recent devices.",
    tags,
    access: { kind: "user" },
    request: { body: fcmTokenBody },
    responses: { 200: { description: "Registered.", schema: messageOnlySchema("FCM token updated successfully.") } },
    handler: async ({ deps, auth, body }) => {
      await updateFcmToken({ deps, userId: auth.user.id, token: body.fcm_token });
      return { body: { status: "success", message: "FCM token updated successfully." } };
    },
  }),
];
