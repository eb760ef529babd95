/**
 * One documented mapping from what publishers write in a header row to column keys: the key itself,
 * the Chinese header, or an alias, matched without regard to case, spaces, underscores, hyphens or colons.
 * A money header may carry its unit: `合同金额（万元）`, `contract_value (元)`.
 */
import type { MoneyUnit } from '../values/money.ts';
import type { AnyColumn } from '../schema/columns.ts';
import type { TableDef } from '../schema/tables.ts';

export const headerKey = (s: string) => s.trim().toLowerCase().replace(/[\s_\-:：]+/g, '');

const UNIT_SUFFIX = /\s*[（(]\s*(元|万元|yuan|10k\s*yuan)\s*[)）]\s*$/i;

export interface HeaderMatch {
  header: string;
  key: string;
  unit?: MoneyUnit;
}

export interface HeaderMapping {
  matched: HeaderMatch[];
  unknown: string[];
  duplicates: string[];
  missingRequired: string[];
}

export function headerIndex(table: TableDef): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, column] of Object.entries<AnyColumn>(table.columns)) {
    for (const name of [key, column.header.zh, column.header.en, ...column.aliases]) index.set(headerKey(name), key);
  }
  return index;
}

export function mapHeaders(table: TableDef, headers: string[]): HeaderMapping {
  const index = headerIndex(table);
  const matched: HeaderMatch[] = [];
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const header of headers) {
    if (header === '') continue;
    let key = index.get(headerKey(header));
    let unit: MoneyUnit | undefined;
    const suffix = UNIT_SUFFIX.exec(header);
    if (!key && suffix) key = index.get(headerKey(header.replace(UNIT_SUFFIX, '')));
    // The unit in the header wins over the config's `units`, also when the whole header is an alias ("合同金额（元）").
    if (key && suffix) {
      const word = (suffix[1] ?? '').toLowerCase().replace(/\s+/g, '');
      unit = word === '万元' || word === '10kyuan' ? '万元' : '元';
    }
    if (!key) {
      unknown.push(header);
      continue;
    }
    if (seen.has(key)) {
      duplicates.push(header);
      continue;
    }
    seen.add(key);
    matched.push(unit ? { header, key, unit } : { header, key });
  }
  const missingRequired = Object.entries<AnyColumn>(table.columns)
    .filter(([key, column]) => column.required && !seen.has(key))
    .map(([key]) => key);
  return { matched, unknown, duplicates, missingRequired };
}
