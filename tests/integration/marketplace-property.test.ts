import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HttpError } from "../../src/http/errors.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { decideBid, placeBid, withdrawBid } from "../../src/modules/bids/bids.service.ts";
import { cancelFactoringUnit } from "../../src/modules/factoring-units/fu.service.ts";
import { repayFactoringUnit } from "../../src/modules/factoring-units/fu-repayment.service.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { expireLapsedBids } from "../../src/jobs/marketplace-sweeps.ts";
import { backdateFinancing, ledgerProblemsFor, listUnit, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// Random sequences of marketplace actions, run through the real services on the real database.
// Refusals (HttpError) are legitimate outcomes; after every sequence the invariants must hold.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PLATFORM_FEE_BPS: "150" } });
});
afterAll(() => t.close());

type Command =
  | { kind: "place"; investor: number; unit: number; amount: number; rate: number }
  | { kind: "withdraw"; investor: number; pick: number }
  | { kind: "accept" | "reject"; pick: number }
  | { kind: "cancel" | "repay"; unit: number }
  | { kind: "elapse"; unit: number; days: number }
  | { kind: "lapse"; pick: number };

// Weighted so that units are often financed, aged and repaid within one short sequence.
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("place" as const), investor: fc.nat(2), unit: fc.nat(2), amount: fc.integer({ min: 1, max: 60000 }), rate: fc.integer({ min: 1, max: 3600 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("withdraw" as const), investor: fc.nat(2), pick: fc.nat(20) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constantFrom("accept" as const, "reject" as const), pick: fc.nat(20) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom("cancel" as const, "repay" as const), unit: fc.nat(2) }), weight: 3 },
  // Time passes for a financed unit (its financing moves into the past), or a bid's validity ends.
  { arbitrary: fc.record({ kind: fc.constant("elapse" as const), unit: fc.nat(2), days: fc.integer({ min: 1, max: 80 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("lapse" as const), pick: fc.nat(20) }), weight: 1 },
);

const MIN_INTEREST_DAYS = 7;
const TENURE = 60;
/** SPEC 5, restated independently: principal + round_half_up(principal x bps x days / (10000 x 365)). */
const owedAfter = (principal: bigint, bps: number, elapsed: number) => {
  const days = BigInt(Math.min(TENURE, Math.max(MIN_INTEREST_DAYS, elapsed)));
  return principal + (principal * BigInt(bps) * days * 2n + 3_650_000n) / 7_300_000n;
};

describe("marketplace invariants", () => {
  it("hold under random sequences of place, withdraw, accept, reject, cancel, repay, time passing and bid expiry", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 14 }), async (commands) => {
        const owner = await trader(t, "seller");
        await fundWallet(t.prisma, owner.user, 8_000_000n); // enough to repay some, not all
        const investors = await Promise.all([trader(t, "investor", 9_000_000n), trader(t, "financer", 6_000_000n), trader(t, "investor", 3_000_000n)]);
        const units = [];
        for (let i = 0; i < 3; i++) units.push((await listUnit(t, owner.auth, { fu_finance_amount: 60000 })).id);
        const deps = t.deps;
        const elapsed = new Map<number, number>(); // unit -> days its financing was moved into the past
        const repaidExpected = new Map<number, bigint>();

        for (const step of commands) {
          const bids = await t.prisma.bid.findMany({ where: { factoringUnitId: { in: units } }, orderBy: { id: "asc" } });
          const picked = bids.length ? bids[("pick" in step ? step.pick : 0) % bids.length] : undefined;
          // Repay and elapse aim at a financed unit when there is one, so those paths are exercised often.
          const financed = (await t.prisma.factoringUnit.findMany({ where: { id: { in: units }, status: "Financed" }, select: { id: true }, orderBy: { id: "asc" } })).map((u) => u.id);
          const target = "unit" in step ? (financed.length && step.kind !== "place" && step.kind !== "cancel" ? financed[step.unit % financed.length]! : units[step.unit]!) : units[0]!;
          try {
            if (step.kind === "place") {
              await placeBid({ deps, user: investors[step.investor]!.user, fuId: units[step.unit]!, input: { bid_amount: BigInt(step.amount) * 100n, bid_percentage: step.rate, bid_tenure: TENURE } });
            } else if (step.kind === "withdraw" && picked) {
              await withdrawBid({ deps, user: investors[step.investor]!.user, bidId: picked.id });
            } else if ((step.kind === "accept" || step.kind === "reject") && picked) {
              await decideBid({ deps, user: owner.user, bidId: picked.id, input: { status: step.kind === "accept" ? "Accepted" : "Rejected" } });
            } else if (step.kind === "cancel") {
              await cancelFactoringUnit({ deps, user: owner.user, id: units[step.unit]! });
            } else if (step.kind === "repay") {
              const unit = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: target } });
              await repayFactoringUnit({ deps, user: owner.user, id: unit.id });
              repaidExpected.set(unit.id, owedAfter(unit.principal!, unit.rateBps!, elapsed.get(unit.id) ?? 0));
            } else if (step.kind === "elapse") {
              const unit = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: target } });
              if (unit.status === "Financed") {
                await backdateFinancing(t, unit.id, step.days);
                elapsed.set(unit.id, (elapsed.get(unit.id) ?? 0) + step.days);
              }
            } else if (step.kind === "lapse" && picked?.status === "Pending") {
              await t.prisma.bid.update({ where: { id: picked.id }, data: { validUntil: new Date(Date.now() - 1000) } });
              await expireLapsedBids(t.prisma);
            }
          } catch (error) {
            if (!(error instanceof HttpError) || error.status >= 500) throw error;
          }
        }

        for (const [unitId, expected] of repaidExpected) {
          expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: unitId } })).repaidAmount).toBe(expected);
        }
        const everyone = [owner.user, ...investors.map((i) => i.user)];
        expect(await ledgerProblemsFor(t, everyone)).toEqual([]);
        for (const user of everyone) expect((await walletBalances(t.prisma, user.id)).available >= 0n).toBe(true);
        for (const unitId of units) {
          const unit = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: unitId }, include: { bids: true } });
          const accepted = unit.bids.filter((b) => b.status === "Accepted");
          expect(accepted.length).toBeLessThanOrEqual(1);
          expect(accepted.length === 1).toBe(["Financed", "Overdue", "Repaid"].includes(unit.status));
          if (unit.status !== "Bidding") expect(unit.bids.some((b) => b.status === "Pending")).toBe(false);
          for (const b of unit.bids) {
            const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: { businessType: "bid", businessId: String(b.id), kind: "bid" } } });
            expect(hold.status).toBe(b.status === "Pending" ? "active" : b.status === "Accepted" ? "captured" : "released");
          }
        }
        // Money is conserved among these users apart from the platform's fee and GST on accepted bids.
        const total = (await Promise.all(everyone.map((u) => walletBalances(t.prisma, u.id)))).reduce((sum, w) => sum + w.balance, 0n);
        const acceptedAmounts = await t.prisma.bid.findMany({ where: { factoringUnitId: { in: units }, status: "Accepted" }, select: { amount: true } });
        const feesAndGst = acceptedAmounts.reduce((sum, b) => {
          const fee = (b.amount * 150n * 2n + 10_000n) / 20_000n;
          return sum + fee + (fee * 18n * 2n + 100n) / 200n;
        }, 0n);
        expect(total + feesAndGst).toBe(8_000_000n + 9_000_000n + 6_000_000n + 3_000_000n);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it("repays exactly principal plus interest for the days elapsed (min 7, capped at the tenure), whatever the terms", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ amount: fc.integer({ min: 1, max: 9_000_000 }), bps: fc.integer({ min: 1, max: 10_000 }), tenure: fc.integer({ min: 1, max: 100 }), elapsed: fc.integer({ min: 0, max: 150 }) }),
        async ({ amount, bps, tenure, elapsed }) => {
          const owner = await trader(t, "buyer");
          const funder = await trader(t, "investor", 9_000_000n);
          const fuId = (await listUnit(t, owner.auth)).id;
          const bid = await placeBid({ deps: t.deps, user: funder.user, fuId, input: { bid_amount: BigInt(amount), bid_percentage: bps, bid_tenure: tenure } });
          await decideBid({ deps: t.deps, user: owner.user, bidId: bid.id, input: { status: "Accepted" } });
          if (elapsed > 0) await backdateFinancing(t, fuId, elapsed);
          const days = BigInt(Math.min(tenure, Math.max(MIN_INTEREST_DAYS, elapsed)));
          const expected = BigInt(amount) + (BigInt(amount) * BigInt(bps) * days * 2n + 3_650_000n) / 7_300_000n;
          await fundWallet(t.prisma, owner.user, expected);
          const repaid = await repayFactoringUnit({ deps: t.deps, user: owner.user, id: fuId });
          expect(BigInt(Math.round(repaid.repayment_amount! * 100))).toBe(expected);
          expect((await walletBalances(t.prisma, funder.user.id)).balance).toBe(9_000_000n - BigInt(amount) + expected);
          expect(await ledgerProblemsFor(t, [owner.user, funder.user])).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
