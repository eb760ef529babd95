/**
 * The normalized dataset: what every page, download, search record and signal reads. Records carry
 * their children and precomputed figures, so presentation code never sums money itself.
 * All money is integer 分 (Fen); all dates ISO `YYYY-MM-DD`; all arrays in a stable order.
 */
import type {
  BudgetLineRow,
  DocumentRow,
  EvaluationRow,
  EventRow,
  MeetingRow,
  OrganizationRow,
  PartnerRow,
  PartnershipRow,
  TaskRow,
  TransactionRow,
} from '../schema/tables.ts';
import type { Fen } from '../values/money.ts';
import type { IsoDate } from '../values/dates.ts';
import type { EvaluationKind, Grade } from '../schema/vocabularies.ts';

export const DATASET_VERSION = 1;

/** Money keyed by a label (year "2024", mode code, field code …), keys sorted. */
export type FenBy = Record<string, Fen>;

export type Partner = Omit<PartnerRow, 'partnership_id'> & {
  /** Contract value attributed to this organization (see docs/data-format.md, "Attribution"). */
  attributed: Fen;
};

export interface LatestEvaluation {
  id: string;
  kind: EvaluationKind;
  date: IsoDate;
  score: number | null;
  grade: Grade | null;
}

export interface PartnershipFigures {
  budget_total: Fen;
  disbursements: Fen;
  refunds: Fen;
  /** Disbursements minus refunds: what the organization actually received. */
  disbursed: Fen;
  spent: Fen;
  /** disbursed / contract_value in basis points (10000 = 100 %). */
  disbursed_share_bp: number;
  /** Latest evaluation of any kind other than a satisfaction survey, or null. */
  latest_evaluation: LatestEvaluation | null;
  /** Latest public satisfaction survey score, or null. */
  satisfaction: number | null;
}

export interface Partnership extends PartnershipRow {
  /** Year the partnership counts in: of signed_on, else start_date. */
  year: number;
  lead_organization_id: string;
  partners: Partner[];
  budget_lines: Omit<BudgetLineRow, 'partnership_id'>[];
  transactions: Omit<TransactionRow, 'partnership_id'>[];
  tasks: Omit<TaskRow, 'partnership_id'>[];
  events: Omit<EventRow, 'partnership_id'>[];
  evaluations: Omit<EvaluationRow, 'partnership_id'>[];
  documents: Omit<DocumentRow, 'partnership_id'>[];
  meetings: Omit<MeetingRow, 'partnership_id'>[];
  figures: PartnershipFigures;
}

/** What a social organization (or any partner) received, from the partnerships it is in. */
export interface PartnerFigures {
  partnership_ids: string[];
  attributed_total: Fen;
  attributed_by_year: FenBy;
  attributed_by_mode: FenBy;
  /** Disbursed to partnerships it leads (disbursements − refunds). */
  disbursed_total: Fen;
  government_ids: string[];
  /** Count of latest grades over the partnerships it leads. */
  grades: Partial<Record<Grade, number>>;
  first_year: number | null;
}

/** What a government body committed, through the partnerships it funds. */
export interface GovernmentFigures {
  partnership_ids: string[];
  committed_total: Fen;
  committed_by_year: FenBy;
  committed_by_mode: FenBy;
  /** year -> mode -> Fen */
  committed_by_year_mode: Record<string, FenBy>;
  disbursed_total: Fen;
  /** Organization id -> contract value attributed to it by this government's partnerships. */
  by_partner: FenBy;
  finished: number;
  finished_evaluated: number;
}

export interface EvaluatorFigures {
  evaluation_ids: string[];
  partnership_ids: string[];
}

export interface Organization extends OrganizationRow {
  as_partner: PartnerFigures | null;
  as_government: GovernmentFigures | null;
  as_evaluator: EvaluatorFigures | null;
}

export interface Totals {
  partnerships: number;
  organizations: number;
  social_organizations: number;
  governments: number;
  contract_value: Fen;
  disbursed: Fen;
  spent: Fen;
  by_year: FenBy;
  by_mode: FenBy;
  by_field: FenBy;
  by_district: FenBy;
  by_funding_source: FenBy;
  /** year -> mode -> Fen, and year -> field -> Fen, for the home page charts. */
  by_year_mode: Record<string, FenBy>;
  by_year_field: Record<string, FenBy>;
  finished: number;
  finished_evaluated: number;
  /** Mean of each partnership's latest satisfaction score, one decimal, or null. */
  average_satisfaction: number | null;
  evaluations: number;
  transactions: number;
}

export interface Dataset {
  version: typeof DATASET_VERSION;
  /** The latest date found in the data (updated_on, transactions, evaluations, events): "data as of". */
  as_of: IsoDate;
  organizations: Organization[];
  partnerships: Partnership[];
  totals: Totals;
}
