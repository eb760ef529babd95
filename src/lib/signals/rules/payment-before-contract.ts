import type { Flag, Signal } from '../types.ts';
import { yuan } from '../util.ts';
import { daysBetween } from '../../values/dates.ts';
import { sumFen } from '../../values/money.ts';

/** Money paid out before there was a signed contract to pay against. */
export const paymentBeforeContract: Signal<never> = {
  id: 'payment-before-contract',
  title: { zh: '签约前拨付', en: 'Payment before the contract was signed' },
  why: {
    zh: '先付款后签约，意味着付款时没有约定服务内容和验收标准。这可能只是补签合同，也可能是事先内定或合作共谋的迹象。',
    en: 'Paying before signing means money moved before the service and its acceptance criteria were agreed. It may be a contract signed late for paperwork, but it can also mean the award was decided in advance or collusion between the parties (合作共谋).',
  },
  params: {},
  definition: () => ({
    zh: '有拨付记录的日期早于签约日期（同一天不算；没有签约日期的项目不检查）。',
    en: 'A disbursement is dated before the signing date (the same day does not count; partnerships without a signing date are not checked).',
  }),
  detect(dataset) {
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      const signed = p.signed_on;
      if (!signed) continue;
      const early = p.transactions.filter((t) => t.kind === 'disbursement' && t.date < signed);
      const first = early[0];
      if (!first) continue;
      const amount = sumFen(early.map((t) => t.amount));
      const days = daysBetween(first.date, signed);
      flags.push({
        signal: 'payment-before-contract',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: {
          disbursements: early.length,
          amount_fen: amount,
          first_payment_date: first.date,
          signed_on: signed,
          days_before: days,
        },
        explanation: {
          zh: `${early.length} 笔拨付共 ${yuan(amount)} 早于 ${signed} 签约，最早一笔在 ${first.date}，提前 ${days} 天。`,
          en: `${early.length} disbursement${early.length === 1 ? '' : 's'} totalling ${yuan(amount)} came before the contract was signed on ${signed}; the first, on ${first.date}, was ${days} day${days === 1 ? '' : 's'} early.`,
        },
      });
    }
    return flags;
  },
};
