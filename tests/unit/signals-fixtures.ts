/**
 * Small, valid datasets for signal tests: rows with sensible defaults, derived by the real
 * `deriveDataset`, so figures (disbursed, latest evaluation, attribution, year) are computed the real way.
 */
import { deriveDataset } from '../../src/lib/pipeline.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import type {
  EvaluationRow,
  EventRow,
  OrganizationRow,
  PartnerRow,
  PartnershipRow,
  TableRows,
  TaskRow,
  TransactionRow,
} from '../../src/lib/schema/tables.ts';

export const GOV = 'GOV-A';
export const GOV_B = 'GOV-B';
export const ORG = 'ORG-1';
export const ORG_2 = 'ORG-2';
export const ORG_3 = 'ORG-3';
export const ORG_4 = 'ORG-4';
export const EVAL = 'EVAL-1';

/** 1 元 = 100 分. */
export const yuan = (n: number) => n * 100;

function organization(id: string, kind: OrganizationRow['kind'], name: string): OrganizationRow {
  return {
    id, uscc: null, name, name_en: `${id} (en)`, kind, subtype: null, district: '东湖街道', registered_on: null, registrar: null,
    phone: null, email: null, website: null, address: null, description: null,
  };
}

export const ORGANIZATIONS: OrganizationRow[] = [
  organization(GOV, 'government', '东湖街道办事处'),
  organization(GOV_B, 'government', '西湖街道办事处'),
  organization(ORG, 'social', '乐龄社工中心'),
  organization(ORG_2, 'social', '青禾服务社'),
  organization(ORG_3, 'social', '绿源环保协会'),
  organization(ORG_4, 'social', '邻里互助会'),
  organization(EVAL, 'evaluator', '明鉴评估中心'),
];

type PartnerInput = Omit<PartnerRow, 'partnership_id' | 'share'> & { share?: number | null };

export type PartnershipInput = Partial<PartnershipRow> & {
  id: string;
  /** Lead organization (default ORG); ignored when `partners` is given. */
  lead?: string;
  partners?: PartnerInput[];
};

export interface Spec {
  partnerships: PartnershipInput[];
  transactions?: (Pick<TransactionRow, 'partnership_id' | 'date' | 'amount'> & Partial<TransactionRow>)[];
  tasks?: (Pick<TaskRow, 'partnership_id'> & Partial<TaskRow>)[];
  evaluations?: (Pick<EvaluationRow, 'id' | 'partnership_id' | 'date'> & Partial<EvaluationRow>)[];
  events?: (Pick<EventRow, 'partnership_id' | 'stage' | 'date'> & Partial<EventRow>)[];
}

export function partnershipRow(input: PartnershipInput): PartnershipRow {
  const { lead: _lead, partners: _partners, ...rest } = input;
  return {
    title: `项目 ${input.id}`, title_en: null, summary: null, mode: 'purchase', field: 'elderly', government_id: GOV, district: '东湖街道',
    procurement_method: 'open_tender', funding_source: 'fiscal', contract_value: yuan(100_000), status: 'in_progress', applied_on: null,
    signed_on: '2024-02-01', published_on: null, start_date: '2024-03-01', end_date: '2024-12-31', beneficiaries: null,
    beneficiary_group: null, contact: null, updated_on: null,
    ...rest,
  };
}

export function rows(spec: Spec): TableRows {
  return {
    organizations: ORGANIZATIONS,
    partnerships: spec.partnerships.map(partnershipRow),
    partners: spec.partnerships.flatMap((p) =>
      (p.partners ?? [{ organization_id: p.lead ?? ORG, role: 'lead' as const }]).map((x) => ({ partnership_id: p.id, share: null, ...x })),
    ),
    budget_lines: [],
    transactions: (spec.transactions ?? []).map((t, i) => ({ id: `T-${String(i + 1).padStart(4, '0')}`, kind: 'disbursement' as const, description: null, ...t })),
    tasks: (spec.tasks ?? []).map((t, i) => ({ seq: i + 1, task: `事务 ${i + 1}`, responsible: 'organization' as const, requirements: null, acceptance_criteria: '按要求完成', due_date: null, status: 'in_progress' as const, ...t })),
    events: (spec.events ?? []).map((e) => ({ description: null, document_url: null, ...e })),
    evaluations: (spec.evaluations ?? []).map((e) => ({ evaluator_id: EVAL, kind: 'third_party' as const, score: null, grade: null, findings: null, report_url: null, sample_size: null, ...e })),
    documents: [],
    meetings: [],
  };
}

export function dataset(spec: Spec): Dataset {
  return deriveDataset(rows(spec));
}
