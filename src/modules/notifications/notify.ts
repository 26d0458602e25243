import type { Tx } from "../../db/prisma.ts";
import { notificationTemplates, type NotificationEvent, type NotificationEvents } from "./events.ts";

/**
 * Records a notification and its push in the caller's transaction: if the business change rolls back,
 * so does the notification, and a committed change always gets its push (the outbox dispatcher sends
 * it after commit, so a slow or failing push provider never fails the request).
 */
export async function notify<E extends NotificationEvent>(tx: Tx, userId: number, event: E, data: NotificationEvents[E]) {
  const { title, body } = notificationTemplates[event](data);
  const notification = await tx.notification.create({
    data: { userId, type: event, title, body, data: data as object },
  });
  await tx.pushOutbox.create({ data: { notificationId: notification.id, userId } });
  return notification;
}
