/**
 * The input tables and their columns: the single source of truth for row types, validation,
 * the data dictionary (docs/data-format.md) and datapackage.json.
 */
import { c, type AnyColumn, type Bilingual, type ValueOf } from './columns.ts';
import * as v from './vocabularies.ts';

export interface TableDef<Cols extends Record<string, AnyColumn> = Record<string, AnyColumn>> {
  name: string;
  title: Bilingual;
  description: Bilingual;
  /** Columns that together identify a row; duplicates are errors. */
  key: readonly string[];
  /** False when a publisher may leave the table out entirely. */
  required: boolean;
  columns: Cols;
}

function table<Cols extends Record<string, AnyColumn>>(def: TableDef<Cols> & { key: readonly (keyof Cols & string)[] }): TableDef<Cols> {
  return def;
}

export type RowOf<T extends TableDef> = { [K in keyof T['columns']]: ValueOf<T['columns'][K]> };

const partnershipRef = c.ref('partnerships', {
  zh: '项目编号',
  en: 'partnership_id',
  aliases: ['project_id', '合作项目编号'],
  description: { zh: '所属合作项目', en: 'The partnership this row belongs to' },
});

export const organizations = table({
  name: 'organizations',
  title: { zh: '组织', en: 'Organizations' },
  description: {
    zh: '政府部门、社会组织和评估机构，每行一个。',
    en: 'Government bodies, social organizations and evaluators, one per row.',
  },
  key: ['id'],
  required: true,
  columns: {
    id: c.id({ zh: '组织编号', en: 'id', aliases: ['organization_id', '编号'], description: { zh: '稳定的编号，通常就是统一社会信用代码', en: 'A stable id, usually the unified social credit code' } }),
    uscc: c.uscc({ zh: '统一社会信用代码', en: 'uscc', aliases: ['社会信用代码', 'credit_code'], description: { zh: '统一社会信用代码，系统会核对校验码', en: 'Unified social credit code; its check character is verified' } }),
    name: c.text({ zh: '名称', en: 'name', aliases: ['组织名称', '单位名称'], required: true, max: 200, description: { zh: '登记的全称', en: 'Registered full name' } }),
    name_en: c.text({ zh: '英文名称', en: 'name_en', max: 300, description: { zh: '英文名称（英文版网站使用）', en: 'Name in English, used by the English site' } }),
    kind: c.enum(v.ORGANIZATION_KINDS, { zh: '类型', en: 'kind', aliases: ['组织类型'], required: true, description: { zh: '政府部门、社会组织或评估机构', en: 'Government body, social organization or evaluator' } }),
    subtype: c.enum(v.ORGANIZATION_SUBTYPES, { zh: '子类型', en: 'subtype', aliases: ['登记类型'], description: { zh: '如街道办事处、社会团体、社会服务机构、基金会', en: 'E.g. street office, social group, social service organization, foundation' } }),
    district: c.text({ zh: '所在区域', en: 'district', aliases: ['所属街镇', '区域'], max: 100, description: { zh: '所在街道或乡镇', en: 'Street or township where it is based' } }),
    registered_on: c.date({ zh: '登记日期', en: 'registered_on', aliases: ['成立日期'], description: { zh: '登记（成立）日期', en: 'Date of registration' } }),
    registrar: c.text({ zh: '登记管理机关', en: 'registrar', max: 100, description: { zh: '负责登记的民政部门', en: 'The civil affairs office it is registered with' } }),
    phone: c.phone({ zh: '联系电话', en: 'phone', aliases: ['电话'], description: { zh: '公开的办公电话（不要填写个人手机）', en: 'Public office phone (not a personal mobile)' } }),
    email: c.email({ zh: '电子邮箱', en: 'email', aliases: ['邮箱'], description: { zh: '公开的联系邮箱', en: 'Public contact email' } }),
    website: c.url({ zh: '网站', en: 'website', aliases: ['网址'], description: { zh: '官方网站', en: 'Official website' } }),
    address: c.text({ zh: '地址', en: 'address', max: 200, description: { zh: '办公地址', en: 'Office address' } }),
    description: c.text({ zh: '简介', en: 'description', aliases: ['组织简介'], max: 2000, description: { zh: '组织简介', en: 'About the organization' } }),
  },
});

