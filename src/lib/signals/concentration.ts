/**
 * How concentrated each government's cooperation funds are, year by year, and portal-wide.
 * The seeds warn of funds piling up on a few "developed" organizations and squeezing out new ones
 * (过度合作); these figures make that visible. Money is the contract value attributed to each
 * organization (docs/data-format.md, "Attribution"), counted in the partnership's year.
 *
 * Exactness: shares are integer basis points rounded half up (`basisPoints`). The HHI is the sum of
 * squared shares in percent, Σ(100·aᵢ/T)² = 10000·Σaᵢ² / T², computed exactly with BigInt and rounded
 * half up once at the end to an integer 0–10000, so it never carries floating-point error and
 * does not depend on how the shares were rounded.
 */
import type { Dataset, Partnership } from '../dataset/types.ts';
import { basisPoints, sumFen, type Fen } from '../values/money.ts';
import { byCode } from './util.ts';

export interface Recipient {
  organization_id: string;
  /** Contract value attributed to it in this government (or portal) and year. */
  fen: Fen;
  share_bp: number;
  partnership_ids: string[];
  /** First year it took part in any partnership, with any government. */
  first_year: number;
  /** First funded this year or the year before (first_year ≥ year − 1). */
  new_entrant: boolean;
}

export interface Concentration {
  /** The government, or null for the whole portal. */
  government_id: string | null;
  year: number;
  /** Sum of contract values of the partnerships counted in this year. */
  committed: Fen;
  /** Sum attributed to organizations: the whole that shares are of (equals `committed` unless shares leave part of a contract unattributed). */
  attributed: Fen;
  partnerships: number;
  /** Organizations with a positive attributed amount. */
  partners: number;
  top1_bp: number;
  top3_bp: number;
  /** Herfindahl–Hirschman index on shares in percent: 0–10000 (10000 = one organization has everything). */
  hhi: number;
  new_entrants_fen: Fen;
  new_entrants_bp: number;
  /**
   * False in the data's first two years: with no earlier data every organization looks new there,
   * so pages should show the new-entrant share as not yet meaningful.
   */
  new_entrants_known: boolean;
  /** Largest first (ties by organization id). */
  recipients: Recipient[];
}

export interface ConcentrationTables {
  /** Sorted by government id, then year. */
  by_government: Concentration[];
  /** Sorted by year. */
  portal: Concentration[];
}

/** Exact HHI: round-half-up of 10000·Σaᵢ² / (Σaᵢ)²; 0 when nothing was attributed. */
export function herfindahl(amounts: readonly Fen[]): number {
  const total = amounts.reduce((t, a) => t + BigInt(a), 0n);
  if (total <= 0n) return 0;
  const squares = amounts.reduce((t, a) => t + BigInt(a) * BigInt(a), 0n);
  const num = squares * 10000n;
  const den = total * total;
  return Number((num * 2n + den) / (den * 2n));
}

/** Year of each organization's first partnership (any role, any government). */
export function firstYears(partnerships: readonly Partnership[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const p of partnerships) {
    for (const partner of p.partners) {
      const seen = first.get(partner.organization_id);
      if (seen === undefined || p.year < seen) first.set(partner.organization_id, p.year);
    }
  }
  return first;
}

function summarize(governmentId: string | null, year: number, list: Partnership[], first: Map<string, number>, dataFirstYear: number): Concentration {
  const byOrg = new Map<string, { fen: Fen; ids: Set<string> }>();
  for (const p of list) {
    for (const partner of p.partners) {
      if (partner.attributed <= 0) continue;
      let entry = byOrg.get(partner.organization_id);
      if (!entry) byOrg.set(partner.organization_id, (entry = { fen: 0, ids: new Set() }));
      entry.fen = sumFen([entry.fen, partner.attributed]);
      entry.ids.add(p.id);
    }
  }
  const attributed = sumFen([...byOrg.values()].map((e) => e.fen));
  const recipients: Recipient[] = [...byOrg.entries()]
    .map(([id, e]) => {
      const firstYear = first.get(id) ?? year;
      return {
        organization_id: id,
        fen: e.fen,
        share_bp: basisPoints(e.fen, attributed),
        partnership_ids: [...e.ids].sort(byCode),
        first_year: firstYear,
        new_entrant: firstYear >= year - 1,
      };
    })
    .sort((a, b) => b.fen - a.fen || byCode(a.organization_id, b.organization_id));
  const top = (n: number) => sumFen(recipients.slice(0, n).map((r) => r.fen));
  const newFen = sumFen(recipients.filter((r) => r.new_entrant).map((r) => r.fen));
  return {
    government_id: governmentId,
    year,
    committed: sumFen(list.map((p) => p.contract_value)),
    attributed,
    partnerships: list.length,
    partners: recipients.length,
    top1_bp: basisPoints(top(1), attributed),
    top3_bp: basisPoints(top(3), attributed),
    hhi: herfindahl(recipients.map((r) => r.fen)),
    new_entrants_fen: newFen,
    new_entrants_bp: basisPoints(newFen, attributed),
    new_entrants_known: year - 1 > dataFirstYear,
    recipients,
  };
}

function grouped(partnerships: readonly Partnership[], key: (p: Partnership) => string): Map<string, Partnership[]> {
  const groups = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    const k = key(p);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

export function computeConcentration(dataset: Dataset): ConcentrationTables {
  const first = firstYears(dataset.partnerships);
  const dataFirstYear = dataset.partnerships.reduce((min, p) => Math.min(min, p.year), Infinity);
  const by_government: Concentration[] = [];
  for (const [gov, list] of [...grouped(dataset.partnerships, (p) => p.government_id)].sort(([a], [b]) => byCode(a, b))) {
    for (const [year, ofYear] of [...grouped(list, (p) => String(p.year))].sort(([a], [b]) => Number(a) - Number(b))) {
      by_government.push(summarize(gov, Number(year), ofYear, first, dataFirstYear));
    }
  }
  const portal = [...grouped(dataset.partnerships, (p) => String(p.year))]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([year, list]) => summarize(null, Number(year), list, first, dataFirstYear));
  return { by_government, portal };
}
