import type { AppDeps } from "../../app-deps.ts";
import type { User } from "../../generated/prisma/client.ts";
import { forbidden, ValidationFailed } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { InsufficientFunds } from "../../ledger/errors.ts";
import { repayFunder } from "../../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../money.ts";
import { notify } from "../notifications/notify.ts";
import { assertTransition } from "./fu-lifecycle.ts";
import { isBidderRole } from "./fu-visibility.ts";
import { FU_NOT_FOUND, getFactoringUnit, lockFactoringUnit } from "./fu.service.ts";

type Deps = Pick<AppDeps, "prisma">;

/**
 * The owner repays the funder from their wallet: the accepted bid's amount plus its interest
 * (fixed when the bid was accepted). Financed or Overdue -> Repaid, once.
 */
export async function repayFactoringUnit({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  try {
    await deps.prisma.$transaction(async (tx) => {
      const fu = await lockFactoringUnit(tx, id);
      if (fu.ownerId !== user.id) throw isBidderRole(user) ? forbidden("Only the owner can repay a factoring unit.") : FU_NOT_FOUND();
      assertTransition(fu.status, "Repaid");
      const funderId = fu.funderId!;
      const amount = fu.repaymentAmount!;
      await repayFunder(tx, { factoringUnitId: fu.id, ownerId: fu.ownerId, funderId, amount });
      await tx.factoringUnit.update({ where: { id: fu.id }, data: { status: "Repaid", repaidAt: new Date() } });
      await notify(tx, funderId, "repayment.received", { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(amount) });
    });
  } catch (error) {
    if (!(error instanceof InsufficientFunds)) throw error;
    const fu = await deps.prisma.factoringUnit.findUniqueOrThrow({ where: { id } });
    const { available } = await walletBalances(deps.prisma, user.id);
    throw new ValidationFailed({
      balance: [`Insufficient available balance: repaying needs ${paiseToRupees(fu.repaymentAmount!)}, you have ${paiseToRupees(available)}.`],
    });
  }
  return getFactoringUnit({ deps, user, id });
}
