import type { Prisma, User } from "../../generated/prisma/client.ts";

export const isBidderRole = (user: Pick<User, "role">) => user.role === "investor" || user.role === "financer";
export const isOwnerRole = (user: Pick<User, "role">) => user.role === "buyer" || user.role === "seller";

/**
 * SPEC 5: owners see their own units in every status; investors and financers see units open for
 * bidding and the ones they funded; nobody sees anything else (it is a 404, not a 403).
 */
export function visibleFactoringUnits(user: Pick<User, "id" | "role">): Prisma.FactoringUnitWhereInput {
  if (isOwnerRole(user)) return { ownerId: user.id };
  // Two indexed conditions (status; funder_id) rather than a per-row look into bids.
  if (isBidderRole(user)) return { OR: [{ status: "Bidding" }, { funderId: user.id }] };
  return { id: -1 };
}
