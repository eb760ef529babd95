/**
 * fast-check arbitraries for whole valid datasets, as a publisher would type them: every table,
 * labels in Chinese or English or as codes, money and dates in the forms spreadsheets produce, free
 * text with commas, quotes and line breaks. Check characters come from tests/helpers/ids.ts.
 */
import fc from 'fast-check';
import type { Vocabulary } from '../../src/lib/schema/vocabularies.ts';
import * as v from '../../src/lib/schema/vocabularies.ts';
import { validResidentId, validUscc } from './ids.ts';
import type { Cells, Tables } from './root.ts';

export interface Generated {
  tables: Tables;
  /** Independently computed expectations, in 分, as BigInt. */
  expected: { contractTotal: bigint; disbursed: Map<string, bigint> };
  /** Kind code of each transaction row, by index. */
  transactionKinds: string[];
}

type G = fc.GeneratorValue;

/*
 * fast-check's `g` caches one arbitrary per distinct argument list, for the life of the generator,
 * and looks them up one by one. Arguments that follow the data (a random maximum, a list of random
 * ids) grow that cache on every run, and generation slows quadratically until a run stalls for
 * minutes. So every `g(...)` below takes arguments from a small fixed set.
 */
const int = (g: G, min: number, max: number) => g(fc.integer, { min, max });
const bool = (g: G) => g(fc.boolean);
const pick = <T>(g: G, list: readonly T[]): T => list[int(g, 0, list.length - 1)] as T;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// No digits: free text must never look like an ID or a phone number by chance.
const TEXT_CHARS = [...'东湖街道社区养老服务项目评估会议记录合同青少年环境助残，。、；：！？“”（）()《》abcXYZ', ' ', ',', '"', "'", '\n', '-', '/'];

const TEXT_CHAR = fc.constantFrom(...TEXT_CHARS);

export function text(g: G, maxLength = 20): string {
  const body = g(fc.array, TEXT_CHAR, { maxLength }).join('');
  return `项${body}目`;
}

export function label<K extends string>(g: G, vocabulary: Vocabulary<K>, code: K): string {
  const l = vocabulary.labels[code];
  return pick(g, [code, l.zh, l.en, l.en.toUpperCase(), ` ${l.zh} `]);
}

const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** An amount of `fen` as a publisher might type it in a 元 column. */
export function moneyText(g: G, fen: bigint): string {
  const yuan = (fen / 100n).toString();
  const cents = pad(Number(fen % 100n), 2);
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const wan = `${(fen / 1_000_000n).toString()}.${pad(Number(fen % 1_000_000n), 6)}万元`;
  const styles = [`${yuan}.${cents}`, `${grouped}.${cents}`, `¥${grouped}.${cents}`, `￥ ${yuan}.${cents}`, `${yuan}.${cents}元`, toFullWidth(`${grouped}.${cents}`), wan];
  if (cents === '00') styles.push(yuan, grouped);
  return pick(g, styles);
}

const MILLION = 1_000_000n;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY;

export function dateText(g: G, day: number): string {
  const d = new Date(day * DAY);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return pick(g, [`${y}-${pad(m, 2)}-${pad(dd, 2)}`, `${y}/${m}/${dd}`, `${y}年${m}月${dd}日`, `${y}.${m}.${dd}`]);
}

const REGIONS = ['330100', '110105', '440305', '310104'];

export function residentId(g: G): string {
  const day = int(g, Date.UTC(1930, 0, 1) / DAY, Date.UTC(2010, 11, 31) / DAY);
  const birth = new Date(day * DAY).toISOString().slice(0, 10).replace(/-/g, '');
  return validResidentId(`${pick(g, REGIONS)}${birth}${pad(int(g, 0, 999), 3)}`);
}

export function mobile(g: G): string {
  const digits = `1${int(g, 3, 9)}${pad(int(g, 0, 999_999_999), 9)}`;
  return pick(g, [digits, `+86 ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`, `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`, `+86${digits}`]);
}

