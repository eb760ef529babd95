/**
 * Controlled vocabularies: stable English codes in the dataset, Chinese and English labels for
 * people. Input may use the code or either label ("政府购买服务", "purchase", "Purchase of services").
 */
export type Bilingual = { zh: string; en: string };

export interface Vocabulary<K extends string> {
  codes: readonly K[];
  labels: Record<K, Bilingual>;
  /** Code for a cell's text, or undefined when it is not in the vocabulary. */
  lookup(raw: string): K | undefined;
}

const normalizeKey = (s: string) => s.trim().toLowerCase().replace(/[\s_\-–—/()（）]+/g, '');

export function vocabulary<K extends string>(labels: Record<K, Bilingual & { aliases?: string[] }>): Vocabulary<K> {
  const codes = Object.keys(labels) as K[];
  const index = new Map<string, K>();
  for (const code of codes) {
    const entry = labels[code];
    for (const name of [code, entry.zh, entry.en, ...(entry.aliases ?? [])]) index.set(normalizeKey(name), code);
  }
  const plain = Object.fromEntries(codes.map((code) => [code, { zh: labels[code].zh, en: labels[code].en }])) as Record<K, Bilingual>;
  return { codes, labels: plain, lookup: (raw) => index.get(normalizeKey(raw)) };
}

export const ORGANIZATION_KINDS = vocabulary({
  government: { zh: '政府部门', en: 'Government body', aliases: ['政府', '政府机关'] },
  social: { zh: '社会组织', en: 'Social organization' },
  evaluator: { zh: '评估机构', en: 'Evaluator', aliases: ['第三方评估机构'] },
});

export const ORGANIZATION_SUBTYPES = vocabulary({
  district_bureau: { zh: '区县政府部门', en: 'District government department', aliases: ['区民政局', '区县民政局'] },
  street_office: { zh: '街道办事处', en: 'Street office', aliases: ['街道'] },
  township: { zh: '乡镇人民政府', en: 'Township government', aliases: ['乡镇政府', '镇政府'] },
  social_group: { zh: '社会团体', en: 'Social group', aliases: ['社团'] },
  social_service: { zh: '社会服务机构', en: 'Social service organization', aliases: ['民办非企业单位', '民非'] },
  foundation: { zh: '基金会', en: 'Foundation' },
  community_org: { zh: '社区社会组织', en: 'Community-based organization' },
  evaluation_firm: { zh: '第三方评估机构', en: 'Third-party evaluation firm' },
  university: { zh: '高校或研究机构', en: 'University or research institute' },
  other: { zh: '其他', en: 'Other' },
});

export const MODES = vocabulary({
  purchase: { zh: '政府购买服务', en: 'Purchase of services', aliases: ['购买服务'] },
  project: { zh: '项目合作', en: 'Project cooperation' },
  cogovernance: { zh: '共同治理', en: 'Co-governance' },
  venture: { zh: '公益创投', en: 'Venture philanthropy' },
  grant: { zh: '补贴/资助', en: 'Subsidy or grant', aliases: ['补贴', '资助', 'subsidy'] },
});

export const FIELDS = vocabulary({
  elderly: { zh: '养老服务', en: 'Elderly care', aliases: ['养老'] },
  community: { zh: '社区治理', en: 'Community governance' },
  youth: { zh: '青少年', en: 'Children and youth', aliases: ['青少年服务', '儿童青少年'] },
  environment: { zh: '环境保护', en: 'Environment', aliases: ['环境', '环保'] },
  disability: { zh: '助残服务', en: 'Disability support', aliases: ['助残'] },
  social_assistance: { zh: '社会救助', en: 'Social assistance' },
  culture_sports: { zh: '文化体育', en: 'Culture and sports' },
  health: { zh: '健康服务', en: 'Health', aliases: ['医疗健康'] },
  other: { zh: '其他', en: 'Other' },
});

export const PROCUREMENT_METHODS = vocabulary({
  open_tender: { zh: '公开招标', en: 'Open tender' },
  invited_tender: { zh: '邀请招标', en: 'Invited tender' },
  competitive_consultation: { zh: '竞争性磋商', en: 'Competitive consultation' },
  competitive_negotiation: { zh: '竞争性谈判', en: 'Competitive negotiation' },
  inquiry: { zh: '询价', en: 'Request for quotation' },
  single_source: { zh: '单一来源', en: 'Single source' },
  competition: { zh: '创投大赛评审', en: 'Competition review', aliases: ['公益创投评审'] },
  direct: { zh: '直接资助', en: 'Direct award', aliases: ['直接委托'] },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
});

export const FUNDING_SOURCES = vocabulary({
  fiscal: { zh: '财政资金', en: 'Public budget', aliases: ['财政'] },
  lottery: { zh: '彩票公益金', en: 'Welfare lottery fund' },
  donation: { zh: '社会捐赠', en: 'Donations' },
  mixed: { zh: '混合来源', en: 'Mixed sources', aliases: ['混合'] },
  other: { zh: '其他', en: 'Other' },
});