export const partnerships = table({
  name: 'partnerships',
  title: { zh: '合作项目', en: 'Partnerships' },
  description: {
    zh: '政府与社会组织的每一项合作，每行一个。',
    en: 'Each cooperation between a government body and social organizations, one per row.',
  },
  key: ['id'],
  required: true,
  columns: {
    id: c.id({ zh: '项目编号', en: 'id', aliases: ['partnership_id', 'project_id'], description: { zh: '稳定的项目编号，用于网址', en: 'Stable partnership id, used in addresses' } }),
    title: c.text({ zh: '项目名称', en: 'title', aliases: ['名称'], required: true, max: 200, description: { zh: '项目名称', en: 'Title' } }),
    title_en: c.text({ zh: '英文名称', en: 'title_en', max: 300, description: { zh: '英文名称', en: 'Title in English' } }),
    summary: c.text({ zh: '项目简介', en: 'summary', aliases: ['简介'], max: 2000, description: { zh: '做什么、为谁做', en: 'What is done, and for whom' } }),
    mode: c.enum(v.MODES, { zh: '合作方式', en: 'mode', required: true, description: { zh: '政府购买服务、项目合作、共同治理、公益创投或补贴/资助', en: 'Purchase of services, project cooperation, co-governance, venture philanthropy or subsidy/grant' } }),
    field: c.enum(v.FIELDS, { zh: '服务领域', en: 'field', aliases: ['领域'], required: true, description: { zh: '服务领域', en: 'Field of service' } }),
    government_id: c.ref('organizations', { zh: '政府方编号', en: 'government_id', aliases: ['政府方', '购买主体编号'], description: { zh: '委托或出资的政府部门（organizations 表中类型为政府部门）', en: 'The government body that commissions or funds it (an organization of kind government)' } }),
    district: c.text({ zh: '所属街镇', en: 'district', aliases: ['区域', '街道'], required: true, max: 100, description: { zh: '项目所在的街道或乡镇', en: 'Street or township where it takes place' } }),
    procurement_method: c.enum(v.PROCUREMENT_METHODS, { zh: '采购方式', en: 'procurement_method', aliases: ['选择方式'], description: { zh: '如何选定承接方', en: 'How the organization was chosen' } }),
    funding_source: c.enum(v.FUNDING_SOURCES, { zh: '资金来源', en: 'funding_source', required: true, description: { zh: '财政资金、彩票公益金、社会捐赠等', en: 'Public budget, welfare lottery fund, donations …' } }),
    contract_value: c.money({ zh: '合同金额', en: 'contract_value', aliases: ['合同金额（元）', '项目金额', 'amount'], required: true, description: { zh: '合同（或资助协议）约定的金额', en: 'Value agreed in the contract or grant agreement' } }),
    status: c.enum(v.STATUSES, { zh: '项目状态', en: 'status', aliases: ['状态'], required: true, description: { zh: '项目当前所处阶段', en: 'Where the partnership stands' } }),
    applied_on: c.date({ zh: '申报日期', en: 'applied_on', description: { zh: '申报（立项申请）日期', en: 'Date of application' } }),
    signed_on: c.date({ zh: '签约日期', en: 'signed_on', aliases: ['合同签订日期'], description: { zh: '合同签订日期', en: 'Date the contract was signed' } }),
    published_on: c.date({ zh: '公示日期', en: 'published_on', aliases: ['公开日期'], description: { zh: '合作信息向社会公示的日期', en: 'Date the partnership was made public' } }),
    start_date: c.date({ zh: '开始日期', en: 'start_date', aliases: ['起始日期'], required: true, description: { zh: '服务开始日期', en: 'Start of the service' } }),
    end_date: c.date({ zh: '结束日期', en: 'end_date', aliases: ['截止日期'], description: { zh: '服务结束（或计划结束）日期', en: 'End (or planned end) of the service' } }),
    beneficiaries: c.integer({ zh: '受益人数', en: 'beneficiaries', aliases: ['服务人次'], description: { zh: '受益（服务）人数', en: 'Number of people served' } }),
    beneficiary_group: c.text({ zh: '服务对象', en: 'beneficiary_group', max: 200, description: { zh: '服务的人群', en: 'Who is served' } }),
    contact: c.text({ zh: '监督联系方式', en: 'contact', max: 200, description: { zh: '项目的公开监督电话或邮箱（不填则用站点配置）', en: 'Public supervision contact for this partnership (site default when empty)' } }),
    updated_on: c.date({ zh: '更新日期', en: 'updated_on', aliases: ['最后更新'], description: { zh: '本条记录最后更新日期', en: 'When this record was last updated' } }),
  },
});

