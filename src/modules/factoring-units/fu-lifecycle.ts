import type { FactoringUnitStatus } from "../../generated/prisma/enums.ts";
import { conflict } from "../../http/errors.ts";

// The only place that says which status may follow which (SPEC 5). Every change goes through here.
//   Bidding -> Financed -> Repaid      Financed -> Overdue -> Repaid
//   Bidding -> Cancelled (the owner withdraws it)
//   Bidding -> Expired (the sweep: the due date is closer than MIN_TENOR_DAYS, too late to finance)
const allowed: Record<FactoringUnitStatus, FactoringUnitStatus[]> = {
  Bidding: ["Financed", "Cancelled", "Expired"],
  Financed: ["Repaid", "Overdue"],
  Overdue: ["Repaid"],
  Repaid: [],
  Cancelled: [],
  Expired: [],
};

export const canTransition = (from: FactoringUnitStatus, to: FactoringUnitStatus) => allowed[from].includes(to);

const messages: Partial<Record<FactoringUnitStatus, string>> = {
  Financed: "Factoring unit is not open for bidding.",
  Cancelled: "Only a factoring unit that is still bidding can be cancelled.",
  Repaid: "Only a financed or overdue factoring unit can be repaid.",
  Overdue: "Only a financed factoring unit can become overdue.",
  Expired: "Only a factoring unit that is still bidding can expire.",
};

/** 409 unless `to` may follow `from`. */
export function assertTransition(from: FactoringUnitStatus, to: FactoringUnitStatus): void {
  if (!canTransition(from, to)) throw conflict(messages[to] ?? `Cannot change a factoring unit from ${from} to ${to}.`);
}
