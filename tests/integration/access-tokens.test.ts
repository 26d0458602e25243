import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readVerifiedClaims, resolveClaims, revokeAccessToken } from "../../src/modules/auth/access-tokens.ts";
import { createUser, tokenFor } from "../helpers/factories.ts";
import { createTestApp, TEST_JWT_SECRET, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("resolveClaims (the one-statement auth lookup)", () => {
  it("returns exactly the user Prisma returns, every column, for a live token", async () => {
    const created = await createUser(t.prisma, { role: "seller", pan: "ABCPE1234F" });
    await t.prisma.user.update({
      where: { id: created.id },
      data: { entityName: "Asha Traders Pvt Ltd", entityType: "Private Limited", entityReg: "U74999MH2020PTC123456", industry: "Textiles", address: "12 MG Road", website: "https://asha.in", photoKey: "photos/1.png", statusReason: "checked" },
    });
    const { token, tokenId } = await tokenFor(t.prisma, created);
    const resolved = await resolveClaims(t.prisma, readVerifiedClaims(token, TEST_JWT_SECRET));
    const stored = await t.prisma.accessToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(resolved).toEqual({ auth: { user: await t.prisma.user.findUniqueOrThrow({ where: { id: created.id } }), tokenId }, tokenExpiresAt: stored.expiresAt.getTime() });
  });

  it("refuses a revoked token, an expired one, and claims whose subject is not the token's user", async () => {
    const user = await createUser(t.prisma);
    const other = await createUser(t.prisma);
    const revoked = await tokenFor(t.prisma, user);
    await revokeAccessToken(t.prisma, revoked.tokenId);
    expect(await resolveClaims(t.prisma, readVerifiedClaims(revoked.token, TEST_JWT_SECRET))).toBeNull();
    const live = await tokenFor(t.prisma, user);
    expect(await resolveClaims(t.prisma, { sub: String(other.id), jti: live.tokenId })).toBeNull();
    await t.prisma.accessToken.update({ where: { id: live.tokenId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveClaims(t.prisma, { sub: String(user.id), jti: live.tokenId })).toBeNull();
    expect(await resolveClaims(t.prisma, { sub: String(user.id), jti: "not-a-uuid" })).toBeNull();
    const forged = jwt.sign({ sub: String(user.id) }, "another-secret-that-is-long-enough-to-sign", { algorithm: "HS256", jwtid: live.tokenId });
    expect(readVerifiedClaims(forged, TEST_JWT_SECRET)).toBeNull();
  });
});
