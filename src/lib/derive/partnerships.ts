/** Assembles each partnership with its children, in stable order, and its money figures. */
import type { LatestEvaluation, Partner, Partnership } from '../dataset/types.ts';
import type { TableRows } from '../schema/tables.ts';
import { basisPoints, sumFen } from '../values/money.ts';
import { yearOf } from '../values/dates.ts';
import { byCode } from './fen-by.ts';
import { RECEIVING_ROLES } from '../schema/vocabularies.ts';

type Child<K extends keyof TableRows> = TableRows[K][number];

function groupByPartnership<Row extends { partnership_id: string }>(rows: Row[]): Map<string, Omit<Row, 'partnership_id'>[]> {
  const groups = new Map<string, Omit<Row, 'partnership_id'>[]>();
  for (const { partnership_id, ...rest } of rows) {
    const list = groups.get(partnership_id);
    if (list) list.push(rest);
    else groups.set(partnership_id, [rest]);
  }
  return groups;
}

const ROLE_ORDER = ['lead', 'partner', 'co_funder', 'supervisor'];

/**
 * Attribution: a lead's or partner's `share` if given; otherwise the lead(s) split what the shares
 * leave of the contract value (the first lead in id order takes the odd 分). Co-funders and
 * supervisors are attributed nothing.
 */
export function attribute(contractValue: number, partners: Omit<Child<'partners'>, 'partnership_id'>[]): Partner[] {
  const given = sumFen(partners.filter((p) => RECEIVING_ROLES.has(p.role)).map((p) => p.share ?? 0));
  const leadsWithout = partners.filter((p) => p.role === 'lead' && p.share === null);
  const rest = Math.max(0, contractValue - given);
  const each = leadsWithout.length > 0 ? Math.floor(rest / leadsWithout.length) : 0;
  const odd = leadsWithout.length > 0 ? rest - each * leadsWithout.length : 0;
  const sorted = [...partners].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || byCode(a.organization_id, b.organization_id));
  const firstLead = sorted.find((p) => p.role === 'lead' && p.share === null);
  return sorted.map((p) => ({
    ...p,
    attributed: !RECEIVING_ROLES.has(p.role) ? 0 : (p.share ?? (p.role === 'lead' ? each + (p === firstLead ? odd : 0) : 0)),
  }));
}

function latest<E extends { date: string; id: string }>(list: E[]): E | undefined {
  return [...list].sort((a, b) => byCode(b.date, a.date) || byCode(b.id, a.id))[0];
}

export function assemblePartnerships(rows: TableRows): Partnership[] {
  const partners = groupByPartnership(rows.partners);
  const budgets = groupByPartnership(rows.budget_lines);
  const txs = groupByPartnership(rows.transactions);
  const tasks = groupByPartnership(rows.tasks);
  const events = groupByPartnership(rows.events);
  const evals = groupByPartnership(rows.evaluations);
  const docs = groupByPartnership(rows.documents);
  const meetings = groupByPartnership(rows.meetings);

  return [...rows.partnerships]
    .sort((a, b) => byCode(a.id, b.id))
    .map((p): Partnership => {
      const own = {
        partners: attribute(p.contract_value, partners.get(p.id) ?? []),
        budget_lines: [...(budgets.get(p.id) ?? [])].sort((a, b) => a.line - b.line),
        transactions: [...(txs.get(p.id) ?? [])].sort((a, b) => byCode(a.date, b.date) || byCode(a.id, b.id)),
        tasks: [...(tasks.get(p.id) ?? [])].sort((a, b) => a.seq - b.seq),
        events: [...(events.get(p.id) ?? [])].sort((a, b) => byCode(a.date, b.date) || byCode(a.stage, b.stage)),
        evaluations: [...(evals.get(p.id) ?? [])].sort((a, b) => byCode(a.date, b.date) || byCode(a.id, b.id)),
        documents: [...(docs.get(p.id) ?? [])].sort((a, b) => byCode(a.date ?? '', b.date ?? '') || byCode(a.url, b.url)),
        meetings: [...(meetings.get(p.id) ?? [])].sort((a, b) => byCode(a.date, b.date) || byCode(a.id, b.id)),
      };
      const total = (kind: string) => sumFen(own.transactions.filter((t) => t.kind === kind).map((t) => t.amount));
      const disbursements = total('disbursement');
      const refunds = total('refund');
      const disbursed = disbursements - refunds;
      const assessed = latest(own.evaluations.filter((e) => e.kind !== 'survey'));
      const survey = latest(own.evaluations.filter((e) => e.kind === 'survey' && e.score !== null));
      const latestEvaluation: LatestEvaluation | null = assessed
        ? { id: assessed.id, kind: assessed.kind, date: assessed.date, score: assessed.score, grade: assessed.grade }
        : null;
      return {
        ...p,
        year: yearOf(p.signed_on ?? p.start_date),
        lead_organization_id: own.partners.find((x) => x.role === 'lead')?.organization_id ?? '',
        ...own,
        figures: {
          budget_total: sumFen(own.budget_lines.map((l) => l.amount)),
          disbursements,
          refunds,
          disbursed,
          spent: total('expenditure'),
          disbursed_share_bp: basisPoints(disbursed, p.contract_value),
          latest_evaluation: latestEvaluation,
          satisfaction: survey?.score ?? null,
        },
      };
    });
}
