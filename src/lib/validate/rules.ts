/**
 * Rules across rows and tables. The line between an error and a warning (docs/data-format.md,
 * "Errors, warnings and signals"):
 *  - an error makes the record impossible or unsafe to publish (duplicate id, dangling reference,
 *    end before start, refunds larger than disbursements, no lead organization);
 *  - a warning is probably a slip but can be true (budget lines not adding up to the contract value,
 *    a grade that does not match the score);
 *  - what can be true and deserves a reader's attention (over-disbursement, payments before signing)
 *    is neither: it is published as an integrity signal.
 */
import type { Located } from '../normalize/rows.ts';
import type { TableRows } from '../schema/tables.ts';
import { ORGANIZATION_KINDS, GRADES, GRADE_BANDS, RECEIVING_ROLES } from '../schema/vocabularies.ts';
import { formatYuan, sumFen } from '../values/money.ts';
import { makeIssue, type Issue } from './issues.ts';

export type LocatedTables = { [K in keyof TableRows]: Located<TableRows[K][number]>[] };

const TARGET_NAMES: Record<string, { zh: string; en: string }> = {
  organizations: { zh: '组织', en: 'organization' },
  partnerships: { zh: '合作项目', en: 'partnership' },
};

function checkDuplicates<Row>(rows: Located<Row>[], key: readonly string[], field: string, issues: Issue[]): void {
  const first = new Map<string, number>();
  next: for (const r of rows) {
    // The key's values joined with " / " (as Array.join would), skipping rows with a null in the key.
    let id = '';
    for (let i = 0; i < key.length; i++) {
      const v = (r.value as Record<string, unknown>)[key[i] as string];
      if (v === null) continue next;
      id += (i === 0 ? '' : ' / ') + (v === undefined ? '' : String(v));
    }
    const seen = first.get(id);
    if (seen === undefined) first.set(id, r.row);
    else issues.push(makeIssue('error', { file: r.file, row: r.row, field }, key.length === 1 ? 'duplicate_id' : 'duplicate_key', { value: id, firstRow: seen }));
  }
}

function checkReference(r: Located<unknown>, field: string, value: string | null, targets: ReadonlySet<string>, target: string, issues: Issue[]): boolean {
  if (value === null || targets.has(value)) return true;
  const name = TARGET_NAMES[target] ?? { zh: target, en: target };
  issues.push(makeIssue('error', { file: r.file, row: r.row, field }, 'unknown_reference', { value, target: name.zh, targetEn: name.en }));
  return false;
}

/**
 * `unavailable`: tables whose file could not be read (already reported). References into them and
 * the lead check are skipped, so one unreadable file gives one message, not one per reference.
 */
export function checkTables(t: LocatedTables, unavailable: ReadonlySet<string> = new Set()): Issue[] {
  const issues: Issue[] = [];
  const canCheck = (target: string) => !unavailable.has(target);
  checkDuplicates(t.organizations, ['id'], 'id', issues);
  checkDuplicates(t.partnerships, ['id'], 'id', issues);
  checkDuplicates(t.partners, ['partnership_id', 'organization_id'], 'organization_id', issues);
  checkDuplicates(t.budget_lines, ['partnership_id', 'line'], 'line', issues);
  checkDuplicates(t.transactions, ['id'], 'id', issues);
  checkDuplicates(t.tasks, ['partnership_id', 'seq'], 'seq', issues);
  checkDuplicates(t.evaluations, ['id'], 'id', issues);
  checkDuplicates(t.meetings, ['id'], 'id', issues);
  checkDuplicates(t.documents, ['partnership_id', 'url'], 'url', issues);

  const orgKind = new Map(t.organizations.map((o) => [o.value.id, o.value.kind]));
  const orgIds = new Set(orgKind.keys());
  const partnershipIds = new Set(t.partnerships.map((p) => p.value.id));

  for (const p of t.partnerships) {
    const v = p.value;
    if (canCheck('organizations') && checkReference(p, 'government_id', v.government_id, orgIds, 'organizations', issues)) {
      const kind = orgKind.get(v.government_id);
      if (kind && kind !== 'government') {
        const expected = ORGANIZATION_KINDS.labels.government;
        const actual = ORGANIZATION_KINDS.labels[kind];
        issues.push(makeIssue('error', { file: p.file, row: p.row, field: 'government_id' }, 'wrong_kind', { value: v.government_id, expected: expected.zh, expectedEn: 'a government body', actual: actual.zh, actualEn: actual.en.toLowerCase() }));
      }
    }
    if (v.end_date && v.start_date && v.end_date < v.start_date) {
      issues.push(makeIssue('error', { file: p.file, row: p.row, field: 'end_date' }, 'end_before_start', { end: v.end_date, start: v.start_date }));
    }
  }

  const childTables = ['partners', 'budget_lines', 'transactions', 'tasks', 'events', 'evaluations', 'documents', 'meetings'] as const;
  for (const name of canCheck('partnerships') ? childTables : []) {
    for (const r of t[name] as Located<{ partnership_id: string }>[]) {
      checkReference(r, 'partnership_id', r.value.partnership_id, partnershipIds, 'partnerships', issues);
    }
  }
  if (canCheck('organizations')) {
    for (const r of t.partners) checkReference(r, 'organization_id', r.value.organization_id, orgIds, 'organizations', issues);
    for (const r of t.evaluations) checkReference(r, 'evaluator_id', r.value.evaluator_id, orgIds, 'organizations', issues);
  }

  // Every partnership needs a lead organization: without it nobody answers for the work.
  const withLead = new Set(t.partners.filter((r) => r.value.role === 'lead').map((r) => r.value.partnership_id));
  for (const p of canCheck('partners') ? t.partnerships : []) {
    if (!withLead.has(p.value.id)) issues.push(makeIssue('error', { file: p.file, row: p.row, field: 'id' }, 'no_lead'));
  }

  for (const issue of checkMoney(t)) issues.push(issue);
  for (const issue of checkEvaluations(t)) issues.push(issue);
  return issues;
}

