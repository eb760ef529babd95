import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linesAfter, minimalTables, ORG, runTables, setCellIn } from '../helpers/root.ts';

describe('cross-table rules: errors', () => {
  it('duplicate id', async () => {
    assert.deepEqual(await linesAfter((t) => t.organizations.push({ ...t.organizations[1]! })), [
      `content/data/organizations.csv:6: id: 编号“${ORG.social}”重复，已在第 3 行出现 / id "${ORG.social}" is a duplicate of row 3`,
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'transactions', 6, 'id', 'T-0002')), [
      'content/data/transactions.csv:6: id: 编号“T-0002”重复，已在第 3 行出现 / id "T-0002" is a duplicate of row 3',
    ]);
  });

  it('duplicate composite key', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'budget_lines', 3, 'line', '1')), [
      'content/data/budget_lines.csv:3: line: “QH-2024-001 / 1”重复，已在第 2 行出现 / "QH-2024-001 / 1" is a duplicate of row 2',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partners', 3, 'organization_id', ORG.social)), [
      `content/data/partners.csv:3: organization_id: “QH-2024-001 / ${ORG.social}”重复，已在第 2 行出现 / "QH-2024-001 / ${ORG.social}" is a duplicate of row 2`,
    ]);
  });

  it('dangling references to organizations', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partners', 2, 'organization_id', 'NO-SUCH-ORG')), [
      'content/data/partners.csv:2: organization_id: 引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 3, 'government_id', 'NO-SUCH-ORG')), [
      'content/data/partnerships.csv:3: government_id: 引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'evaluations', 3, 'evaluator_id', 'NO-SUCH-ORG')), [
      'content/data/evaluations.csv:3: evaluator_id: 引用了不存在的组织“NO-SUCH-ORG” / refers to organization "NO-SUCH-ORG", which does not exist',
    ]);
  });

  it('dangling references to partnerships, from every child table', async () => {
    const children = ['partners', 'budget_lines', 'transactions', 'tasks', 'events', 'evaluations', 'documents', 'meetings'] as const;
    const lines = await linesAfter((t) => {
      for (const name of children) setCellIn(t, name, 2, 'partnership_id', 'QH-9999');
    });
    const dangling = children.map((name) => `content/data/${name}.csv:2: partnership_id: 引用了不存在的合作项目“QH-9999” / refers to partnership "QH-9999", which does not exist`);
    for (const line of dangling) assert.ok(lines.includes(line), `missing: ${line}\n${lines.join('\n')}`);
    // Moving rows away has its consequences: QH-2024-001 loses its lead and a budget line.
    assert.deepEqual(lines.filter((l) => !dangling.includes(l)), [
      'content/data/budget_lines.csv:3: amount: [警告 warning] 预算明细合计 120,000.00 与合同金额 360,000.00 不一致 / budget lines total 120,000.00, which differs from the contract value 360,000.00',
      'content/data/partnerships.csv:2: id: 项目没有承接方：请在合作方表（partners）中至少填写一个角色为“承接方”的组织 / the partnership has no lead organization: add at least one partner with the role "lead" in the partners table',
    ]);
  });

  it('the government of a partnership must be a government body', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 2, 'government_id', ORG.social)), [
      `content/data/partnerships.csv:2: government_id: “${ORG.social}”应为政府部门，但登记为社会组织 / "${ORG.social}" must be a government body but is registered as social organization`,
    ]);
  });

  it('end before start', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 3, 'end_date', '2025/3/9')), [
      'content/data/partnerships.csv:3: end_date: 结束日期 2025-03-09 早于开始日期 2025-03-10 / end date 2025-03-09 is before start date 2025-03-10',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 3, 'end_date', '2025-03-10')), [], 'same day is fine');
  });

  it('refunds larger than disbursements', async () => {
    assert.deepEqual(await linesAfter((t) => t.transactions.push({ id: 'T-0006', partnership_id: 'QH-2025-002', date: '2025-06-01', kind: '退回', amount: '40,000.01' })), [
      'content/data/transactions.csv:6: amount: [警告 warning] 支出合计 12,345.67 超过拨付净额 -0.01（拨付减退回） / expenditure totals 12,345.67, more than the -0.01 disbursed net of refunds',
      'content/data/transactions.csv:7: amount: 退回金额合计 40,000.01 超过拨付合计 40,000.00 / refunds total 40,000.01, more than the 40,000.00 disbursed',
    ]);
    assert.deepEqual(await linesAfter((t) => t.transactions.push({ id: 'T-0006', partnership_id: 'QH-2025-002', date: '2025-06-01', kind: 'refund', amount: '27,654.33' })), [], 'refunding exactly what was not spent is fine');
  });

  it('no lead organization', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partners', 4, 'role', '合作方')), [
      'content/data/partnerships.csv:3: id: 项目没有承接方：请在合作方表（partners）中至少填写一个角色为“承接方”的组织 / the partnership has no lead organization: add at least one partner with the role "lead" in the partners table',
    ]);
  });
});

describe('cross-table rules: warnings', () => {
  it('budget lines that do not add up to the contract value (on the last line)', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'budget_lines', 2, 'amount', '239,999.99')), [
      'content/data/budget_lines.csv:3: amount: [警告 warning] 预算明细合计 359,999.99 与合同金额 360,000.00 不一致 / budget lines total 359,999.99, which differs from the contract value 360,000.00',
    ]);
  });

  it('shares of the partners adding up to more than the contract value (on the last share)', async () => {
    assert.deepEqual(await linesAfter((t) => {
      setCellIn(t, 'partners', 2, 'share', '300,000.00');
      setCellIn(t, 'partners', 3, 'share', '60,000.01');
    }), [
      'content/data/partners.csv:3: share: [警告 warning] 承接方和合作方的分配金额合计 360,000.01 超过合同金额 360,000.00 / the shares of the lead and partners total 360,000.01, more than the contract value 360,000.00',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partners', 2, 'share', '300,000.00')), [], 'exactly the contract value is fine');
  });

  it('expenditure beyond what was disbursed', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'transactions', 6, 'amount', '40,000.01')), [
      'content/data/transactions.csv:6: amount: [警告 warning] 支出合计 40,000.01 超过拨付净额 40,000.00（拨付减退回） / expenditure totals 40,000.01, more than the 40,000.00 disbursed net of refunds',
    ]);
  });

  it('a grade that does not match the score', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'evaluations', 2, 'score', '89.9')), [
      'content/data/evaluations.csv:2: grade: [警告 warning] 评分 89.9 与等级“优秀”不相符（优秀为 90–100 分） / score 89.9 does not match grade "Excellent" (Excellent is 90–100)',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'evaluations', 2, 'score', '90')), [], 'band edges are inclusive');
  });

  it('a satisfaction survey without its sample size; a survey score is not graded', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'evaluations', 3, 'sample_size', '')), [
      'content/data/evaluations.csv:3: sample_size: [警告 warning] 满意度调查应填写样本量 / a satisfaction survey should give its sample size',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'evaluations', 3, 'grade', '不合格')), []);
  });

  it('warnings never stop publication', async () => {
    const tables = minimalTables();
    setCellIn(tables, 'evaluations', 3, 'sample_size', '');
    setCellIn(tables, 'budget_lines', 2, 'amount', '1');
    const outcome = await runTables(tables);
    assert.equal(outcome.result?.errors, 0);
    assert.equal(outcome.result?.warnings, 2);
    assert.notEqual(outcome.result?.dataset, null);
  });
});
