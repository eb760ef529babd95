import type { Flag, Signal } from '../types.ts';
import { param, yuan } from '../util.ts';

export const singleSourceLarge: Signal<'amount_yuan'> = {
  id: 'single-source-large',
  title: { zh: '大额单一来源', en: 'Large single-source award' },
  why: {
    zh: '单一来源不经过竞争，只在确有唯一合适承接方时才合理。金额越大，没有竞争的代价越高，也越容易出现利益输送或合作共谋，值得查看选择该组织的理由是否公开。',
    en: 'A single-source award skips competition and is only justified when there truly is one suitable organization. The larger the amount, the more the missing competition costs and the greater the room for favouritism or collusion (合作共谋); it is worth checking whether the reason for choosing this organization was published.',
  },
  params: {
    amount_yuan: param(200_000, 'yuan', '金额门槛（元）', 'Amount threshold (yuan)'),
  },
  definition: ({ amount_yuan }) => ({
    zh: `采购方式为"单一来源"，且合同金额高于 ${yuan(amount_yuan * 100)}（恰好等于不算）。`,
    en: `The procurement method is single source and the contract value is above ${yuan(amount_yuan * 100)} (exactly that amount does not count).`,
  }),
  detect(dataset, { amount_yuan }) {
    const threshold = amount_yuan * 100;
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      if (p.procurement_method !== 'single_source' || p.contract_value <= threshold) continue;
      flags.push({
        signal: 'single-source-large',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: { contract_value_fen: p.contract_value, threshold_fen: threshold },
        explanation: {
          zh: `以单一来源方式签订，合同金额 ${yuan(p.contract_value)}，高于 ${yuan(threshold)}。`,
          en: `Awarded by single source for ${yuan(p.contract_value)}, above ${yuan(threshold)}.`,
        },
      });
    }
    return flags;
  },
};