export const partners = table({
  name: 'partners',
  title: { zh: '合作方', en: 'Partners' },
  description: { zh: '每个项目的社会组织及其角色；每个项目至少一个承接方。', en: 'The organizations in each partnership and their roles; at least one lead per partnership.' },
  key: ['partnership_id', 'organization_id'],
  required: true,
  columns: {
    partnership_id: partnershipRef,
    organization_id: c.ref('organizations', { zh: '组织编号', en: 'organization_id', description: { zh: '参与的组织', en: 'The participating organization' } }),
    role: c.enum(v.PARTNER_ROLES, { zh: '角色', en: 'role', required: true, description: { zh: '承接方、合作方、联合出资方或监督方', en: 'Lead, partner, co-funder or supervisor' } }),
    share: c.money({ zh: '分配金额', en: 'share', description: { zh: '该组织在合同金额中所占金额（多家承接时）', en: 'This organization\'s part of the contract value (when several share it)' } }),
  },
});

export const budgetLines = table({
  name: 'budget_lines',
  title: { zh: '预算明细', en: 'Budget lines' },
  description: { zh: '项目预算按类别的明细。', en: 'Each partnership\'s budget by category.' },
  key: ['partnership_id', 'line'],
  required: false,
  columns: {
    partnership_id: partnershipRef,
    line: c.integer({ zh: '序号', en: 'line', required: true, min: 1, description: { zh: '在本项目中的序号', en: 'Line number within the partnership' } }),
    category: c.enum(v.BUDGET_CATEGORIES, { zh: '类别', en: 'category', required: true, description: { zh: '预算类别', en: 'Category' } }),
    item: c.text({ zh: '内容', en: 'item', aliases: ['说明'], max: 300, description: { zh: '预算内容说明', en: 'What it pays for' } }),
    amount: c.money({ zh: '金额', en: 'amount', required: true, description: { zh: '预算金额', en: 'Budgeted amount' } }),
  },
});

export const transactions = table({
  name: 'transactions',
  title: { zh: '资金往来', en: 'Transactions' },
  description: { zh: '政府拨付、社会组织支出和退回，每笔一行。金额一律为正数，方向由类型表示。', en: 'Disbursements by the government, expenditure by the organization, and refunds, one per row. Amounts are positive; the kind gives the direction.' },
  key: ['id'],
  required: false,
  columns: {
    id: c.id({ zh: '流水编号', en: 'id', aliases: ['transaction_id'], description: { zh: '每笔资金往来的编号', en: 'Id of the transaction' } }),
    partnership_id: partnershipRef,
    date: c.date({ zh: '日期', en: 'date', required: true, description: { zh: '发生日期', en: 'Date' } }),
    kind: c.enum(v.TRANSACTION_KINDS, { zh: '类型', en: 'kind', required: true, description: { zh: '拨付、支出或退回', en: 'Disbursement, expenditure or refund' } }),
    amount: c.money({ zh: '金额', en: 'amount', required: true, description: { zh: '金额（正数）', en: 'Amount (positive)' } }),
    description: c.text({ zh: '摘要', en: 'description', aliases: ['说明'], max: 300, description: { zh: '用途或摘要', en: 'Purpose' } }),
  },
});

