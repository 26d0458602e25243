import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { readVerifiedClaims } from "../../src/modules/auth/access-tokens.ts";

// readVerifiedClaims remembers tokens it has verified. What it remembers must never outlive the
// token's expiry, nor let the token pass under another secret.
const SECRET = "unit-test-secret-0123456789abcdef0123";
const sign = (claims: object, options: jwt.SignOptions, secret = SECRET) => jwt.sign(claims, secret, { algorithm: "HS256", ...options });

describe("verified tokens, remembered", () => {
  it("refuses a remembered token once it has expired", () => {
    const token = sign({ sub: "7" }, { jwtid: "jti-expiring", expiresIn: 60 });
    const now = Date.now();
    expect(readVerifiedClaims(token, SECRET, now)).toEqual({ sub: "7", jti: "jti-expiring" });
    expect(readVerifiedClaims(token, SECRET, now + 30_000)).toEqual({ sub: "7", jti: "jti-expiring" });
    expect(readVerifiedClaims(token, SECRET, now + 61_000)).toBeNull();
  });

  it("does not let a token verified under one secret pass under another", () => {
    const token = sign({ sub: "8" }, { jwtid: "jti-secret", expiresIn: 60 });
    expect(readVerifiedClaims(token, SECRET)).toEqual({ sub: "8", jti: "jti-secret" });
    expect(readVerifiedClaims(token, "another-secret-0123456789abcdef0123")).toBeNull();
  });

  it("does not remember failures: a forged token stays refused, the genuine one passes", () => {
    const genuine = sign({ sub: "9" }, { jwtid: "jti-forged", expiresIn: 60 });
    const forged = sign({ sub: "9" }, { jwtid: "jti-forged", expiresIn: 60 }, "attacker-secret-0123456789abcdef01");
    expect(readVerifiedClaims(forged, SECRET)).toBeNull();
    expect(readVerifiedClaims(forged, SECRET)).toBeNull();
    expect(readVerifiedClaims(genuine, SECRET)).toEqual({ sub: "9", jti: "jti-forged" });
    const expired = sign({ sub: "9", exp: Math.floor(Date.now() / 1000) - 10 }, { jwtid: "jti-old" });
    expect(readVerifiedClaims(expired, SECRET)).toBeNull();
  });
});
