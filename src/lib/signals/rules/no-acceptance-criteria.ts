import type { Flag, Signal } from '../types.ts';
import { param } from '../util.ts';

export const noAcceptanceCriteria: Signal<'min_tasks'> = {
  id: 'no-acceptance-criteria',
  title: { zh: '事务清单缺少验收标准', en: 'Responsibility list without acceptance criteria' },
  why: {
    zh: '事务清单要写明每项事务的验收标准，双方才知道什么算完成。没有验收标准，就难以判断服务是否真正完成，容易出现纸面合作（虚假合作），也可能让政府把临时性行政事务随意推给社会组织。',
    en: 'Each task on the responsibility list needs acceptance criteria so both sides know what counts as done. Without them nobody can judge whether the service was delivered, which invites cooperation on paper only (虚假合作) and lets temporary administrative work be pushed onto the organization.',
  },
  params: {
    min_tasks: param(1, 'count', '最少缺失事项数', 'Minimum tasks without criteria', { min: 1 }),
  },
  definition: ({ min_tasks }) => ({
    zh: `事务清单中至少有 ${min_tasks} 项事务（已取消的不算）没有填写验收标准。`,
    en: `At least ${min_tasks} task${min_tasks === 1 ? '' : 's'} on the responsibility list (cancelled tasks excluded) ${min_tasks === 1 ? 'has' : 'have'} no acceptance criteria.`,
  }),
  detect(dataset, { min_tasks }) {
    const flags: Flag[] = [];
    for (const p of dataset.partnerships) {
      const open = p.tasks.filter((t) => t.status !== 'cancelled');
      const missing = open.filter((t) => !t.acceptance_criteria || t.acceptance_criteria.trim() === '');
      if (missing.length === 0 || missing.length < min_tasks) continue;
      flags.push({
        signal: 'no-acceptance-criteria',
        partnership_id: p.id,
        government_id: p.government_id,
        organization_id: p.lead_organization_id,
        year: p.year,
        facts: { tasks_without_criteria: missing.length, tasks: open.length, task_seqs: missing.map((t) => String(t.seq)) },
        explanation: {
          zh: `事务清单 ${open.length} 项中有 ${missing.length} 项没有验收标准（序号 ${missing.map((t) => t.seq).join('、')}）。`,
          en: `${missing.length} of the ${open.length} tasks on the responsibility list ${missing.length === 1 ? 'has' : 'have'} no acceptance criteria (no. ${missing.map((t) => t.seq).join(', ')}).`,
        },
      });
    }
    return flags;
  },
};