export const tasks = table({
  name: 'tasks',
  title: { zh: '事务清单', en: 'Responsibility list' },
  description: { zh: '交给社会组织（或由政府保留）的每项事务：谁负责、怎么办、如何验收。', en: 'Each task handed over (or kept by the government): who is responsible, what is required, and how it is accepted.' },
  key: ['partnership_id', 'seq'],
  required: false,
  columns: {
    partnership_id: partnershipRef,
    seq: c.integer({ zh: '序号', en: 'seq', required: true, min: 1, description: { zh: '在本项目清单中的序号', en: 'Number within the list' } }),
    task: c.text({ zh: '事项', en: 'task', aliases: ['事务'], required: true, max: 300, description: { zh: '事务内容', en: 'The task' } }),
    responsible: c.enum(v.RESPONSIBLE_PARTIES, { zh: '责任方', en: 'responsible', required: true, description: { zh: '政府方、社会组织或双方共同', en: 'Government, organization or both' } }),
    requirements: c.text({ zh: '办理要求', en: 'requirements', max: 1000, description: { zh: '办理要求', en: 'Processing requirements' } }),
    acceptance_criteria: c.text({ zh: '验收标准', en: 'acceptance_criteria', max: 1000, description: { zh: '如何判定完成', en: 'How completion is judged' } }),
    due_date: c.date({ zh: '完成时限', en: 'due_date', aliases: ['时限'], description: { zh: '完成时限', en: 'Due date' } }),
    status: c.enum(v.TASK_STATUSES, { zh: '状态', en: 'status', required: true, description: { zh: '办理状态', en: 'Status' } }),
  },
});

export const events = table({
  name: 'events',
  title: { zh: '全过程记录', en: 'Lifecycle events' },
  description: { zh: '申报、审批、签约、执行、评估、结项或终止，每个环节一行。', en: 'Application, approval, contract, implementation, evaluation, closure or termination, one row per step.' },
  key: ['partnership_id', 'stage', 'date'],
  required: false,
  columns: {
    partnership_id: partnershipRef,
    stage: c.enum(v.STAGES, { zh: '环节', en: 'stage', required: true, description: { zh: '全过程中的环节', en: 'Lifecycle stage' } }),
    date: c.date({ zh: '日期', en: 'date', required: true, description: { zh: '发生日期', en: 'Date' } }),
    description: c.text({ zh: '说明', en: 'description', max: 1000, description: { zh: '发生了什么', en: 'What happened' } }),
    document_url: c.url({ zh: '文件链接', en: 'document_url', description: { zh: '相关文件', en: 'Related document' } }),
  },
});

export const evaluations = table({
  name: 'evaluations',
  title: { zh: '评估', en: 'Evaluations' },
  description: { zh: '第三方评估、政府抽检、自评和公众满意度调查。', en: 'Third-party evaluations, government spot checks, self-evaluations and public satisfaction surveys.' },
  key: ['id'],
  required: false,
  columns: {
    id: c.id({ zh: '评估编号', en: 'id', aliases: ['evaluation_id'], description: { zh: '评估编号', en: 'Evaluation id' } }),
    partnership_id: partnershipRef,
    evaluator_id: c.ref('organizations', { zh: '评估方编号', en: 'evaluator_id', aliases: ['评估机构编号'], description: { zh: '开展评估的机构（自评填承接方）', en: 'Who evaluated (the lead organization for a self-evaluation)' } }),
    kind: c.enum(v.EVALUATION_KINDS, { zh: '评估类型', en: 'kind', required: true, description: { zh: '第三方评估、政府抽检、自评或满意度调查', en: 'Third-party, spot check, self-evaluation or satisfaction survey' } }),
    date: c.date({ zh: '评估日期', en: 'date', required: true, description: { zh: '评估完成日期', en: 'Date completed' } }),
    score: c.decimal({ zh: '得分', en: 'score', aliases: ['分数', '满意度'], min: 0, max: 100, digits: 1, description: { zh: '百分制得分（满意度调查填满意率）', en: 'Score out of 100 (for a survey, the share satisfied)' } }),
    grade: c.enum(v.GRADES, { zh: '等级', en: 'grade', aliases: ['评估等级'], description: { zh: '优秀、良好、合格或不合格', en: 'Excellent, good, pass or fail' } }),
    findings: c.text({ zh: '主要发现', en: 'findings', aliases: ['评估意见'], max: 3000, description: { zh: '主要发现和整改意见', en: 'Findings and required improvements' } }),
    report_url: c.url({ zh: '报告链接', en: 'report_url', description: { zh: '评估报告全文', en: 'Full report' } }),
    sample_size: c.integer({ zh: '样本量', en: 'sample_size', min: 1, description: { zh: '满意度调查的有效样本数', en: 'Valid responses in a satisfaction survey' } }),
  },
});