function groupBy<Row extends { partnership_id: string }>(rows: Located<Row>[]): Map<string, Located<Row>[]> {
  const groups = new Map<string, Located<Row>[]>();
  for (const r of rows) {
    const list = groups.get(r.value.partnership_id);
    if (list) list.push(r);
    else groups.set(r.value.partnership_id, [r]);
  }
  return groups;
}

function checkMoney(t: LocatedTables): Issue[] {
  const issues: Issue[] = [];
  const budgets = groupBy(t.budget_lines);
  const transactions = groupBy(t.transactions);
  const partners = groupBy(t.partners);
  for (const p of t.partnerships) {
    const receiving = (partners.get(p.value.id) ?? []).filter((r) => RECEIVING_ROLES.has(r.value.role) && r.value.share !== null);
    const shares = sumFen(receiving.map((r) => r.value.share ?? 0));
    if (receiving.length > 0 && p.value.contract_value !== null && shares > p.value.contract_value) {
      const last = receiving[receiving.length - 1] as Located<unknown>;
      issues.push(makeIssue('warning', { file: last.file, row: last.row, field: 'share' }, 'shares_exceed_contract', { shares: formatYuan(shares), contract: formatYuan(p.value.contract_value) }));
    }
    const lines = budgets.get(p.value.id) ?? [];
    const budget = sumFen(lines.map((l) => l.value.amount));
    if (lines.length > 0 && p.value.contract_value !== null && budget !== p.value.contract_value) {
      const last = lines[lines.length - 1] as Located<unknown>;
      issues.push(makeIssue('warning', { file: last.file, row: last.row, field: 'amount' }, 'budget_mismatch', { budget: formatYuan(budget), contract: formatYuan(p.value.contract_value) }));
    }
    const txs = transactions.get(p.value.id) ?? [];
    const total = (kind: string) => sumFen(txs.filter((x) => x.value.kind === kind).map((x) => x.value.amount));
    const disbursements = total('disbursement');
    const refunds = total('refund');
    const spent = total('expenditure');
    const lastOf = (kind: string) => [...txs].reverse().find((x) => x.value.kind === kind);
    if (refunds > disbursements) {
      const r = lastOf('refund') as Located<unknown>;
      issues.push(makeIssue('error', { file: r.file, row: r.row, field: 'amount' }, 'refund_exceeds', { refunded: formatYuan(refunds), disbursed: formatYuan(disbursements) }));
    }
    if (spent > disbursements - refunds) {
      const r = lastOf('expenditure') as Located<unknown>;
      issues.push(makeIssue('warning', { file: r.file, row: r.row, field: 'amount' }, 'spent_exceeds_disbursed', { spent: formatYuan(spent), disbursed: formatYuan(disbursements - refunds) }));
    }
  }
  return issues;
}

function checkEvaluations(t: LocatedTables): Issue[] {
  const issues: Issue[] = [];
  for (const e of t.evaluations) {
    const { score, grade, kind, sample_size } = e.value;
    if (score !== null && grade !== null && kind !== 'survey') {
      const band = GRADE_BANDS[grade];
      if (score < band.min || score > band.max) {
        const label = GRADES.labels[grade];
        issues.push(makeIssue('warning', { file: e.file, row: e.row, field: 'grade' }, 'grade_score_mismatch', {
          score,
          grade: label.zh,
          gradeEn: label.en,
          range: `${label.zh}为 ${band.min}–${band.max} 分`,
          rangeEn: `${label.en} is ${band.min}–${band.max}`,
        }));
      }
    }
    if (kind === 'survey' && sample_size === null) issues.push(makeIssue('warning', { file: e.file, row: e.row, field: 'sample_size' }, 'survey_sample_missing'));
  }
  return issues;
}
