/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V); the last is a check character, mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters, or null if one is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

export type UsccCheck = { ok: true } | { ok: false; reason: 'format' } | { ok: false; reason: 'check'; expected: string };

export function checkUscc(code: string): UsccCheck {
  if (!USCC_PATTERN.test(code)) return { ok: false, reason: 'format' };
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected === null) return { ok: false, reason: 'format' };
  return code[17] === expected ? { ok: true } : { ok: false, reason: 'check', expected };
}

/** Completes 17 characters into a valid code; used by the sample and synthetic generators. */
export function completeUscc(first17: string): string {
  const check = usccCheckCharacter(first17);
  if (check === null) throw new Error(`not a USCC prefix: ${first17}`);
  return first17 + check;
}
