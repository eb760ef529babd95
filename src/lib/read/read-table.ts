/** One source to one raw table, whatever its format and encoding, or the problems that stop it. */
import type { SourceConfig } from '../schema/config.ts';
import { makeIssue, type Issue } from '../validate/issues.ts';
import { readCsv } from './csv.ts';
import { decodeText } from './decode.ts';
import type { RawTable } from './raw-table.ts';
import type { SourceBytes } from './sources.ts';
import { readStructured } from './structured.ts';
import { readXlsx } from './xlsx.ts';

export type ReadResult = { table: RawTable; issues: Issue[] } | { table: null; issues: Issue[] };

export async function readTable(source: SourceBytes, config: SourceConfig): Promise<ReadResult> {
  const where = { file: source.file, row: 0 };
  const failed = (issue: Issue): ReadResult => ({ table: null, issues: [issue] });
  switch (source.ext) {
    case 'xlsx': {
      const result = await readXlsx(source.file, source.bytes, config.sheet);
      return result.ok ? { table: result.table, issues: [] } : failed(makeIssue('error', where, 'file_unreadable', { reason: result.reason }));
    }
    case 'csv':
    case 'txt':
    case 'json':
    case 'yaml':
    case 'yml': {
      const decoded = decodeText(source.bytes, config.encoding);
      if (!decoded.ok) return failed(makeIssue('error', where, 'encoding_unknown'));
      if (source.ext === 'csv' || source.ext === 'txt') {
        const result = readCsv(source.file, decoded.text);
        return result.ok ? { table: result.table, issues: [] } : failed(makeIssue('error', { file: source.file, row: result.row }, 'csv_syntax', { reason: result.reason, reasonEn: result.reasonEn }));
      }
      const result = readStructured(source.file, decoded.text, source.ext === 'json' ? 'json' : 'yaml', config.table);
      if (result.ok) return { table: result.table, issues: [] };
      return failed(
        result.reason === 'shape'
          ? makeIssue('error', where, 'structured_not_list', { table: config.table })
          : makeIssue('error', where, 'file_unreadable', { reason: result.detail }),
      );
    }
    default:
      return failed(makeIssue('error', where, 'file_format', { ext: source.ext || '?' }));
  }
}
