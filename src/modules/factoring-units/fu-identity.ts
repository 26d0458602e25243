import type { Tx } from "../../db/prisma.ts";
import { conflict } from "../../http/errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";

// An invoice is financed once, platform-wide, whoever lists it (its buyer or its seller). Its
// identity is:
//   - the invoice number, upper-cased with everything but letters and digits removed
//     ("AUD 1", "AUD-1" and "aud/1" are all AUD1);
//   - the seller: its GSTIN when the lister gives one (exact), otherwise its name normalised the same
//     way ("Vikram Textiles LLP" and "VIKRAM TEXTILES, L.L.P." are one seller);
//   - the Indian financial year (April to March) of the invoice date, because GST invoice numbers
//     restart every financial year.
// Every unit that is not Cancelled or Expired holds its identity, so a repaid invoice cannot be
// financed again either.
//
// Enforcement: two partial unique indexes (prisma/schema.prisma) refuse a duplicate among listings
// that identify the seller the same way (both by GSTIN, or both by name). A listing by name and one
// by GSTIN for the same seller name can only be compared by a query, so every listing first takes a
// transaction-scoped advisory lock on (invoice number, financial year) and looks for such a unit;
// listings of the same invoice number are serialised, the rest never wait for each other.

export interface InvoiceIdentity {
  invoiceKey: string;
  sellerKey: string;
  sellerGstin: string | null;
  financialYear: number;
}

/** Letters and digits only, upper-cased: the same rule as the SQL backfill in the migration. */
export const normaliseIdentifier = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The Indian financial year an ISO date falls in, by its first calendar year (2027-03-31 is 2026). */
export function financialYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) < 4 ? year - 1 : year;
}

export const financialYearLabel = (year: number) => `${year}-${String((year + 1) % 100).padStart(2, "0")}`;

export function invoiceIdentity(input: { fu_invoice_no: string; fu_seller: string; fu_seller_gstin?: string | null; fu_invoice_date: string }): InvoiceIdentity {
  return {
    invoiceKey: normaliseIdentifier(input.fu_invoice_no),
    sellerKey: normaliseIdentifier(input.fu_seller),
    sellerGstin: input.fu_seller_gstin ?? null,
    financialYear: financialYearOf(input.fu_invoice_date),
  };
}

export const invoiceAlreadyListed = (identity: InvoiceIdentity) =>
  conflict(`This invoice is already listed on Hundi: invoice ${identity.invoiceKey} of this seller in financial year ${financialYearLabel(identity.financialYear)}.`);

/**
 * Inside the listing's transaction, first: waits for any other listing of the same invoice number and
 * year, so that the clash check that follows (liveUnitWithIdentitySql, in its own statement) sees it.
 */
export async function lockInvoiceIdentity(tx: Tx, identity: InvoiceIdentity): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invoice|${identity.invoiceKey}|${identity.financialYear}`}, 0))`;
}

/**
 * A live unit with the same identity, by name or GSTIN (the listing refuses with 409 when there is
 * one). The unique indexes back this up for listings that identify the seller the same way.
 */
export const liveUnitWithIdentitySql = (identity: InvoiceIdentity) => Prisma.sql`
    SELECT id FROM factoring_units
     WHERE invoice_key = ${identity.invoiceKey} AND financial_year = ${identity.financialYear}
       AND status NOT IN ('Cancelled', 'Expired')
       AND ((seller_gstin IS NOT NULL AND seller_gstin = ${identity.sellerGstin})
         OR ((seller_gstin IS NULL OR ${identity.sellerGstin}::text IS NULL) AND seller_key = ${identity.sellerKey}))
     LIMIT 1`;
