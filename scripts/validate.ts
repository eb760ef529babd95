/**
 * `npm run validate`: checks the publisher's data and prints every problem at once, as
 * `file:row: field: 中文 / English`. Exits 1 on any error; warnings never fail. Writes nothing.
 * In GitHub Actions (GITHUB_ACTIONS=true) it also prints `::error file=…,line=…::` annotations.
 */
import { loadConfig } from '../src/lib/config/load.ts';
import { runPipeline } from '../src/lib/pipeline.ts';
import { reportIssues } from './lib/report.ts';

const root = process.cwd();
const configResult = await loadConfig(root);
if (!configResult.ok) {
  reportIssues(configResult.issues);
  process.exit(1);
}
const result = await runPipeline({ root, config: configResult.config });
reportIssues(result.issues);
if (result.dataset) {
  const d = result.dataset;
  console.log(`✓ 数据有效 data valid: ${d.partnerships.length} 个项目 partnerships, ${d.organizations.length} 个组织 organizations, ${result.warnings} 条警告 warnings`);
}
process.exit(result.errors > 0 ? 1 : 0);
