import { describe, expect, it } from "vitest";
import { gstinCheckCharacter, gstinProblem, maskGstin, maskTail, PAN_PATTERN, verhoeffCheckDigit, verhoeffValid } from "../../src/modules/kyc/kyc-rules.ts";

describe("PAN", () => {
  it.each(["ABCPE1234F", "AAACB1234C", "ZZZTZ9999Z"])("accepts %s", (pan) => expect(PAN_PATTERN.test(pan)).toBe(true));
  it.each(["ABCDE1234F", "ABCXE1234F", "ABCPE123F", "abcpe1234f", "ABCPE12345"])("refuses %s (4th char is the holder type)", (pan) =>
    expect(PAN_PATTERN.test(pan)).toBe(false),
  );
});

describe("GSTIN", () => {
  it("accepts the spec's example", () => {
    expect(gstinProblem("27AAPFU0939F1ZV")).toBeNull();
    expect(gstinCheckCharacter("27AAPFU0939F1Z")).toBe("V");
  });

  it("computes a check character that every other 15th character fails", () => {
    const base = "29ABCPE1234F1Z";
    const check = gstinCheckCharacter(base);
    expect(gstinProblem(base + check)).toBeNull();
    for (const other of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".replace(check, "")) expect(gstinProblem(base + other)).toBe("checksum");
  });

  it.each([
    ["00AAPFU0939F1ZV", "state"],
    ["39AAPFU0939F1ZV", "state"],
    ["27AAPXU0939F1ZV", "pan"],
    ["27AAPFU0939F0ZV", "format"],
    ["27AAPFU0939F1Z", "format"],
    ["27AAPFU0939F1ZW", "checksum"],
  ])("%s has a %s problem", (gstin, problem) => expect(gstinProblem(gstin)).toBe(problem));

  it("accepts the special state codes 97 and 99", () => {
    for (const state of ["97", "99"]) {
      const base = `${state}AAPFU0939F1Z`;
      expect(gstinProblem(base + gstinCheckCharacter(base))).toBeNull();
    }
  });
});

describe("Verhoeff", () => {
  it("matches the textbook example (236 -> 3)", () => {
    expect(verhoeffCheckDigit("236")).toBe(3);
    expect(verhoeffValid("2363")).toBe(true);
    expect(verhoeffValid("2364")).toBe(false);
  });

  it("catches every single-digit error and every adjacent transposition of a generated number", () => {
    const body = "23456789012";
    const valid = body + verhoeffCheckDigit(body);
    expect(verhoeffValid(valid)).toBe(true);
    for (let i = 0; i < valid.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        expect(verhoeffValid(valid.slice(0, i) + d + valid.slice(i + 1))).toBe(false);
      }
      if (i < valid.length - 1 && valid[i] !== valid[i + 1]) {
        expect(verhoeffValid(valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2))).toBe(false);
      }
    }
  });
});

describe("masking", () => {
  it("keeps only the tail", () => {
    expect(maskTail("50100123456789")).toBe("XXXXXXXXXX6789");
    expect(maskTail("234567890124")).toBe("XXXXXXXX0124");
    expect(maskGstin("27AAPFU0939F1ZV")).toBe("27XXXXXXXX9F1ZV");
  });
});
