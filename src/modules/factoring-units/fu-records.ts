import { recordObjectSql, type ColumnKind } from "../../db/json-records.ts";
import type { Bid, FactoringUnit, FactoringUnitLineItem, User } from "../../generated/prisma/client.ts";

/**
 * Every field of a factoring unit by kind, for reads that take their rows as one json value
 * (db/json-records.ts). `satisfies` makes a field added to the model and not here a type error.
 */
export const factoringUnitColumns = {
  id: "int",
  ownerId: "int",
  seller: "text",
  invoiceNo: "text",
  invoiceDate: "date",
  dueDate: "date",
  total: "bigint",
  invoiceTotal: "bigint",
  financeAmount: "bigint",
  tenureDays: "int",
  status: "text",
  invoiceKey: "text",
  sellerKey: "text",
  sellerGstin: "text",
  buyerGstin: "text",
  financialYear: "int",
  acceptedBidId: "int",
  funderId: "int",
  repaymentAmount: "bigint",
  principal: "bigint",
  rateBps: "int",
  bidTenureDays: "int",
  repaidAmount: "bigint",
  dueReminderAt: "timestamp",
  financedAt: "timestamp",
  overdueAt: "timestamp",
  repaidAt: "timestamp",
  cancelledAt: "timestamp",
  expiredAt: "timestamp",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies Record<keyof FactoringUnit, ColumnKind>;

/** Every field of a bid by kind, as factoringUnitColumns. */
export const bidColumns = {
  id: "int",
  factoringUnitId: "int",
  bidderId: "int",
  ownerId: "int",
  amount: "bigint",
  rateBps: "int",
  tenureDays: "int",
  status: "text",
  validUntil: "timestamp",
  remark: "text",
  liveKey: "text",
  acceptedKey: "int",
  decidedAt: "timestamp",
  createdAt: "timestamp",
  updatedAt: "timestamp",
} as const satisfies Record<keyof Bid, ColumnKind>;

/** Every field of an invoice line item by kind, as factoringUnitColumns. */
export const lineItemColumns = {
  id: "int",
  factoringUnitId: "int",
  position: "int",
  description: "text",
  hsnCode: "text",
  quantity: "decimal",
  rate: "bigint",
  amount: "bigint",
  gstRateBps: "int",
} as const satisfies Record<keyof FactoringUnitLineItem, ColumnKind>;

/** A user as a unit's owner or a bid's bidder is read with them (bidInclude's bidder, the detail's owner). */
const personColumns = { id: "int", name: "text", entityName: "text" } as const satisfies Record<keyof Pick<User, "id" | "name" | "entityName">, ColumnKind>;

/** That user as a json object of the row they are read with. */
export const personJsonSql = (alias: string) => recordObjectSql(personColumns, alias);
