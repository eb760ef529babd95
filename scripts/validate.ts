/**
 * `npm run validate`: checks the publisher's data and prints every problem at once, as
 * `file:row: field: 中文 / English`. Exits 1 on any error; warnings never fail. Writes nothing
 * to the published output.
 *
 *   node scripts/validate.ts [--root DIR] [--codequality FILE]
 *
 * In GitHub Actions (GITHUB_ACTIONS=true) it also prints `::error file=…,line=…::` annotations;
 * --codequality writes a GitLab Code Quality report for merge requests.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config/load.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import type { Issue } from '../src/lib/validate/issues.ts';
import { codeQualityReport, reportIssues } from './lib/report.ts';

const { values: args } = parseArgs({ options: { root: { type: 'string' }, codequality: { type: 'string' } } });
const root = path.resolve(args.root ?? process.cwd());

async function finish(issues: Issue[], errors: number): Promise<never> {
  reportIssues(issues);
  if (args.codequality) await writeFile(args.codequality, codeQualityReport(issues) + '\n');
  process.exit(errors > 0 ? 1 : 0);
}

const configResult = await loadConfig(root);
if (!configResult.ok) await finish(configResult.issues, configResult.issues.length);
else {
  const result = await runPipeline({ root, config: configResult.config });
  if (result.dataset) {
    const d = result.dataset;
    console.log(`✓ 数据有效 data valid: ${d.partnerships.length} 个项目 partnerships, ${d.organizations.length} 个组织 organizations, ${result.warnings} 条警告 warnings`);
  }
  await finish(result.issues, result.errors);
}
