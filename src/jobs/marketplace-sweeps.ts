import { addDays, todayInIndia } from "../calendar.ts";
import type PgBoss from "pg-boss";
import type { Config } from "../config.ts";
import { QUEUES, workQueue } from "../db/job-queue.ts";
import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";
import { expireBid } from "../modules/bids/bids.service.ts";
import { foldActivityTotals } from "../modules/factoring-units/activity-totals.ts";
import { foldListingCounts } from "../modules/factoring-units/fu-market-listing.ts";
import { foldMarketVersions } from "../modules/factoring-units/market-listing-cache.ts";
import { foldBidPageVersions } from "../modules/bids/bid-page-cache.ts";
import { expireFactoringUnit } from "../modules/factoring-units/fu.service.ts";
import { purgeExpiredWebhookMessages } from "../modules/webhooks/webhook-retention.ts";
import { sweepRepayments } from "./repayment-sweep.ts";

// The marketplace's clock: bids lapse, units that can no longer be financed expire, repayments are
// reminded and go overdue; webhook events past their 30 days are forgotten; the activity totals of ended database
// sessions are folded together. Every sweep is safe with several instances: each item is settled in its
// own transaction under its unit's row lock and re-checked there, so a second sweeper (or a racing
// accept, or an operator's `npm run admin -- sweep`) finds nothing left to do. One item's failure is
// logged and the rest go on.

const BATCH = 200;

type MarketplaceConfig = Pick<Config, "marketplace">;

async function eachInOwnTransaction(db: Db, ids: number[], settle: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], id: number) => Promise<boolean>, logger?: Logger) {
  const done: number[] = [];
  for (const id of ids) {
    try {
      if (await db.$transaction((tx) => settle(tx, id))) done.push(id);
    } catch (error) {
      logger?.error({ err: error, id }, "sweep item failed; it is retried on the next sweep");
    }
  }
  return done;
}

/** Pending bids whose valid_until has passed: Expired, hold released, bidder notified. */
export async function expireLapsedBids(db: Db, options: { now?: Date; logger?: Logger } = {}) {
  const now = options.now ?? new Date();
  const due = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM bids WHERE status = 'Pending' AND valid_until <= ${now} ORDER BY valid_until, id LIMIT ${BATCH}`;
  return eachInOwnTransaction(db, due.map((row) => row.id), (tx, id) => expireBid(tx, id, now), options.logger);
}

/** Units still Bidding whose due date is closer than MIN_TENOR_DAYS: Expired, every pending bid released. */
export async function lapseFactoringUnits(db: Db, config: MarketplaceConfig, options: { today?: string; logger?: Logger } = {}) {
  const today = options.today ?? todayInIndia();
  const { minTenorDays } = config.marketplace;
  const due = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM factoring_units WHERE status = 'Bidding' AND due_date < ${addDays(today, minTenorDays)}::date ORDER BY due_date, id LIMIT ${BATCH}`;
  return eachInOwnTransaction(db, due.map((row) => row.id), (tx, id) => expireFactoringUnit(tx, id, { today, minTenorDays }), options.logger);
}

/** Every sweep once, in an order where each sees the previous one's result. */
export async function runAllSweeps(db: Db, config: MarketplaceConfig, options: { today?: string; now?: Date; logger?: Logger } = {}) {
  const expiredBids = await expireLapsedBids(db, options);
  const expiredUnits = await lapseFactoringUnits(db, config, options);
  const { reminded, overdue } = await sweepRepayments(db, { today: options.today, minInterestDays: config.marketplace.minInterestDays });
  const purgedWebhookEvents = await purgeExpiredWebhookMessages(db, options.now);
  // Housekeeping, not a marketplace event: keeps the rows of the per-backend roll-ups few (each user's
  // activity totals, activity-totals.ts; the listing's status counts, amount buckets and participant
  // counts, fu-market-listing.ts; the market's version, market-listing-cache.ts; each user's bid pages'
  // version, bid-page-cache.ts).
  await foldActivityTotals(db);
  await foldListingCounts(db);
  await foldMarketVersions(db);
  await foldBidPageVersions(db);
  return { expiredBids, expiredUnits, reminded, overdue, purgedWebhookEvents };
}

/**
 * Runs every sweep on a cron schedule (SWEEP_CRON, every minute by default), once per fleet: every
 * instance registers the same schedule and works the queue, and pg-boss creates one job per tick,
 * which one instance takes (a "stately" queue also keeps at most one waiting behind a running one).
 */
export async function scheduleMarketplaceSweeps(options: { boss: PgBoss; prisma: Db; config: MarketplaceConfig & Pick<Config, "sweepCron">; logger: Logger }) {
  const { boss, prisma, config, logger } = options;
  await boss.schedule(QUEUES.marketplaceSweep.name, config.sweepCron, {}, { tz: "Asia/Kolkata" });
  await workQueue(boss, QUEUES.marketplaceSweep.name, { pollingIntervalSeconds: 5 }, async () => {
    const result = await runAllSweeps(prisma, config, { logger });
    if (Object.values(result).some((ids) => ids.length > 0)) logger.info(result, "marketplace sweep");
  });
}
