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
