// Format and checksum rules from SPEC section 4. Pure functions: the provider is only asked about
// input that passes them.

export const PAN_PATTERN = /^[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]$/;
export const IFSC_PATTERN = /^[A-Z]{4}0[A-Z0-9]{6}$/;
export const ACCOUNT_NUMBER_PATTERN = /^[0-9]{9,18}$/;
export const AADHAAR_PATTERN = /^[2-9][0-9]{11}$/;
export const PINCODE_PATTERN = /^[1-9][0-9]{5}$/;
const GSTIN_SHAPE = /^[0-9]{2}[A-Z0-9]{10}[1-9A-Z][A-Z0-9][0-9A-Z]$/;

const BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** GSTIN check character: Luhn mod 36 over the first 14 characters, factors 1,2 alternating from the left. */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36]!;
}

const VALID_STATE_CODE = (code: number) => (code >= 1 && code <= 38) || code === 97 || code === 99;

export type GstinProblem = "format" | "state" | "pan" | "checksum";

export function gstinProblem(gstin: string): GstinProblem | null {
  if (gstin.length !== 15 || !GSTIN_SHAPE.test(gstin)) return "format";
  if (!VALID_STATE_CODE(Number(gstin.slice(0, 2)))) return "state";
  if (!PAN_PATTERN.test(gstin.slice(2, 12))) return "pan";
  if (gstinCheckCharacter(gstin.slice(0, 14)) !== gstin[14]) return "checksum";
  return null;
}

export const panInGstin = (gstin: string) => gstin.slice(2, 12);

// Verhoeff: dihedral group D5 multiplication and position permutation tables.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the last digit is the Verhoeff check digit of the others. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  [...digits].reverse().forEach((digit, i) => {
    c = D[c]![P[i % 8]![Number(digit)]!]!;
  });
  return c === 0;
}

/** The Verhoeff check digit to append to `digits`: the one digit that makes the whole number valid. */
export function verhoeffCheckDigit(digits: string): number {
  return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((digit) => verhoeffValid(`${digits}${digit}`))!;
}

export const maskTail = (value: string, visible = 4) => `${"X".repeat(Math.max(0, value.length - visible))}${value.slice(-visible)}`;
/** GSTINs embed a PAN: show the state code and the last 5 characters only. */
export const maskGstin = (gstin: string) => `${gstin.slice(0, 2)}${"X".repeat(8)}${gstin.slice(10)}`;
