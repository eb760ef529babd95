import type { Flag, Signal } from '../types.ts';
import { addMonths, awardDate, byCode, namer, param } from '../util.ts';
import type { IsoDate } from '../../values/dates.ts';

interface Failure {
  evaluation_id: string;
  date: IsoDate;
  partnership_id: string;
}

/** Index of the last failure dated on or before `date` (list sorted by date), or -1. */
function lastOnOrBefore(list: Failure[], date: IsoDate): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.date ?? '') <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export const failThenAward: Signal<'months'> = {
  id: 'fail-then-award',
  title: { zh: '评估不合格后再获项目', en: 'New award after a failed evaluation' },
  why: {
    zh: '评估不合格本应影响后续合作。同一政府方很快又把新项目交给同一承接方，评估就失去了约束作用，可能是过度依赖少数组织或合作共谋的迹象；也可能已经整改，值得查看整改情况。',
    en: 'A failed evaluation should weigh on future awards. When the same government soon gives the same organization a new partnership, evaluation loses its force; this can point to over-reliance on a few organizations or collusion (合作共谋) — or the problems may have been fixed, which is worth checking.',
  },
  params: {
    months: param(12, 'months', '不合格后的月数', 'Months after the failed evaluation', { min: 1 }),
  },
  definition: ({ months }) => ({
    zh: `某项目的评估等级为"不合格"，之后 ${months} 个月内（含当天和第 ${months} 个月的同一天），同一政府方又与同一承接方签订新项目（按签约日期，没有时按开始日期）。标记的是新项目。`,
    en: `An evaluation of a partnership is graded "fail", and on or within ${months} months after its date (up to the same day ${months} months later) the same government awards a new partnership to the same lead organization (by signing date, else start date). The new partnership is flagged.`,
  }),
  detect(dataset, { months }) {
    // Failures by government + lead organization, oldest first.
    const failures = new Map<string, Failure[]>();
    for (const p of dataset.partnerships) {
      if (!p.lead_organization_id) continue;
      for (const e of p.evaluations) {
        if (e.grade !== 'fail') continue;
        const key = `${p.government_id}\u0000${p.lead_organization_id}`;
        const list = failures.get(key) ?? [];
        list.push({ evaluation_id: e.id, date: e.date, partnership_id: p.id });
        failures.set(key, list);
      }
    }
    for (const list of failures.values()) list.sort((a, b) => byCode(a.date, b.date) || byCode(a.evaluation_id, b.evaluation_id));

    const name = namer(dataset);
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      const list = failures.get(`${p.government_id}\u0000${p.lead_organization_id}`);
      if (!list) continue;
      const award = awardDate(p);
      // The most recent failure of another partnership on or before the award. Later failures end
      // their window later, so if that one's window does not reach the award, no earlier one's does.
      let i = lastOnOrBefore(list, award);
      while (i >= 0 && list[i]?.partnership_id === p.id) i -= 1;
      const failure = list[i];
      if (!failure || award > addMonths(failure.date, months)) continue;
      const org = p.lead_organization_id;
      flags.push({
        signal: 'fail-then-award',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: org,
        year: p.year,
        facts: {
          failed_evaluation_id: failure.evaluation_id,
          failed_evaluation_date: failure.date,
          failed_partnership_id: failure.partnership_id,
          award_date: award,
        },
        explanation: {
          zh: `${name.zh(org)}承接的项目 ${failure.partnership_id} 在 ${failure.date} 的评估（${failure.evaluation_id}）为不合格，${award} 同一政府方又与其签订本项目。`,
          en: `${name.en(org)} was graded "fail" on ${failure.date} for partnership ${failure.partnership_id} (evaluation ${failure.evaluation_id}); on ${award} the same government awarded it this partnership.`,
        },
      });
    }
    return flags;
  },
};
