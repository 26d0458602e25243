import type { Config } from "../../config.ts";
import type { Db } from "../../db/prisma.ts";
import type { WebhookMessage } from "../../generated/prisma/client.ts";
import { presentUserSummary } from "../auth/user-presenter.ts";
import { bidInclude, presentBidItem } from "../bids/bid-presenter.ts";
import { presentFactoringUnit, repaymentContext } from "../factoring-units/fu.presenter.ts";
import { presentCheck } from "../kyc/kyc-status.ts";
import { presentPayment, presentWithdrawal } from "../payments/payment-presenters.ts";
import type { WebhookResourceType } from "./webhook-events.ts";

// An event's `data`: the resource as the API shows it to the message's user, by the presenter of the
// route that reads it (a unit as in GET /factoring-units, a bid as in GET /bids, a top-up as in GET
// /payments/history, ...). Rendered when the message is first sent, then frozen (webhook-attempts.ts).

type Deps = { prisma: Db; config: Pick<Config, "marketplace"> };

const owner = { select: { id: true, name: true, entityName: true } } as const;

export async function renderEventData(deps: Deps, message: Pick<WebhookMessage, "userId" | "resourceType" | "resourceId" | "type">): Promise<unknown> {
  const { prisma } = deps;
  const id = message.resourceId;
  switch (message.resourceType as WebhookResourceType) {
    case "factoring_unit": {
      const fu = await prisma.factoringUnit.findUnique({ where: { id }, include: { owner } });
      return fu && presentFactoringUnit(fu, repaymentContext(deps.config));
    }
    case "bid": {
      const bid = await prisma.bid.findUnique({ where: { id }, include: bidInclude });
      return bid && presentBidItem(bid, message.userId);
    }
    case "payment": {
      const payment = await prisma.payment.findUnique({ where: { id } });
      return payment && presentPayment(payment);
    }
    case "withdrawal": {
      const withdrawal = await prisma.withdrawal.findUnique({ where: { id } });
      return withdrawal && presentWithdrawal(withdrawal);
    }
    case "kyc_check": {
      const check = await prisma.kycCheck.findUnique({ where: { id } });
      return check && { check: check.type, ...presentCheck(check) };
    }
    case "account": {
      const user = await prisma.user.findUnique({ where: { id } });
      return user && { ...presentUserSummary(user), status_reason: user.statusReason };
    }
    case "webhook_endpoint":
      return { endpoint_id: id, message: "A test event from Hundi: your endpoint receives and verifies our webhooks." };
  }
}
