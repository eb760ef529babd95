/**
 * Check characters computed here from the standards themselves, independently of src/lib, so tests
 * can make valid (and deliberately invalid) codes without trusting the code under test.
 *  - USCC, GB 32100-2015: 31-character alphabet, weight of position i is 3^i mod 31, check = (31 − Σ mod 31) mod 31.
 *  - Resident ID, GB 11643-1999 (ISO 7064 MOD 11-2): weight of position i is 2^(17−i) mod 11,
 *    check value (12 − Σ mod 11) mod 11, written X for 10.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`not in the USCC alphabet: ${first17.charAt(i)}`);
    sum += value * (3 ** i % 31);
  }
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export const validUscc = (first17: string): string => first17 + usccCheckChar(first17);

/** The same code with a different (wrong) check character. */
export function wrongUscc(valid: string, shift = 1): string {
  const index = USCC_ALPHABET.indexOf(valid.charAt(17));
  return valid.slice(0, 17) + USCC_ALPHABET.charAt((index + shift) % 31);
}

export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

export const validResidentId = (first17: string): string => first17 + residentIdCheck(first17);

/** The same number with a wrong check character. */
export function wrongResidentId(valid: string): string {
  const right = valid.charAt(17);
  const other = right === '0' ? '1' : '0';
  return valid.slice(0, 17) + other;
}