/** Where a partnership stands, in the order of its lifecycle. */
export const STATUSES = vocabulary({
  applied: { zh: '申报中', en: 'Applied' },
  approved: { zh: '已批准', en: 'Approved' },
  contracted: { zh: '已签约', en: 'Contracted' },
  in_progress: { zh: '执行中', en: 'In progress' },
  evaluating: { zh: '评估中', en: 'Under evaluation' },
  completed: { zh: '已结项', en: 'Completed' },
  terminated: { zh: '已终止', en: 'Terminated' },
});

export const PARTNER_ROLES = vocabulary({
  lead: { zh: '承接方', en: 'Lead organization', aliases: ['主承接方', '承接单位'] },
  partner: { zh: '合作方', en: 'Partner' },
  co_funder: { zh: '联合出资方', en: 'Co-funder' },
  supervisor: { zh: '监督方', en: 'Supervisor' },
});

/** Roles that carry out the work and so receive money; a co-funder's or supervisor's share is not income. */
export const RECEIVING_ROLES: ReadonlySet<string> = new Set(['lead', 'partner']);

export const BUDGET_CATEGORIES = vocabulary({
  personnel: { zh: '人员经费', en: 'Staff' },
  activities: { zh: '活动经费', en: 'Activities' },
  materials: { zh: '物资采购', en: 'Materials' },
  training: { zh: '培训督导', en: 'Training and supervision' },
  admin: { zh: '管理费用', en: 'Administration' },
  evaluation: { zh: '评估费用', en: 'Evaluation' },
  other: { zh: '其他', en: 'Other' },
});

export const TRANSACTION_KINDS = vocabulary({
  disbursement: { zh: '拨付', en: 'Disbursement', aliases: ['政府拨付'] },
  expenditure: { zh: '支出', en: 'Expenditure' },
  refund: { zh: '退回', en: 'Refund', aliases: ['退款'] },
});

export const RESPONSIBLE_PARTIES = vocabulary({
  government: { zh: '政府方', en: 'Government' },
  organization: { zh: '社会组织', en: 'Organization', aliases: ['承接方'] },
  joint: { zh: '双方共同', en: 'Both', aliases: ['共同'] },
});

export const TASK_STATUSES = vocabulary({
  not_started: { zh: '未开始', en: 'Not started' },
  in_progress: { zh: '进行中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done', aliases: ['完成'] },
  overdue: { zh: '已逾期', en: 'Overdue', aliases: ['逾期'] },
  cancelled: { zh: '已取消', en: 'Cancelled' },
});

export const STAGES = vocabulary({
  application: { zh: '申报', en: 'Application' },
  approval: { zh: '审批', en: 'Approval' },
  contract: { zh: '签约', en: 'Contract' },
  implementation: { zh: '执行', en: 'Implementation' },
  evaluation: { zh: '评估', en: 'Evaluation' },
  closure: { zh: '结项', en: 'Closure' },
  termination: { zh: '终止', en: 'Termination' },
});

export const EVALUATION_KINDS = vocabulary({
  third_party: { zh: '第三方评估', en: 'Third-party evaluation' },
  spot_check: { zh: '政府抽检', en: 'Government spot check', aliases: ['定期抽检', '抽检'] },
  self: { zh: '自评', en: 'Self-evaluation', aliases: ['自我评估'] },
  survey: { zh: '满意度调查', en: 'Public satisfaction survey', aliases: ['公众满意度调查'] },
});

export const GRADES = vocabulary({
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
});

/** Score bands that a grade implies (inclusive lower bound); a mismatch is a warning, not an error. */
export const GRADE_BANDS: Record<(typeof GRADES.codes)[number], { min: number; max: number }> = {
  excellent: { min: 90, max: 100 },
  good: { min: 80, max: 89.9 },
  pass: { min: 60, max: 79.9 },
  fail: { min: 0, max: 59.9 },
};

export const DOCUMENT_KINDS = vocabulary({
  contract: { zh: '合同', en: 'Contract' },
  notice: { zh: '公告', en: 'Notice', aliases: ['公示'] },
  rules: { zh: '制度规则', en: 'Rules', aliases: ['制度'] },
  plan: { zh: '实施方案', en: 'Implementation plan' },
  report: { zh: '报告', en: 'Report' },
  evaluation_report: { zh: '评估报告', en: 'Evaluation report' },
  other: { zh: '其他', en: 'Other' },
});

export const MEETING_KINDS = vocabulary({
  consultation: { zh: '座谈会', en: 'Consultation meeting', aliases: ['协商会'] },
  hearing: { zh: '听证会', en: 'Public hearing' },
  review: { zh: '评审会', en: 'Review meeting' },
  briefing: { zh: '通报会', en: 'Briefing' },
  other: { zh: '其他', en: 'Other' },
});

export type Mode = (typeof MODES.codes)[number];
export type Field = (typeof FIELDS.codes)[number];
export type Status = (typeof STATUSES.codes)[number];
export type Grade = (typeof GRADES.codes)[number];
export type EvaluationKind = (typeof EVALUATION_KINDS.codes)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS.codes)[number];
export type TransactionKind = (typeof TRANSACTION_KINDS.codes)[number];
