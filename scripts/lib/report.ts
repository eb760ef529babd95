import { createHash } from 'node:crypto';
import { formatAnnotation, formatIssue, type Issue } from '../../src/lib/validate/issues.ts';

/** Prints issues for a person, and for GitHub Actions as annotations too. */
export function reportIssues(issues: Issue[], env: NodeJS.ProcessEnv = process.env): void {
  for (const issue of issues) {
    const line = formatIssue(issue);
    if (issue.severity === 'error') console.error(line);
    else console.warn(line);
    if (env.GITHUB_ACTIONS === 'true') console.log(formatAnnotation(issue));
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) console.error(`✗ ${errors} 个错误，未发布任何内容 / ${errors} error(s); nothing was published`);
}

/**
 * GitLab Code Quality report (Code Climate JSON): shown on the merge request, at the file and line.
 * Data files are not code, but the widget is where publishers already look.
 */
export function codeQualityReport(issues: Issue[]): string {
  return JSON.stringify(
    issues.map((issue) => ({
      description: `${issue.field ? issue.field + ': ' : ''}${issue.message.zh} / ${issue.message.en}`,
      check_name: issue.code,
      fingerprint: createHash('sha256').update(formatIssue(issue)).digest('hex'),
      severity: issue.severity === 'error' ? 'major' : 'minor',
      location: { path: issue.file, lines: { begin: Math.max(issue.row, 1) } },
    })),
    null,
    2,
  );
}
