import type { Partnership } from '../../dataset/types.ts';
import type { Flag, Signal } from '../types.ts';
import { addMonths, awardDate, byCode, namer, param } from '../util.ts';

export const singleSourceRepeat: Signal<'months'> = {
  id: 'single-source-repeat',
  title: { zh: '反复单一来源', en: 'Repeated single-source awards' },
  why: {
    zh: '同一政府方在短期内多次以单一来源方式把项目交给同一组织，可能是把本应竞争的项目拆分，或长期依赖固定组织、挤压新组织（过度合作），值得关注。',
    en: 'When a government repeatedly awards single-source partnerships to the same organization within a short time, the work may have been split to avoid competition, or the government may rely on a fixed organization and crowd out new ones (过度合作).',
  },
  params: {
    months: param(12, 'months', '时间窗口（月）', 'Window (months)', { min: 1 }),
  },
  definition: ({ months }) => ({
    zh: `同一政府方以"单一来源"方式把项目交给同一承接方，${months} 个月内（按签约日期，没有时按开始日期；含第 ${months} 个月的同一天）有两次或更多。第一次之后的每一次都会标记。`,
    en: `The same government awards two or more single-source partnerships to the same lead organization within ${months} months (by signing date, else start date; up to the same day ${months} months later). Every award after the first is flagged.`,
  }),
  detect(dataset, { months }) {
    const groups = new Map<string, Partnership[]>();
    for (const p of dataset.partnerships) {
      if (p.procurement_method !== 'single_source' || !p.lead_organization_id) continue;
      const key = `${p.government_id}\u0000${p.lead_organization_id}`;
      const list = groups.get(key) ?? [];
      list.push(p);
      groups.set(key, list);
    }
    const name = namer(dataset);
    const flags: Flag[] = [];
    for (const list of groups.values()) {
      list.sort((a, b) => byCode(awardDate(a), awardDate(b)) || byCode(a.id, b.id));
      const windowEnds = list.map((q) => addMonths(awardDate(q), months));
      list.forEach((p, i) => {
        const award = awardDate(p);
        // Walk back while the earlier award's window still reaches this one (window ends only move earlier).
        let from = i;
        while (from > 0 && award <= (windowEnds[from - 1] ?? '')) from -= 1;
        const earlier = list.slice(from, i);
        const first = earlier[0];
        if (!first) return;
        const org = p.lead_organization_id;
        const count = earlier.length + 1;
        // Name at most five in the sentence; facts keep them all.
        const named = earlier.slice(-5).map((q) => q.id);
        const more = earlier.length > named.length;
        flags.push({
          signal: 'single-source-repeat',
          partnership_id: p.id,
          government_id: p.government_id,
          organization_id: org,
          year: p.year,
          facts: {
            award_date: award,
            awards_in_window: count,
            earlier_partnership_ids: earlier.map((q) => q.id),
            first_award_date: awardDate(first),
          },
          explanation: {
            zh: `${award} 以单一来源方式交给${name.zh(org)}；此前 ${months} 个月内同一政府方已以单一来源方式交给它 ${earlier.length} 个项目（${more ? '包括 ' : ''}${named.join('、')}）。`,
            en: `Awarded by single source to ${name.en(org)} on ${award}; in the ${months} months before, the same government had already given it ${earlier.length} single-source partnership${earlier.length === 1 ? '' : 's'} (${more ? 'including ' : ''}${named.join(', ')}).`,
          },
        });
      });
    }
    return flags;
  },
};
