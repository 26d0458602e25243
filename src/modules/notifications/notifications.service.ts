import type { AppDeps } from "../../app-deps.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { notFound } from "../../http/errors.ts";
import type { Notification } from "../../generated/prisma/client.ts";
import { registerDevice } from "./devices.ts";

type Deps = Pick<AppDeps, "prisma">;

export const presentNotification = (notification: Notification) => ({
  id: notification.id,
  type: notification.type,
  title: notification.title,
  body: notification.body,
  data: notification.data as Record<string, unknown>,
  is_read: notification.readAt !== null,
  read_at: notification.readAt?.toISOString() ?? null,
  created_at: notification.createdAt.toISOString(),
});

export async function listNotifications({ deps, userId, query }: { deps: Deps; userId: number; query: { page: number; per_page: number; unread: boolean } }) {
  const where = { userId, ...(query.unread ? { readAt: null } : {}) };
  const [items, total, unreadCount] = await Promise.all([
    deps.prisma.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    deps.prisma.notification.count({ where }),
    deps.prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  return { items: items.map(presentNotification), total, unreadCount };
}

export async function markNotificationRead({ deps, userId, id }: { deps: Deps; userId: number; id: number }) {
  // Scoped by owner: someone else's notification is indistinguishable from a missing one.
  const existing = await deps.prisma.notification.findFirst({ where: { id, userId } });
  if (!existing) throw notFound("Notification");
  if (existing.readAt) return presentNotification(existing);
  return presentNotification(await deps.prisma.notification.update({ where: { id }, data: { readAt: new Date() } }));
}

export async function markAllNotificationsRead({ deps, userId }: { deps: Deps; userId: number }) {
  const { count } = await deps.prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}

export async function updateFcmToken({ deps, userId, token }: { deps: Deps; userId: number; token: string }) {
  await deps.prisma.$transaction((tx) => registerDevice(tx, userId, token));
}
