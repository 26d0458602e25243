import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readUnitDetail } from "../../src/modules/factoring-units/fu-detail.ts";
import { backdateFinancing, decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// A unit's detail is read in one statement as one json value (fu-detail.ts). It must be exactly what
// Prisma's findUnique with the same includes gives: every column of the unit, its line items and
// bids, every type (bigint, Decimal, dates, nulls), for the owner (all bids) and for each bidder
// (their own bids only).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const person = { select: { id: true, name: true, entityName: true } } as const;
const prismaDetail = (id: number, bidderId: number | null) =>
  t.prisma.factoringUnit.findUnique({
    where: { id },
    include: {
      owner: person,
      lineItems: { orderBy: { position: "asc" } },
      bids: { where: bidderId === null ? {} : { bidderId }, orderBy: { id: "asc" }, include: { bidder: person } },
    },
  });

describe("a unit's detail in one statement", () => {
  it("is Prisma's read of the unit with its owner, line items and visible bids", async () => {
    const owner = await trader(t, "seller");
    const first = await trader(t, "investor", 10_000_000n);
    const second = await trader(t, "financer", 10_000_000n);
    const withItems = await listUnit(t, owner.auth, {
      fu_total: 1500.5,
      fu_invoice_total: 1770.59,
      fu_finance_amount: 1400,
      fu_seller_gstin: "27AAPFU0939F1ZV",
      line_items: [
        { description: "Cotton yarn", hsn_code: "5205", quantity: 2.5, rate: 400.2, amount: 1000.5, gst_rate: 18 },
        { description: "Freight", quantity: "1", rate: 500, amount: 500 },
      ],
    });
    const financed = await listUnit(t, owner.auth);
    const firstBid = await placedBid(t, first.auth, withItems.id, { bid_amount: 1400 });
    await placedBid(t, second.auth, withItems.id, { bid_amount: 1300, bid_percentage: 11.25 });
    const winning = await placedBid(t, first.auth, financed.id);
    await placedBid(t, second.auth, financed.id);
    expect((await decide(t, owner.auth, winning.id, "Accepted")).status).toBe(200);
    await backdateFinancing(t, financed.id, 3);
    await decide(t, owner.auth, firstBid.id, "Rejected", "Rate too high");

    let compared = 0;
    for (const id of [withItems.id, financed.id]) {
      for (const viewer of [null, first.user.id, second.user.id]) {
        const detail = await readUnitDetail(t.prisma, id, viewer);
        expect(detail, `unit ${id} for ${viewer}`).toEqual(await prismaDetail(id, viewer));
        compared += detail!.bids.length + detail!.lineItems.length;
      }
    }
    // The reads above saw line items and bids, not only empty lists.
    expect(compared).toBeGreaterThanOrEqual(10);
    expect(await readUnitDetail(t.prisma, 2_147_483_647, null)).toBeNull();
  });
});
