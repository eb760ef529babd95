/** What every reader produces: headers and rows of strings, each row with the number a publisher sees. */
export interface RawRow {
  /** Spreadsheet row (header = 1) or, for JSON/YAML, the record's 1-based position. */
  row: number;
  cells: Record<string, string>;
}

export interface RawTable {
  /** The file as the publisher names it (path relative to the project, or the URL). */
  file: string;
  headers: string[];
  rows: RawRow[];
}

/** Converts a cell value from a structured file or spreadsheet to the text a publisher typed. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}
