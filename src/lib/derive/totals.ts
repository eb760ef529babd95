/** Portal-wide totals for the home and finance pages. */
import type { Organization, Partnership, Totals } from '../dataset/types.ts';
import { sumFen } from '../values/money.ts';
import { FenAccumulator, NestedFenAccumulator } from './fen-by.ts';
import { isFinished } from './organizations.ts';

export function deriveTotals(partnerships: Partnership[], organizations: Organization[]): Totals {
  const byYear = new FenAccumulator();
  const byMode = new FenAccumulator();
  const byField = new FenAccumulator();
  const byDistrict = new FenAccumulator();
  const bySource = new FenAccumulator();
  const byYearMode = new NestedFenAccumulator();
  const byYearField = new NestedFenAccumulator();
  let finished = 0;
  let evaluated = 0;
  // Satisfaction is averaged in tenths of a point, as integers, so the mean is reproducible.
  let satisfactionTenths = 0;
  let surveyed = 0;
  for (const p of partnerships) {
    const year = String(p.year);
    byYear.add(year, p.contract_value);
    byMode.add(p.mode, p.contract_value);
    byField.add(p.field, p.contract_value);
    byDistrict.add(p.district, p.contract_value);
    bySource.add(p.funding_source, p.contract_value);
    byYearMode.add(year, p.mode, p.contract_value);
    byYearField.add(year, p.field, p.contract_value);
    if (isFinished(p)) {
      finished += 1;
      if (p.figures.latest_evaluation) evaluated += 1;
    }
    if (p.figures.satisfaction !== null) {
      satisfactionTenths += Math.round(p.figures.satisfaction * 10);
      surveyed += 1;
    }
  }
  return {
    partnerships: partnerships.length,
    organizations: organizations.length,
    social_organizations: organizations.filter((o) => o.kind === 'social').length,
    governments: organizations.filter((o) => o.kind === 'government').length,
    contract_value: sumFen(partnerships.map((p) => p.contract_value)),
    disbursed: sumFen(partnerships.map((p) => p.figures.disbursed)),
    spent: sumFen(partnerships.map((p) => p.figures.spent)),
    by_year: byYear.done(),
    by_mode: byMode.done(),
    by_field: byField.done(),
    by_district: byDistrict.done(),
    by_funding_source: bySource.done(),
    by_year_mode: byYearMode.done(),
    by_year_field: byYearField.done(),
    finished,
    finished_evaluated: evaluated,
    average_satisfaction: surveyed > 0 ? Math.round(satisfactionTenths / surveyed) / 10 : null,
    evaluations: partnerships.reduce((n, p) => n + p.evaluations.length, 0),
    transactions: partnerships.reduce((n, p) => n + p.transactions.length, 0),
  };
}
