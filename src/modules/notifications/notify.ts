import type { Tx } from "../../db/prisma.ts";
import { enqueueJobSql, QUEUES } from "../../db/job-queue.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Notification } from "../../generated/prisma/client.ts";
import { EMAILED_EVENTS } from "./emails.ts";
import { notificationTemplates, type NotificationEvent, type NotificationEvents } from "./events.ts";

/**
 * Records a notification and its push job in the caller's transaction: if the business change rolls
 * back, so does the notification, and a committed change always gets its push when the user has a
 * device registered (pushJobFor; the push-delivery worker sends it after commit, on pg-boss, so a slow
 * or failing push provider never fails the request).
 */
export async function notify<E extends NotificationEvent>(tx: Tx, userId: number, event: E, data: NotificationEvents[E]) {
  const { title, body } = notificationTemplates[event](data);
  // The notification and its push job in one statement (they were two round trips in every money
  // action's transaction).
  // E-mailed events (emails.ts) get their e-mail job in the same statement.
  const email = EMAILED_EVENTS.has(event) ? Prisma.sql`, emailed AS (${emailJobFor("created")})` : Prisma.empty;
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`
    WITH created AS (
      INSERT INTO notifications (user_id, type, title, body, data) VALUES (${userId}, ${event}, ${title}, ${body}, ${JSON.stringify(data)}::jsonb) RETURNING *
    ), queued AS (${pushJobFor("created")})${email}
    SELECT * FROM created`;
  return camelCaseRow<Notification>(row!);
}

/**
 * notify as parts of a caller's statement (the CTEs `notified` and `notified_push`, its push job, or `name`d), for a use case that
 * notifies in the same statement as its change (placeBid). `fromStatement` are the data fields only the
 * statement knows (the new bid's id, the unit's invoice number), as SQL over the caller's CTE `source`,
 * which has one row when the change was made and none otherwise. The title and body are the event's
 * template, rendered with a placeholder for each such field that the statement replaces, so the row is
 * the one notify would have written.
 */
export function notifyCtes<E extends NotificationEvent, K extends keyof NotificationEvents[E] & string>(options: {
  /** The CTEs' names (`<name>`, `<name>_push`), so that a statement can notify more than one user. */
  name?: string;
  source: string;
  userId: Prisma.Sql;
  event: E;
  data: Omit<NotificationEvents[E], K>;
  fromStatement: Record<K, Prisma.Sql>;
}) {
  // Only notify() writes e-mail jobs; a one-statement use case of an e-mailed event would need them here.
  if (EMAILED_EVENTS.has(options.event)) throw new Error(`notifyCtes does not send e-mails: use notify() for ${options.event}`);
  const keys = Object.keys(options.fromStatement) as K[];
  const placeholder = (key: string) => `\u0001${key}\u0001`;
  const rendered = notificationTemplates[options.event]({ ...options.data, ...Object.fromEntries(keys.map((key) => [key, placeholder(key)])) } as NotificationEvents[E]);
  const fill = (text: string) => keys.reduce<Prisma.Sql>((sql, key) => Prisma.sql`replace(${sql}, ${placeholder(key)}, (${options.fromStatement[key]})::text)`, Prisma.sql`${text}::text`);
  const fields = keys.length ? Prisma.sql`jsonb_build_object(${Prisma.join(keys.map((key) => Prisma.sql`${key}::text, ${options.fromStatement[key]}`))})` : Prisma.sql`'{}'::jsonb`;
  const name = options.name ?? "notified";
  return Prisma.sql`${Prisma.raw(name)} AS (
      INSERT INTO notifications (user_id, type, title, body, data)
      SELECT ${options.userId}, ${options.event}, ${fill(rendered.title)}, ${fill(rendered.body)}, ${JSON.stringify(options.data)}::jsonb || ${fields}
        FROM ${Prisma.raw(options.source)}
      RETURNING id, user_id
    ), ${Prisma.raw(`${name}_push`)} AS (${pushJobFor(name)})`;
}

/**
 * One event to many users as parts of a caller's statement (CTEs `<name>` and `<name>_push`): each
 * notification rendered here from the event's template, written once the caller's CTE `source` has
 * rows, each with its push job (the rows notify() would write for each).
 */
export function notifyManyCtes<E extends NotificationEvent>(options: { name: string; source: string; event: E; notifications: { userId: number; data: NotificationEvents[E] }[] }) {
  if (EMAILED_EVENTS.has(options.event)) throw new Error(`notifyManyCtes does not send e-mails: use notify() for ${options.event}`);
  const rendered = options.notifications.map(({ data }) => notificationTemplates[options.event](data));
  const name = Prisma.raw(options.name);
  return Prisma.sql`${name} AS (
      INSERT INTO notifications (user_id, type, title, body, data)
      SELECT n.user_id, ${options.event}, n.title, n.body, n.data::jsonb
        FROM unnest(${options.notifications.map((n) => n.userId)}::int[], ${rendered.map((r) => r.title)}::text[], ${rendered.map((r) => r.body)}::text[],
                    ${options.notifications.map((n) => JSON.stringify(n.data))}::text[]) AS n(user_id, title, body, data)
       WHERE EXISTS (SELECT 1 FROM ${Prisma.raw(options.source)})
      RETURNING id, user_id
    ), ${Prisma.raw(`${options.name}_push`)} AS (${pushJobFor(options.name)})`;
}

/**
 * The push-delivery job of each notification a CTE of the statement wrote, for a user with a device
 * registered for push. A user without one (a web-only user) would get a job
 * that only says "skipped: no devices", and each job is five writes over its life (queued, fetched,
 * completed, archived, deleted) and a read of the notification and of the devices: more than the
 * notification itself. A device registered after the notification was written does not get it, as it
 * would not have if the job had run first; a device removed meanwhile still makes the job a "skipped".
 */
const pushJobFor = (cte: string) =>
  enqueueJobSql(
    QUEUES.pushDelivery.name,
    Prisma.sql`jsonb_build_object('notification_id', ${Prisma.raw(cte)}.id)`,
    Prisma.raw(cte),
    Prisma.sql`EXISTS (SELECT 1 FROM device_tokens d WHERE d.user_id = ${Prisma.raw(cte)}.user_id)`,
  );
/** The email-delivery job of each notification a CTE wrote (the worker renders it from the notification). */
const emailJobFor = (cte: string) => enqueueJobSql(QUEUES.emailDelivery.name, Prisma.sql`jsonb_build_object('notification_id', ${Prisma.raw(cte)}.id)`, Prisma.raw(cte));
