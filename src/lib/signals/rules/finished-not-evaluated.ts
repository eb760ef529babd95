import type { Partnership } from '../../dataset/types.ts';
import type { IsoDate } from '../../values/dates.ts';
import { daysBetween } from '../../values/dates.ts';
import type { Flag, Signal } from '../types.ts';
import { param } from '../util.ts';

/** The end of a completed partnership: its end date, else the date of its closure event. */
export function closureDate(p: Partnership): IsoDate | null {
  if (p.end_date) return p.end_date;
  const closure = p.events.filter((e) => e.stage === 'closure').at(-1);
  return closure?.date ?? null;
}

export const finishedNotEvaluated: Signal<'days'> = {
  id: 'finished-not-evaluated',
  title: { zh: '结项后未评估', en: 'Completed but not evaluated' },
  why: {
    zh: '没有评估，公众就无从知道钱花得值不值、服务有没有真正做成。长期不评估是"纸面合作"（虚假合作）的常见迹象，也让后续续签缺少依据。',
    en: 'Without an evaluation nobody can tell whether the money was well spent or the service was actually delivered. Partnerships that are never evaluated are a common sign of cooperation that exists only on paper (虚假合作), and leave later renewals without evidence.',
  },
  params: {
    days: param(90, 'days', '结项后等待天数', 'Days allowed after the end'),
  },
  definition: ({ days }) => ({
    zh: `项目状态为"已结项"，结束日期（没有时用结项环节的日期）距数据截止日超过 ${days} 天，仍没有任何评估（第三方评估、政府抽检或自评；满意度调查不算）。`,
    en: `The partnership is completed, its end date (or, if missing, the date of its closure event) is more than ${days} days before the data's as-of date, and it has no evaluation of any kind (third-party, spot check or self-evaluation; a satisfaction survey does not count).`,
  }),
  detect(dataset, { days }) {
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      if (p.status !== 'completed' || p.figures.latest_evaluation) continue;
      const end = closureDate(p);
      if (!end) continue;
      const since = daysBetween(end, dataset.as_of);
      if (since <= days) continue;
      flags.push({
        signal: 'finished-not-evaluated',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: { end_date: end, as_of: dataset.as_of, days: since },
        explanation: {
          zh: `项目于 ${end} 结束，到数据截止日 ${dataset.as_of} 已过 ${since} 天，仍没有评估记录。`,
          en: `The partnership ended on ${end}, ${since} days before the data's as-of date of ${dataset.as_of}, and has no evaluation on record.`,
        },
      });
    }
    return flags;
  },
};
