import { renderMessage, type MessageCode, type Params } from './messages.ts';

export type Severity = 'error' | 'warning';

/** One problem in the publisher's data, located as precisely as the input allows. */
export interface Issue {
  severity: Severity;
  /** Path as the publisher knows it, e.g. `content/data/partnerships.csv`, or the source URL. */
  file: string;
  /** Spreadsheet row (header is row 1, first record row 2); for JSON/YAML the record's position (1-based); 0 for the whole file. */
  row: number;
  /** The column key as documented in docs/data-format.md; empty for file-level problems. */
  field: string;
  code: MessageCode;
  message: { zh: string; en: string };
}

export function makeIssue(
  severity: Severity,
  where: { file: string; row: number; field?: string },
  code: MessageCode,
  params?: Params,
): Issue {
  return { severity, file: where.file, row: where.row, field: where.field ?? '', code, message: renderMessage(code, params) };
}

/** `file:row: field: 中文 / English`, the one line a publisher reads. */
export function formatIssue(issue: Issue): string {
  const place = issue.row > 0 ? `${issue.file}:${issue.row}` : issue.file;
  const field = issue.field ? ` ${issue.field}:` : '';
  const tag = issue.severity === 'warning' ? ' [警告 warning]' : '';
  // One issue, one line: a multi-line cell value or parser message must not split it.
  const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return `${place}:${field}${tag} ${oneLine(issue.message.zh)} / ${oneLine(issue.message.en)}`;
}

/** A GitHub Actions workflow command, so the problem shows as an annotation on the file and line. */
export function formatAnnotation(issue: Issue): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${escapeProp(issue.file)}`];
  if (issue.row > 0) props.push(`line=${issue.row}`);
  if (issue.field) props.push(`title=${escapeProp(issue.field)}`);
  const kind = issue.severity === 'error' ? 'error' : 'warning';
  return `::${kind} ${props.join(',')}::${escapeData(`${issue.message.zh} / ${issue.message.en}`)}`;
}

/** Stable order: by file, row, field, then code, so reports (and tests) never depend on rule order. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.row - b.row || a.field.localeCompare(b.field) || a.code.localeCompare(b.code),
  );
}
