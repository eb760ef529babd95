/** The change log: what each publication added, removed or changed, newest build first. */
import type { Fen } from '../values/money.ts';
import type { EvaluationKind, Grade, Mode, Status, TransactionKind } from '../schema/vocabularies.ts';

export const CHANGE_LOG_VERSION = 1;

export type ChangeEntry =
  | { type: 'first_publication'; partnerships: number; contract_value: Fen }
  | { type: 'partnership_added'; partnership_id: string; title: string; title_en: string | null; mode: Mode; contract_value: Fen }
  | { type: 'partnership_removed'; partnership_id: string; title: string; title_en: string | null }
  | { type: 'amount_changed'; partnership_id: string; title: string; title_en: string | null; old: Fen; new: Fen }
  | { type: 'status_changed'; partnership_id: string; title: string; title_en: string | null; old: Status; new: Status }
  | {
      type: 'evaluation_added';
      partnership_id: string;
      title: string;
      title_en: string | null;
      evaluation_id: string;
      kind: EvaluationKind;
      date: string;
      score: number | null;
      grade: Grade | null;
    }
  | {
      type: 'transaction_added';
      partnership_id: string;
      title: string;
      title_en: string | null;
      transaction_id: string;
      kind: TransactionKind;
      date: string;
      amount: Fen;
    };

export type ChangeType = ChangeEntry['type'];

export interface ChangeBuild {
  /** Sequence number of the publication that found these changes (1 = first publication). */
  seq: number;
  /** current.as_of of that publication: the changes are dated with it. */
  as_of: string;
  previous_as_of: string | null;
  entries: ChangeEntry[];
}

export interface ChangeLog {
  version: typeof CHANGE_LOG_VERSION;
  /** as_of of the dataset this log was built with. */
  as_of: string;
  /** Newest first; capped at MAX_BUILDS. A build in which nothing changed adds no entry here. */
  builds: ChangeBuild[];
}
