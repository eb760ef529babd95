import { computeConcentration } from '../concentration.ts';
import type { Flag, Signal } from '../types.ts';
import { namer, param, percent, yuan } from '../util.ts';

/**
 * Government-year level. A government that funded a single partnership with a single organization
 * in a year gives that organization 100 % trivially, so the signal needs at least `min_count`
 * partnerships or `min_count` funded organizations in that government-year before it looks at shares.
 */
export const dominantPartner: Signal<'share_percent' | 'min_count'> = {
  id: 'dominant-partner',
  title: { zh: '资金集中于一家组织', en: 'Funds concentrated on one organization' },
  why: {
    zh: '一个政府方一年的合作资金大部分流向同一家组织，会让新组织难以进入、服务依赖少数"成熟"组织（过度合作），长期固定的合作关系也更容易产生合作共谋。',
    en: 'When most of a government\'s cooperation funds in a year go to one organization, new organizations find it hard to get in and services come to depend on a few "developed" organizations (过度合作); fixed long-term relationships also make collusion (合作共谋) easier.',
  },
  params: {
    share_percent: param(50, 'percent', '份额门槛（%）', 'Share threshold (%)'),
    min_count: param(2, 'count', '最少项目数或组织数', 'Minimum partnerships or organizations', { min: 1 }),
  },
  definition: ({ share_percent, min_count }) => ({
    zh: `某一年里，一家组织获得某政府方合作资金（按各项目签约年份归属的合同金额）的比例超过 ${share_percent}%（恰好等于不算）。该政府方当年至少资助 ${min_count} 个项目或 ${min_count} 家组织时才检查，以免只有一个项目时必然出现的 100%。`,
    en: `In one year, a single organization holds more than ${share_percent}% (exactly that share does not count) of a government's cooperation funds (contract value attributed to each organization, by the partnership's year). Only checked when the government funded at least ${min_count} partnerships or ${min_count} organizations that year, to avoid the trivial 100% of a single award.`,
  }),
  detect(dataset, { share_percent, min_count }) {
    const thresholdBp = Math.round(share_percent * 100);
    const name = namer(dataset);
    const flags: Flag[] = [];
    for (const c of computeConcentration(dataset).by_government) {
      if (c.attributed <= 0 || (c.partnerships < min_count && c.partners < min_count)) continue;
      for (const r of c.recipients) {
        // Exact comparison: fen / total > bp / 10000.
        if (BigInt(r.fen) * 10000n <= BigInt(thresholdBp) * BigInt(c.attributed)) continue;
        const gov = c.government_id ?? '';
        flags.push({
          signal: 'dominant-partner',
          partnership_id: null,
          government_id: gov,
          organization_id: r.organization_id,
          year: c.year,
          facts: {
            organization_fen: r.fen,
            total_fen: c.attributed,
            share_bp: r.share_bp,
            partnerships: c.partnerships,
            organizations: c.partners,
            partnership_ids: r.partnership_ids,
          },
          explanation: {
            zh: `${c.year} 年，${name.zh(gov)}的合作资金 ${yuan(c.attributed)} 中，${name.zh(r.organization_id)}获得 ${yuan(r.fen)}，占 ${percent(r.share_bp)}（当年共 ${c.partnerships} 个项目、${c.partners} 家组织）。`,
            en: `In ${c.year}, ${name.en(r.organization_id)} received ${yuan(r.fen)} of ${name.en(gov)}'s ${yuan(c.attributed)} in cooperation funds, ${percent(r.share_bp)} (${c.partnerships} partnership${c.partnerships === 1 ? '' : 's'} and ${c.partners} organization${c.partners === 1 ? '' : 's'} that year).`,
          },
        });
      }
    }
    return flags;
  },
};
