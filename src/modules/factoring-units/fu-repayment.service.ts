import type { AppDeps } from "../../app-deps.ts";
import type { User } from "../../generated/prisma/client.ts";
import { ValidationFailed } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { InsufficientFunds } from "../../ledger/errors.ts";
import { repayFunder } from "../../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../money.ts";
import { notify } from "../notifications/notify.ts";
import { assertTransition } from "./fu-lifecycle.ts";
import { repaymentContext, repaymentFigure } from "./fu.presenter.ts";
import { assertOwner, getFactoringUnit, lockFactoringUnit } from "./fu.service.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

/**
 * The owner repays the funder from their wallet: the accepted bid's amount plus interest for the
 * days actually elapsed since financing (at least MIN_INTEREST_DAYS, at most the bid tenure), the
 * figure the unit shows as repayment_amount today. Financed or Overdue -> Repaid, once.
 */
export async function repayFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const context = repaymentContext(deps.config);
  let owed = 0n;
  try {
    await deps.prisma.$transaction(async (tx) => {
      const fu = await lockFactoringUnit(tx, id);
      await assertOwner(tx, user, fu, "Only the owner can repay a factoring unit.");
      assertTransition(fu.status, "Repaid");
      const funderId = fu.funderId!;
      const amount = repaymentFigure(fu, context)!;
      owed = amount;
      await repayFunder(tx, { factoringUnitId: fu.id, ownerId: fu.ownerId, funderId, amount });
      await tx.factoringUnit.update({ where: { id: fu.id }, data: { status: "Repaid", repaidAt: new Date(), repaidAmount: amount } });
      await notify(tx, funderId, "repayment.received", { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(amount) });
    });
  } catch (error) {
    if (!(error instanceof InsufficientFunds)) throw error;
    const { available } = await walletBalances(deps.prisma, user.id);
    throw new ValidationFailed({
      balance: [`Insufficient available balance: repaying needs ${paiseToRupees(owed)}, you have ${paiseToRupees(available)}.`],
    });
  }
  return getFactoringUnit({ deps, user, id });
}