function build(g: G): Generated {
  const orgs: Cells[] = [];
  const govIds: string[] = [];
  const otherIds: string[] = [];
  const addOrg = (kind: 'government' | 'social' | 'evaluator', prefix: string, i: number) => {
    const uscc = validUscc(`${prefix}${pick(g, REGIONS)}M${({ government: 'G', social: 'J', evaluator: 'E' } as const)[kind]}${pad(i, 7)}`);
    const id = bool(g) ? uscc : `ORG-${kind}-${i}`;
    const cells: Cells = { id, name: text(g), kind: label(g, v.ORGANIZATION_KINDS, kind), uscc: pick(g, [uscc, uscc.toLowerCase(), '']) };
    if (bool(g)) cells.description = text(g, 40);
    if (bool(g)) cells.registered_on = dateText(g, int(g, FIRST_DAY - 3000, FIRST_DAY));
    if (bool(g)) cells.phone = `0571-8888${pad(int(g, 0, 9999), 4)}`;
    if (bool(g)) cells.website = `https://org${i}.example.org/`;
    orgs.push(cells);
    (kind === 'government' ? govIds : otherIds).push(id);
  };
  const counts = { government: int(g, 1, 3), social: int(g, 1, 4), evaluator: int(g, 0, 2) };
  for (let i = 0; i < counts.government; i++) addOrg('government', '11', i);
  for (let i = 0; i < counts.social; i++) addOrg('social', '51', i);
  for (let i = 0; i < counts.evaluator; i++) addOrg('evaluator', '52', i);

  const tables: Tables = { organizations: orgs, partnerships: [], partners: [], budget_lines: [], transactions: [], tasks: [], events: [], evaluations: [], documents: [], meetings: [] };
  const transactionKinds: string[] = [];
  const expected = { contractTotal: 0n, disbursed: new Map<string, bigint>() };
  // A fraction of `max` in millionths: 0 and `max` itself stay likely (fast-check favours the bounds).
  const amount = (max: bigint) => (max * g(fc.bigInt, { min: 0n, max: MILLION })) / MILLION;
  let serial = 0;

  const n = int(g, 1, 5);
  for (let i = 0; i < n; i++) {
    const id = `P-${pad(i, 3)}`;
    const contract = amount(10n ** 11n);
    expected.contractTotal += contract;
    const start = int(g, FIRST_DAY, FIRST_DAY + 5000);
    const p: Cells = {
      id,
      title: text(g),
      mode: label(g, v.MODES, pick(g, v.MODES.codes)),
      field: label(g, v.FIELDS, pick(g, v.FIELDS.codes)),
      government_id: pick(g, govIds),
      district: text(g, 6),
      funding_source: label(g, v.FUNDING_SOURCES, pick(g, v.FUNDING_SOURCES.codes)),
      contract_value: moneyText(g, contract),
      status: label(g, v.STATUSES, pick(g, v.STATUSES.codes)),
      start_date: dateText(g, start),
    };
    if (bool(g)) p.end_date = dateText(g, start + int(g, 0, 800));
    if (bool(g)) p.signed_on = dateText(g, start - int(g, 0, 60));
    if (bool(g)) p.summary = text(g, 60);
    if (bool(g)) p.beneficiaries = String(int(g, 0, 100_000));
    tables.partnerships.push(p);

    // Partners: distinct organizations, at least one lead.
    const members = g(fc.shuffledSubarray, [...otherIds.keys()], { minLength: 1 }).map((k) => otherIds[k]!);
    members.forEach((org, j) => {
      const role = j === 0 ? 'lead' : pick(g, v.PARTNER_ROLES.codes);
      const cells: Cells = { partnership_id: id, organization_id: org, role: label(g, v.PARTNER_ROLES, role) };
      if (role !== 'lead' && bool(g)) cells.share = moneyText(g, amount(contract));
      tables.partners.push(cells);
    });

    for (let line = 1, lines = int(g, 0, 3); line <= lines; line++) {
      tables.budget_lines.push({ partnership_id: id, line: String(line), category: label(g, v.BUDGET_CATEGORIES, pick(g, v.BUDGET_CATEGORIES.codes)), amount: moneyText(g, amount(contract)) });
    }

    let disbursed = 0n;
    const transaction = (kind: 'disbursement' | 'expenditure' | 'refund', fen: bigint) => {
      tables.transactions.push({ id: `T-${++serial}`, partnership_id: id, date: dateText(g, start + int(g, 0, 400)), kind: label(g, v.TRANSACTION_KINDS, kind), amount: moneyText(g, fen), ...(bool(g) ? { description: text(g) } : {}) });
      transactionKinds.push(kind);
    };
    for (let k = int(g, 0, 3); k > 0; k--) {
      const fen = amount(contract);
      disbursed += fen;
      transaction('disbursement', fen);
    }
    for (let k = int(g, 0, 2); k > 0; k--) transaction('expenditure', amount(contract));
    if (disbursed > 0n && bool(g)) {
      const refund = amount(disbursed);
      disbursed -= refund;
      transaction('refund', refund);
    }
    expected.disbursed.set(id, disbursed);

    for (let seq = 1, k = int(g, 0, 2); seq <= k; seq++) {
      tables.tasks.push({ partnership_id: id, seq: String(seq), task: text(g), responsible: label(g, v.RESPONSIBLE_PARTIES, pick(g, v.RESPONSIBLE_PARTIES.codes)), status: label(g, v.TASK_STATUSES, pick(g, v.TASK_STATUSES.codes)), ...(bool(g) ? { requirements: text(g) } : {}) });
    }
    for (const stage of g(fc.subarray, [...v.STAGES.codes], { maxLength: 2 })) {
      tables.events.push({ partnership_id: id, stage: label(g, v.STAGES, stage), date: dateText(g, start + int(g, 0, 400)), ...(bool(g) ? { description: text(g) } : {}), ...(bool(g) ? { document_url: `https://example.org/${id}/event-${stage}` } : {}) });
    }
    for (let k = int(g, 0, 2); k > 0; k--) {
      const kind = pick(g, v.EVALUATION_KINDS.codes);
      const tenths = int(g, 0, 1000);
      tables.evaluations.push({
        id: `E-${++serial}`,
        partnership_id: id,
        evaluator_id: pick(g, [...govIds, ...otherIds]),
        kind: label(g, v.EVALUATION_KINDS, kind),
        date: dateText(g, start + int(g, 0, 800)),
        score: tenths % 10 === 0 && bool(g) ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`,
        ...(bool(g) ? { grade: label(g, v.GRADES, pick(g, v.GRADES.codes)) } : {}),
        ...(bool(g) ? { sample_size: String(int(g, 1, 5000)) } : {}),
        ...(bool(g) ? { findings: text(g, 40) } : {}),
        ...(bool(g) ? { report_url: `https://example.org/${id}/report.pdf` } : {}),
      });
    }
    for (let k = int(g, 0, 2); k > 0; k--) {
      tables.documents.push({ partnership_id: id, kind: label(g, v.DOCUMENT_KINDS, pick(g, v.DOCUMENT_KINDS.codes)), title: text(g), url: k === 2 ? 'mailto:jiandu@example.org' : `https://example.org/${id}/doc-${k}.pdf` });
    }
    if (bool(g)) {
      tables.meetings.push({ id: `M-${++serial}`, partnership_id: id, kind: label(g, v.MEETING_KINDS, pick(g, v.MEETING_KINDS.codes)), date: dateText(g, start + int(g, 0, 400)), title: text(g), ...(bool(g) ? { summary: text(g, 40) } : {}), ...(bool(g) ? { minutes_url: `https://example.org/${id}/minutes` } : {}) });
    }
  }
  return { tables, expected, transactionKinds };
}

/**
 * Never `.filter` this (nor anything built on fc.gen()): in fast-check 4.10 a gen value draws from a
 * copy of the random source, so each retry of a filter draws the same dataset again and a rejected
 * one loops for ever. That stalled CI for 90 minutes. Skip unsuitable values with fc.pre instead.
 */
export const validDataset: fc.Arbitrary<Generated> = fc.gen().map(build);

/** A place in the data, as the pipeline must report it. */
export interface Target {
  table: keyof Tables;
  /** Index into tables[table]; the spreadsheet row is index + 2. */
  index: number;
  key: string;
}

/** Every (table, row, column) whose cell is filled, among the given columns. */
export function filledCells(tables: Tables, columns: [keyof Tables, string][]): Target[] {
  return columns.flatMap(([table, key]) => tables[table].flatMap((cells, index) => (cells[key] ? [{ table, index, key }] : [])));
}

/** Every (table, row) for the given columns, filled or not. */
export function allCells(tables: Tables, columns: [keyof Tables, string][]): Target[] {
  return columns.flatMap(([table, key]) => tables[table].map((_, index) => ({ table, index, key })));
}
