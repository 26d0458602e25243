import type { CallerPolicy } from "../../app-deps.ts";
import type { DbOrTx } from "../../db/prisma.ts";
import { checkLabel, missingTradingChecks } from "../kyc/kyc-status.ts";
import { readVerifiedClaims, resolveAccessToken } from "./access-tokens.ts";

/** The answers http/ needs about callers, from the token store and the KYC checks. */
export function createCallerPolicy(db: DbOrTx, jwtSecret: string): CallerPolicy {
  return {
    resolveToken: (token) => resolveAccessToken(db, token, jwtSecret),
    tokenSubject: (token) => readVerifiedClaims(token, jwtSecret)?.sub ?? null,
    missingTradingChecks: async (userId) => (await missingTradingChecks(db, userId)).map(checkLabel),
  };
}
