import type { Flag, Signal } from '../types.ts';
import { param } from '../util.ts';
import { daysBetween } from '../../values/dates.ts';

export const latePublication: Signal<'days'> = {
  id: 'late-publication',
  title: { zh: '签约后迟迟公示', en: 'Published long after signing' },
  why: {
    zh: '合作信息应及时向社会公示，公众才能在执行期间监督。签约很久后才公示，公众监督就被推迟，项目可能在无人知晓的情况下已经执行了很久。',
    en: 'Partnerships should be made public promptly so that the public can supervise them while they run. Publishing long after signing delays that supervision; much of the work may already be done before anyone outside knew of it.',
  },
  params: {
    days: param(30, 'days', '签约后天数', 'Days after signing'),
  },
  definition: ({ days }) => ({
    zh: `公示日期晚于签约日期超过 ${days} 天（恰好 ${days} 天不算；两者都有时才检查）。`,
    en: `The publication date is more than ${days} days after the signing date (exactly ${days} days does not count; only checked when both dates are given).`,
  }),
  detect(dataset, { days }) {
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      if (!p.signed_on || !p.published_on) continue;
      const late = daysBetween(p.signed_on, p.published_on);
      if (late <= days) continue;
      flags.push({
        signal: 'late-publication',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: { signed_on: p.signed_on, published_on: p.published_on, days: late },
        explanation: {
          zh: `${p.signed_on} 签约，${p.published_on} 才公示，相隔 ${late} 天。`,
          en: `Signed on ${p.signed_on} but made public only on ${p.published_on}, ${late} days later.`,
        },
      });
    }
    return flags;
  },
};
