import type { Prisma, User } from "../../generated/prisma/client.ts";

export const isBidderRole = (user: Pick<User, "role">) => user.role === "investor" || user.role === "financer";
export const isOwnerRole = (user: Pick<User, "role">) => user.role === "buyer" || user.role === "seller";

/**
 * The one visibility rule (SPEC 5), used by list, detail, bids, actions and the dashboard alike:
 * owners see their own units in every status; investors and financers see units open for bidding,
 * the ones they funded and every unit they ever bid on (whatever became of the bid), with only
 * their own bid; nobody sees anything else (it is a 404, not a 403).
 */
export function visibleFactoringUnits(user: Pick<User, "id" | "role">): Prisma.FactoringUnitWhereInput {
  if (isOwnerRole(user)) return { ownerId: user.id };
  if (isBidderRole(user)) return { OR: [{ status: "Bidding" }, { funderId: user.id }, { bids: { some: { bidderId: user.id } } }] };
  return { id: -1 };
}

/** The same rule for one loaded unit whose bids by this caller were counted in the same read. */
export function canSeeUnitWithOwnBids(user: Pick<User, "id" | "role">, fu: { ownerId: number; status: string; funderId: number | null }, ownBids: number) {
  if (fu.ownerId === user.id) return true;
  if (!isBidderRole(user)) return false;
  return fu.status === "Bidding" || fu.funderId === user.id || ownBids > 0;
}

/** The same rule for one loaded unit, for actions that lock the unit before deciding. */
export async function canSeeFactoringUnit(db: { bid: { count: (args: { where: Prisma.BidWhereInput }) => Promise<number> } }, user: Pick<User, "id" | "role">, fu: { id: number; ownerId: number; status: string; funderId: number | null }) {
  if (fu.ownerId === user.id) return true;
  if (!isBidderRole(user)) return false;
  if (fu.status === "Bidding" || fu.funderId === user.id) return true;
  return (await db.bid.count({ where: { factoringUnitId: fu.id, bidderId: user.id } })) > 0;
}
