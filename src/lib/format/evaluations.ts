/**
 * Counts for the evaluations page: how many evaluations of each grade per year, and how scores spread
 * per kind. Counts and scores only — no money.
 */
import type { EvaluationKind, Grade } from '../schema/vocabularies.ts';

export interface EvaluationLike {
  kind: EvaluationKind | string;
  date: string;
  score: number | null;
  grade: Grade | string | null;
}

/** year -> grade -> count, over graded evaluations of every kind except satisfaction surveys. */
export function gradesByYear(evaluations: readonly EvaluationLike[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const e of evaluations) {
    if (e.kind === 'survey' || !e.grade) continue;
    const year = e.date.slice(0, 4);
    const row = (out[year] ??= {});
    row[e.grade] = (row[e.grade] ?? 0) + 1;
  }
  return out;
}

export interface ScoreStats {
  count: number;
  scored: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

/** Median of sorted scores; for an even count, the mean of the middle two rounded to one decimal. */
export function scoreStats(evaluations: readonly EvaluationLike[]): ScoreStats {
  const scores = evaluations.map((e) => e.score).filter((s): s is number => s !== null).sort((a, b) => a - b);
  const n = scores.length;
  let median: number | null = null;
  if (n > 0) {
    const mid = Math.floor(n / 2);
    // Scores carry one decimal: work in tenths so the middle of two is exact.
    median = n % 2 === 1 ? (scores[mid] as number) : Math.round(((scores[mid - 1] as number) * 10 + (scores[mid] as number) * 10) / 2) / 10;
  }
  return { count: evaluations.length, scored: n, min: n ? (scores[0] as number) : null, median, max: n ? (scores[n - 1] as number) : null };
}

export interface Band {
  /** Inclusive lower bound. */
  min: number;
  /** Exclusive upper bound; the top band includes 100. */
  max: number;
}

/** Score bands aligned with the grade bands: <60, 60–80, 80–90, 90–100. */
export const SCORE_BANDS: Band[] = [
  { min: 90, max: 100 },
  { min: 80, max: 90 },
  { min: 60, max: 80 },
  { min: 0, max: 60 },
];

export function bandCounts(evaluations: readonly EvaluationLike[], bands: readonly Band[] = SCORE_BANDS): number[] {
  return bands.map((b) =>
    evaluations.filter((e) => e.score !== null && e.score >= b.min && (e.score < b.max || (b.max === 100 && e.score === 100))).length,
  );
}
