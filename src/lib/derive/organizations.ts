/** Per-organization figures from the partnerships it takes part in, funds or evaluates. */
import type { EvaluatorFigures, GovernmentFigures, Organization, PartnerFigures, Partnership } from '../dataset/types.ts';
import type { OrganizationRow } from '../schema/tables.ts';
import type { Grade } from '../schema/vocabularies.ts';
import { FenAccumulator, NestedFenAccumulator, byCode } from './fen-by.ts';

/** Finished means completed: a terminated partnership is not expected to be evaluated. */
export function isFinished(p: Partnership): boolean {
  return p.status === 'completed';
}

function partnerFigures(orgId: string, list: Partnership[]): PartnerFigures {
  const byYear = new FenAccumulator();
  const byMode = new FenAccumulator();
  const governments = new Set<string>();
  const grades: Partial<Record<Grade, number>> = {};
  let total = 0;
  let disbursed = 0;
  let firstYear: number | null = null;
  for (const p of list) {
    const share = p.partners.find((x) => x.organization_id === orgId)?.attributed ?? 0;
    total += share;
    byYear.add(String(p.year), share);
    byMode.add(p.mode, share);
    governments.add(p.government_id);
    firstYear = firstYear === null ? p.year : Math.min(firstYear, p.year);
    if (p.lead_organization_id === orgId) {
      disbursed += p.figures.disbursed;
      const grade = p.figures.latest_evaluation?.grade;
      if (grade) grades[grade] = (grades[grade] ?? 0) + 1;
    }
  }
  return {
    partnership_ids: list.map((p) => p.id),
    attributed_total: total,
    attributed_by_year: byYear.done(),
    attributed_by_mode: byMode.done(),
    disbursed_total: disbursed,
    government_ids: [...governments].sort(byCode),
    grades,
    first_year: firstYear,
  };
}

function governmentFigures(list: Partnership[]): GovernmentFigures {
  const byYear = new FenAccumulator();
  const byMode = new FenAccumulator();
  const byYearMode = new NestedFenAccumulator();
  const byPartner = new FenAccumulator();
  let committed = 0;
  let disbursed = 0;
  let finished = 0;
  let evaluated = 0;
  for (const p of list) {
    committed += p.contract_value;
    disbursed += p.figures.disbursed;
    byYear.add(String(p.year), p.contract_value);
    byMode.add(p.mode, p.contract_value);
    byYearMode.add(String(p.year), p.mode, p.contract_value);
    for (const partner of p.partners) if (partner.attributed > 0) byPartner.add(partner.organization_id, partner.attributed);
    if (isFinished(p)) {
      finished += 1;
      if (p.figures.latest_evaluation) evaluated += 1;
    }
  }
  return {
    partnership_ids: list.map((p) => p.id),
    committed_total: committed,
    committed_by_year: byYear.done(),
    committed_by_mode: byMode.done(),
    committed_by_year_mode: byYearMode.done(),
    disbursed_total: disbursed,
    by_partner: byPartner.done(),
    finished,
    finished_evaluated: evaluated,
  };
}

export function deriveOrganizations(rows: OrganizationRow[], partnerships: Partnership[]): Organization[] {
  const asPartner = new Map<string, Partnership[]>();
  const asGovernment = new Map<string, Partnership[]>();
  const asEvaluator = new Map<string, { evaluation_ids: string[]; partnership_ids: Set<string> }>();
  const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const p of partnerships) {
    for (const partner of p.partners) push(asPartner, partner.organization_id, p);
    push(asGovernment, p.government_id, p);
    for (const e of p.evaluations) {
      let figures = asEvaluator.get(e.evaluator_id);
      if (!figures) asEvaluator.set(e.evaluator_id, (figures = { evaluation_ids: [], partnership_ids: new Set() }));
      figures.evaluation_ids.push(e.id);
      figures.partnership_ids.add(p.id);
    }
  }
  return [...rows]
    .sort((a, b) => byCode(a.id, b.id))
    .map((o) => {
      const partnerList = asPartner.get(o.id);
      const governmentList = asGovernment.get(o.id);
      const evaluator = asEvaluator.get(o.id);
      return {
        ...o,
        as_partner: partnerList ? partnerFigures(o.id, partnerList) : null,
        as_government: governmentList ? governmentFigures(governmentList) : null,
        as_evaluator: evaluator ? ({ evaluation_ids: [...evaluator.evaluation_ids].sort(byCode), partnership_ids: [...evaluator.partnership_ids].sort(byCode) } satisfies EvaluatorFigures) : null,
      };
    });
}
