import type { Flag, Signal } from '../types.ts';
import { namer } from '../util.ts';
import { PARTNER_ROLES } from '../../schema/vocabularies.ts';

/**
 * Only third-party evaluations promise independence: a spot check is the government's own by
 * definition and a self-evaluation the organization's, so neither is flagged here.
 */
export const evaluatorNotIndependent: Signal<never> = {
  id: 'evaluator-not-independent',
  title: { zh: '第三方评估方不独立', en: 'Third-party evaluator not independent' },
  why: {
    zh: '第三方评估的价值在于独立。评估方如果就是出资的政府方或项目的参与方，等于自己评自己，评估结论难以作为监督依据，也可能掩盖虚假合作或合作共谋。',
    en: 'A third-party evaluation is only worth as much as its independence. When the evaluator is the funding government or a party to the partnership, it is judging its own work; the result cannot carry supervision and may hide paper-only cooperation (虚假合作) or collusion (合作共谋).',
  },
  params: {},
  definition: () => ({
    zh: '评估类型为"第三方评估"，但评估方就是该项目的政府方，或是该项目的任一合作方（承接方、合作方、联合出资方或监督方）。政府抽检和自评本来就由一方自己开展，不在此列。',
    en: 'An evaluation of kind "third-party" whose evaluator is the partnership\'s own government or any of its partners (lead, partner, co-funder or supervisor). Spot checks and self-evaluations are by one of the parties by definition and are not included.',
  }),
  detect(dataset) {
    const name = namer(dataset);
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      for (const e of p.evaluations) {
        if (e.kind !== 'third_party') continue;
        const partner = p.partners.find((x) => x.organization_id === e.evaluator_id);
        const relation = e.evaluator_id === p.government_id ? 'government' : partner?.role;
        if (!relation) continue;
        const label = relation === 'government' ? { zh: '政府方', en: 'government' } : { zh: PARTNER_ROLES.labels[relation].zh, en: PARTNER_ROLES.labels[relation].en.toLowerCase() };
        flags.push({
          signal: 'evaluator-not-independent',
          partnership_id: p.id,
          government_id: p.government_id,
          organization_id: e.evaluator_id,
          year: p.year,
          facts: { evaluation_id: e.id, evaluation_date: e.date, evaluator_id: e.evaluator_id, relation },
          explanation: {
            zh: `${e.date} 的第三方评估（${e.id}）由${name.zh(e.evaluator_id)}开展，而它正是本项目的${label.zh}。`,
            en: `The third-party evaluation of ${e.date} (${e.id}) was carried out by ${name.en(e.evaluator_id)}, which is this partnership's ${label.en}.`,
          },
        });
      }
    }
    return flags;
  },
};
