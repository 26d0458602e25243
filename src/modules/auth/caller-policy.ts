import type { CallerPolicy } from "../../app-deps.ts";
import type { DbOrTx } from "../../db/prisma.ts";
import { checkLabel, missingTradingChecks } from "../kyc/kyc-status.ts";
import { readVerifiedClaims, resolveClaims } from "./access-tokens.ts";

/** The answers http/ needs about callers, from the token store and the KYC checks. */
export function createCallerPolicy(db: DbOrTx, jwtSecret: string): CallerPolicy {
  return {
    verifyToken: (token) => readVerifiedClaims(token, jwtSecret),
    resolveClaims: (claims) => resolveClaims(db, claims),
    missingTradingChecks: async (userId) => (await missingTradingChecks(db, userId)).map(checkLabel),
  };
}
