import type { Flag, Signal } from '../types.ts';
import { yuan } from '../util.ts';

/** More money reached the organization (disbursements − refunds) than the contract provides for. */
export const overDisbursed: Signal<never> = {
  id: 'over-disbursed',
  title: { zh: '拨付超过合同金额', en: 'Disbursed more than the contract value' },
  why: {
    zh: '拨付应以合同为限。超出合同的拨付可能是合同变更未公开、记录有误，也可能是资金管理失控或虚假合作的迹象，值得核对合同变更和拨付凭证。',
    en: 'Payments should stay within the contract. Paying more may mean an unpublished contract change or a recording slip, but it can also point to weak financial control or cooperation that exists only on paper (虚假合作); the amendment and payment records are worth checking.',
  },
  params: {},
  definition: () => ({
    zh: '已拨付金额（拨付减退回）大于合同金额；恰好等于合同金额不算。',
    en: 'The amount disbursed (disbursements minus refunds) is greater than the contract value; exactly equal does not count.',
  }),
  detect(dataset) {
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      const disbursed = p.figures.disbursed;
      if (disbursed <= p.contract_value) continue;
      const excess = disbursed - p.contract_value;
      flags.push({
        signal: 'over-disbursed',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: { disbursed_fen: disbursed, contract_value_fen: p.contract_value, excess_fen: excess },
        explanation: {
          zh: `已拨付 ${yuan(disbursed)}，比合同金额 ${yuan(p.contract_value)} 多 ${yuan(excess)}。`,
          en: `${yuan(disbursed)} has been disbursed, ${yuan(excess)} more than the contract value of ${yuan(p.contract_value)}.`,
        },
      });
    }
    return flags;
  },
};
