import YAML from 'yaml';
import { cellText, type RawTable } from './raw-table.ts';

export type StructuredResult = { ok: true; table: RawTable } | { ok: false; reason: 'syntax'; detail: string } | { ok: false; reason: 'shape' };

/** JSON or YAML: a list of records, or an object holding the list under the table's name. */
export function readStructured(file: string, text: string, format: 'json' | 'yaml', tableName: string): StructuredResult {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: (error as Error).message };
  }
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[tableName];
  if (!Array.isArray(list) || !list.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    return { ok: false, reason: 'shape' };
  }
  const headers: string[] = [];
  for (const record of list as Record<string, unknown>[]) for (const key of Object.keys(record)) if (!headers.includes(key)) headers.push(key);
  return {
    ok: true,
    table: {
      file,
      headers,
      rows: (list as Record<string, unknown>[]).map((record, index) => ({
        row: index + 1,
        cells: Object.fromEntries(headers.map((h) => [h, cellText(record[h])])),
      })),
    },
  };
}
