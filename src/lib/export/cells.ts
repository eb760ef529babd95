/**
 * Cell text for spreadsheets people open in Excel or WPS. A cell from data that starts like a formula
 * is made inert with a leading `'` (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab and CR, and their
 * full-width forms, which some East Asian spreadsheet settings also treat as formula starts.
 * Numbers, money and dates are written by our own code from typed values and are never neutralized:
 * money and counts are never negative (the schema rejects it), so they cannot start with `-`.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** Dates in OCDS must be date-times: the start of the day in China (UTC+8), where the data is recorded. */
export function chinaDateTime(date: string): string {
  return `${date}T00:00:00+08:00`;
}
