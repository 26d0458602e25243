import { recordColumnsSql, recordFromJson } from "../../db/json-records.ts";
import type { Db } from "../../db/prisma.ts";
import { Prisma, type Bid, type FactoringUnitLineItem, type User } from "../../generated/prisma/client.ts";
import type { ListedUnit } from "./fu-market-listing.ts";
import { bidColumns, factoringUnitColumns, lineItemColumns, personJsonSql } from "./fu-records.ts";

// A unit's detail in one statement: the unit, its owner, its line items and the bids the caller may
// see (all for the owner, their own for a bidder), as one json value (db/json-records.ts says why).
// It replaces Prisma's findUnique with three includes, whose result mapping was most of the request's
// CPU. fu-detail.test.ts holds it to Prisma's read of the same include.

type Person = Pick<User, "id" | "name" | "entityName">;
export type UnitDetail = ListedUnit & { lineItems: FactoringUnitLineItem[]; bids: (Bid & { bidder: Person })[] };

/** The unit with every line item (by position) and its bids by `bidderId` only, or all when null (by id). */
export async function readUnitDetail(db: Db, id: number, bidderId: number | null): Promise<UnitDetail | null> {
  const bidsOf = bidderId === null ? Prisma.empty : Prisma.sql`AND x.bidder_id = ${bidderId}`;
  const [row] = await db.$queryRaw<{ unit: string }[]>`
    SELECT to_json(unit)::text AS unit FROM (
      SELECT ${recordColumnsSql(factoringUnitColumns, "fu")},
             ${personJsonSql("o")} AS owner,
             (SELECT COALESCE(json_agg(item ORDER BY item.position), '[]') FROM (
                SELECT ${recordColumnsSql(lineItemColumns, "x")} FROM factoring_unit_line_items x WHERE x.factoring_unit_id = fu.id) item) AS "lineItems",
             (SELECT COALESCE(json_agg(bid ORDER BY bid.id), '[]') FROM (
                SELECT ${recordColumnsSql(bidColumns, "x")}, ${personJsonSql("u")} AS bidder
                  FROM bids x JOIN users u ON u.id = x.bidder_id WHERE x.factoring_unit_id = fu.id ${bidsOf}) bid) AS bids
        FROM factoring_units fu JOIN users o ON o.id = fu.owner_id WHERE fu.id = ${id}) unit`;
  if (!row) return null;
  const json = JSON.parse(row.unit) as Record<string, unknown> & { lineItems: Record<string, unknown>[]; bids: Record<string, unknown>[] };
  return {
    ...recordFromJson<ListedUnit>(factoringUnitColumns, json),
    lineItems: json.lineItems.map((item) => recordFromJson<FactoringUnitLineItem>(lineItemColumns, item)),
    bids: json.bids.map((bid) => recordFromJson<Bid & { bidder: Person }>(bidColumns, bid)),
  };
}
