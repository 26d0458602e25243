import type { Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import type { Notification } from "../../generated/prisma/client.ts";
import { notificationTemplates, type NotificationEvent, type NotificationEvents } from "./events.ts";

/**
 * Records a notification and its push in the caller's transaction: if the business change rolls back,
 * so does the notification, and a committed change always gets its push (the outbox dispatcher sends
 * it after commit, so a slow or failing push provider never fails the request).
 */
export async function notify<E extends NotificationEvent>(tx: Tx, userId: number, event: E, data: NotificationEvents[E]) {
  const { title, body } = notificationTemplates[event](data);
  // The notification and its outbox row in one statement (they were two round trips in every money
  // action's transaction).
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`
    WITH created AS (
      INSERT INTO notifications (user_id, type, title, body, data) VALUES (${userId}, ${event}, ${title}, ${body}, ${JSON.stringify(data)}::jsonb) RETURNING *
    ), queued AS (
      INSERT INTO push_outbox (notification_id, user_id) SELECT id, user_id FROM created
    )
    SELECT * FROM created`;
  return camelCaseRow<Notification>(row!);
}
