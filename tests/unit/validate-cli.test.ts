/** `npm run validate` as a publisher runs it: a process in the project root, exit code and printed lines. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { duplicateRow, setCell } from '../helpers/corrupt.ts';
import { validResidentId, wrongUscc } from '../helpers/ids.ts';
import { ORG, removeDir, tempRoot } from '../helpers/root.ts';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/validate.ts');

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

function validate(root: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [SCRIPT], { cwd: root, env: { ...process.env, GITHUB_ACTIONS: '', ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      if (code === -1) return reject(error);
      const lines = (s: string) => s.split('\n').filter((l) => l !== '');
      resolve({ code, stdout: lines(stdout), stderr: lines(stderr) });
    });
  });
}

const ID = validResidentId('11010519900307123');
const WRONG = wrongUscc(ORG.social);

/** The acceptance corruptions: each changes one cell and must be reported at exactly that place. */
const CORRUPTIONS: { name: string; apply: (root: string) => Promise<unknown>; line: string; annotation: string }[] = [
  {
    name: 'duplicated id',
    apply: (root) => duplicateRow(root, 'content/data/organizations.csv', 3),
    line: `content/data/organizations.csv:6: id: 编号“${ORG.social}”重复，已在第 3 行出现 / id "${ORG.social}" is a duplicate of row 3`,
    annotation: `::error file=content/data/organizations.csv,line=6,title=id::编号“${ORG.social}”重复，已在第 3 行出现 / id "${ORG.social}" is a duplicate of row 3`,
  },
  {
    name: 'dangling organization reference',
    apply: (root) => setCell(root, 'content/data/partners.csv', 2, 'organization_id', 'NO-SUCH-ORG'),
    line: 'content/data/partners.csv:2: organization_id: 引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
    annotation: '::error file=content/data/partners.csv,line=2,title=organization_id::引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
  },
  {
    name: 'abc in an amount',
    apply: (root) => setCell(root, 'content/data/partnerships.csv', 3, 'contract_value', 'abc'),
    line: 'content/data/partnerships.csv:3: contract_value: 金额“abc”不是数字 / amount "abc" is not a number',
    annotation: '::error file=content/data/partnerships.csv,line=3,title=contract_value::金额“abc”不是数字 / amount "abc" is not a number',
  },
  {
    name: 'wrong USCC check character',
    apply: (root) => setCell(root, 'content/data/organizations.csv', 3, 'uscc', WRONG),
    line: `content/data/organizations.csv:3: uscc: 统一社会信用代码“${WRONG}”校验码错误（应为 ${ORG.social[17]}） / unified social credit code "${WRONG}" has a wrong check character (expected ${ORG.social[17]})`,
    annotation: `::error file=content/data/organizations.csv,line=3,title=uscc::统一社会信用代码“${WRONG}”校验码错误（应为 ${ORG.social[17]}） / unified social credit code "${WRONG}" has a wrong check character (expected ${ORG.social[17]})`,
  },
  {
    name: 'impossible date',
    apply: (root) => setCell(root, 'content/data/partnerships.csv', 3, 'start_date', '2025-02-30'),
    line: 'content/data/partnerships.csv:3: start_date: 日期“2025-02-30”不存在 / date "2025-02-30" does not exist',
    annotation: '::error file=content/data/partnerships.csv,line=3,title=start_date::日期“2025-02-30”不存在 / date "2025-02-30" does not exist',
  },
  {
    name: 'javascript: link',
    apply: (root) => setCell(root, 'content/data/documents.csv', 2, 'url', 'javascript:alert(document.cookie)'),
    line: 'content/data/documents.csv:2: url: 链接“javascript:alert(document.cookie)”只能使用 http、https 或 mailto / link "javascript:alert(document.cookie)" must use http, https or mailto',
    annotation: '::error file=content/data/documents.csv,line=2,title=url::链接“javascript:alert(document.cookie)”只能使用 http、https 或 mailto / link "javascript:alert(document.cookie)" must use http, https or mailto',
  },
  {
    name: 'resident ID in a description',
    apply: (root) => setCell(root, 'content/data/partnerships.csv', 2, 'summary', (old) => `${old}，联系人身份证 ${ID}`),
    line: `content/data/partnerships.csv:2: summary: 包含居民身份证号码（110105********${ID.slice(14)}），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段 / contains a resident ID number (110105********${ID.slice(14)}) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml`,
    annotation: `::error file=content/data/partnerships.csv,line=2,title=summary::包含居民身份证号码（110105********${ID.slice(14)}），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段 / contains a resident ID number (110105********${ID.slice(14)}) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml`,
  },
];

const summary = (n: number) => `✗ ${n} 个错误，未发布任何内容 / ${n} error(s); nothing was published`;

describe('scripts/validate.ts', { concurrency: true }, () => {
  it('a valid root exits 0 and says so', async () => {
    const root = await tempRoot();
    try {
      const run = await validate(root);
      assert.deepEqual(run, { code: 0, stdout: ['✓ 数据有效 data valid: 2 个项目 partnerships, 4 个组织 organizations, 0 条警告 warnings'], stderr: [] });
    } finally {
      await removeDir(root);
    }
  });

  for (const corruption of CORRUPTIONS) {
    it(`${corruption.name}: exit 1 and the line naming file, row and field`, async () => {
      const root = await tempRoot();
      try {
        await corruption.apply(root);
        const run = await validate(root);
        assert.deepEqual(run, { code: 1, stdout: [], stderr: [corruption.line, summary(1)] });
      } finally {
        await removeDir(root);
      }
    });
  }

  it('all corruptions at once are all reported in one run, with GitHub annotations', async () => {
    const root = await tempRoot();
    try {
      for (const corruption of CORRUPTIONS) await corruption.apply(root);
      const run = await validate(root, { GITHUB_ACTIONS: 'true' });
      assert.equal(run.code, 1);
      const byPlace = (a: string, b: string) => a.localeCompare(b);
      assert.deepEqual(run.stderr.slice(0, -1).sort(byPlace), CORRUPTIONS.map((c) => c.line).sort(byPlace));
      assert.equal(run.stderr.at(-1), summary(CORRUPTIONS.length));
      assert.deepEqual([...run.stdout].sort(byPlace), CORRUPTIONS.map((c) => c.annotation).sort(byPlace));
    } finally {
      await removeDir(root);
    }
  });
});