export const documents = table({
  name: 'documents',
  title: { zh: '文件', en: 'Documents' },
  description: { zh: '合同、公告、制度、方案和报告。', en: 'Contracts, notices, rules, plans and reports.' },
  key: ['partnership_id', 'url'],
  required: false,
  columns: {
    partnership_id: partnershipRef,
    kind: c.enum(v.DOCUMENT_KINDS, { zh: '类型', en: 'kind', required: true, description: { zh: '文件类型', en: 'Kind of document' } }),
    title: c.text({ zh: '标题', en: 'title', required: true, max: 300, description: { zh: '文件标题', en: 'Title' } }),
    url: c.url({ zh: '链接', en: 'url', required: true, description: { zh: '文件地址', en: 'Address of the document' } }),
    date: c.date({ zh: '日期', en: 'date', description: { zh: '文件日期', en: 'Date' } }),
  },
});

export const meetings = table({
  name: 'meetings',
  title: { zh: '会议', en: 'Meetings' },
  description: { zh: '座谈会、听证会等对话机制的记录。', en: 'Consultations, hearings and other dialogue, with minutes.' },
  key: ['id'],
  required: false,
  columns: {
    id: c.id({ zh: '会议编号', en: 'id', aliases: ['meeting_id'], description: { zh: '会议编号', en: 'Meeting id' } }),
    partnership_id: partnershipRef,
    kind: c.enum(v.MEETING_KINDS, { zh: '会议类型', en: 'kind', required: true, description: { zh: '座谈会、听证会、评审会等', en: 'Consultation, hearing, review …' } }),
    date: c.date({ zh: '日期', en: 'date', required: true, description: { zh: '会议日期', en: 'Date' } }),
    title: c.text({ zh: '主题', en: 'title', required: true, max: 300, description: { zh: '会议主题', en: 'Subject' } }),
    participants: c.integer({ zh: '参会人数', en: 'participants', description: { zh: '参会人数', en: 'Number of participants' } }),
    summary: c.text({ zh: '纪要摘要', en: 'summary', max: 3000, description: { zh: '讨论和决定', en: 'What was discussed and decided' } }),
    minutes_url: c.url({ zh: '纪要链接', en: 'minutes_url', description: { zh: '会议纪要全文', en: 'Full minutes' } }),
  },
});

/** In load order: organizations first, so references resolve. */
export const TABLES = [organizations, partnerships, partners, budgetLines, transactions, tasks, events, evaluations, documents, meetings] as const;


export type OrganizationRow = RowOf<typeof organizations>;
export type PartnershipRow = RowOf<typeof partnerships>;
export type PartnerRow = RowOf<typeof partners>;
export type BudgetLineRow = RowOf<typeof budgetLines>;
export type TransactionRow = RowOf<typeof transactions>;
export type TaskRow = RowOf<typeof tasks>;
export type EventRow = RowOf<typeof events>;
export type EvaluationRow = RowOf<typeof evaluations>;
export type DocumentRow = RowOf<typeof documents>;
export type MeetingRow = RowOf<typeof meetings>;

export interface TableRows {
  organizations: OrganizationRow[];
  partnerships: PartnershipRow[];
  partners: PartnerRow[];
  budget_lines: BudgetLineRow[];
  transactions: TransactionRow[];
  tasks: TaskRow[];
  events: EventRow[];
  evaluations: EvaluationRow[];
  documents: DocumentRow[];
  meetings: MeetingRow[];
}

export type TableName = keyof TableRows;

export function tableByName(name: string): TableDef | undefined {
  return TABLES.find((t) => t.name === name) as TableDef | undefined;
}
