import { describe, expect, it } from "vitest";
import { paiseToRupees, parseRupees, rupeeAmountField } from "../../src/money.ts";

describe("parseRupees", () => {
  it.each([
    [100, 10000n],
    [100.1, 10010n],
    [100.01, 10001n],
    [0.29, 29n],
    [1.15, 115n],
    [4.35, 435n],
    ["50000.00", 5000000n],
    ["7", 700n],
    [10000000, 1000000000n],
    [123456789012.34, 12345678901234n],
  ])("%j is %s paise, from its decimal text", (input, paise) => {
    expect(parseRupees(input)).toEqual({ ok: true, paise });
  });

  it("does not inherit float error: 0.1 + 0.2 rupees is refused rather than rounded", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(parseRupees(0.1 + 0.2)).toEqual({ ok: false, problem: "decimals" });
  });

  it.each([
    [100.123, "decimals"],
    ["1.001", "decimals"],
    [-5, "negative"],
    ["-0.5", "negative"],
    [Number.NaN, "type"],
    [Number.POSITIVE_INFINITY, "type"],
    [1e21, "format"],
    ["1e3", "format"],
    ["12abc", "format"],
    ["", "format"],
    [null, "type"],
    [true, "type"],
  ])("refuses %j (%s)", (input, problem) => {
    expect(parseRupees(input)).toEqual({ ok: false, problem });
  });
});

describe("paiseToRupees", () => {
  it.each([
    [5000000n, 50000],
    [10010n, 100.1],
    [1n, 0.01],
    [-250n, -2.5],
    [0n, 0],
  ])("%s paise is %s", (paise, rupees) => expect(paiseToRupees(paise)).toBe(rupees));

  it("round-trips every paise value of a range exactly", () => {
    for (let paise = 0n; paise < 100_000n; paise += 7n) {
      expect(parseRupees(paiseToRupees(paise))).toEqual({ ok: true, paise });
    }
  });
});

describe("rupeeAmountField", () => {
  const field = rupeeAmountField({ minRupees: 100, maxRupees: 10000000 });
  it("enforces bounds with Laravel messages", () => {
    expect(field.parse(100)).toBe(10000n);
    expect(field.safeParse(99.99).error?.issues[0]?.message).toBe("The :attribute field must be at least 100.");
    expect(field.safeParse(10000000.01).error?.issues[0]?.message).toBe("The :attribute field must not be greater than 10000000.");
    expect(field.safeParse(0).error?.issues[0]?.message).toBe("The :attribute field must be at least 100.");
    expect(field.safeParse(-1).error?.issues[0]?.message).toBe("The :attribute field must be greater than 0.");
    expect(field.safeParse(150.555).error?.issues[0]?.message).toBe("The :attribute field must have at most 2 decimal places.");
  });
});
