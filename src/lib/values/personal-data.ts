/**
 * Personal data that must not be published: resident ID numbers (GB 11643-1999, 18 characters with an
 * ISO 7064 MOD 11-2 check digit) and mainland mobile numbers. Only a valid check digit counts, so a
 * long project number is not mistaken for an ID.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function residentIdCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '';
}

function isPlausibleBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const ID_CANDIDATE = /(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])/g;
// 1[3-9]x xxxx xxxx, optionally +86 and separators, not inside a longer number.
const MOBILE_CANDIDATE = /(?<![\d])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?![\d])/g;

export type PersonalDataHit = { kind: 'resident_id' | 'mobile'; masked: string };

function mask(s: string, keepStart: number, keepEnd: number): string {
  return s.slice(0, keepStart) + '*'.repeat(Math.max(0, s.length - keepStart - keepEnd)) + s.slice(s.length - keepEnd);
}

/**
 * Both patterns need three digits, an optional space or hyphen, then four digits (an ID has 17 digits
 * in a row). Most text has no such run: testing for it first skips the two scans (validation calls
 * this for every free-text cell).
 */
const DIGIT_RUN = /\d{3}[\s-]?\d{4}/;

export function findPersonalData(text: string): PersonalDataHit[] {
  if (!DIGIT_RUN.test(text)) return [];
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(ID_CANDIDATE)) {
    const id = (match[1] ?? '').toUpperCase();
    if (isPlausibleBirthDate(id.slice(6, 14)) && residentIdCheckDigit(id.slice(0, 17)) === id[17]) {
      hits.push({ kind: 'resident_id', masked: mask(id, 6, 4) });
    }
  }
  for (const match of text.matchAll(MOBILE_CANDIDATE)) {
    const digits = `${match[1]}${match[2]}${match[3]}`;
    hits.push({ kind: 'mobile', masked: mask(digits, 3, 4) });
  }
  return hits;
}
