/**
 * The column vocabulary of the schema. Each column knows its headers (Chinese, English, aliases),
 * its meaning, and how to turn one raw cell into a typed value or a coded problem. Row types are
 * inferred from these definitions, so types, validation and the data dictionary cannot disagree.
 */
import { parseMoney, MONEY_UNITS, type Fen, type MoneyUnit } from '../values/money.ts';
import { parseDate, type IsoDate } from '../values/dates.ts';
import { checkUscc } from '../values/uscc.ts';
import { checkLink } from '../values/links.ts';
import type { MessageCode, Params } from '../validate/messages.ts';
import type { Bilingual, Vocabulary } from './vocabularies.ts';

export type { Bilingual };

export type CellProblem = { code: MessageCode; params: Params };
export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

export interface CellContext {
  /** Unit a money column was declared in (header suffix or the source's `units`). */
  unit: MoneyUnit;
}

export type ColumnKind =
  | 'id'
  | 'ref'
  | 'text'
  | 'enum'
  | 'date'
  | 'money'
  | 'integer'
  | 'decimal'
  | 'url'
  | 'email'
  | 'phone'
  | 'uscc'
  | 'boolean';

export interface Column<T, Required extends boolean = boolean> {
  kind: ColumnKind;
  header: Bilingual;
  /** Other headers publishers use for this column (matched case- and space-insensitively). */
  aliases: readonly string[];
  required: Required;
  description: Bilingual;
  /** Free text that is scanned for personal data unless declared public. */
  scanned: boolean;
  vocabulary?: Vocabulary<string>;
  /** Table this column refers to (for `ref`). */
  ref?: string;
  /** For `integer`/`decimal`: allowed range, inclusive. */
  range?: { min: number; max: number };
  /** Shown in the data dictionary: the format in one phrase. */
  format: Bilingual;
  parse(raw: string, ctx: CellContext): CellResult<T>;
}

export type AnyColumn = Column<unknown, boolean>;

/** The value a column contributes to a row: nullable unless required. */
export type ValueOf<C> = C extends Column<infer T, infer R> ? (R extends true ? T : T | null) : never;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (code: MessageCode, params: Params): CellResult<never> => ({ ok: false, problem: { code, params } });

interface Common<R extends boolean> {
  zh: string;
  en: string;
  aliases?: readonly string[];
  required?: R;
  description: Bilingual;
}

function base<T, R extends boolean>(
  kind: ColumnKind,
  opts: Common<R>,
  format: Bilingual,
  parse: (raw: string, ctx: CellContext) => CellResult<T>,
  extra: Partial<Column<T, R>> = {},
): Column<T, R> {
  return {
    kind,
    header: { zh: opts.zh, en: opts.en },
    aliases: opts.aliases ?? [],
    required: (opts.required ?? false) as R,
    description: opts.description,
    scanned: false,
    format,
    parse,
    ...extra,
  };
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const c = {
  /** Ids and references are always required: a record nobody can point at cannot be published. */
  id(opts: Omit<Common<true>, 'required'>): Column<string, true> {
    return base<string, true>(
      'id',
      { ...opts, required: true },
      { zh: '字母、数字、- _ .，最多 64 字符', en: 'letters, digits, - _ ., up to 64 characters' },
      (raw) => (ID.test(raw) ? ok(raw) : fail('id_format', { value: raw })),
    );
  },

  ref(table: string, opts: Omit<Common<true>, 'required'>): Column<string, true> {
    return base<string, true>(
      'ref',
      { ...opts, required: true },
      { zh: `${table} 表中的编号`, en: `an id from the ${table} table` },
      (raw) => (ID.test(raw) ? ok(raw) : fail('id_format', { value: raw })),
      { ref: table },
    );
  },

  text<R extends boolean = false>(opts: Common<R> & { max?: number; scanned?: boolean }): Column<string, NoInfer<R>> {
    const max = opts.max ?? 5000;
    return base<string, R>(
      'text',
      opts,
      { zh: `文本，最多 ${max} 字`, en: `text, at most ${max} characters` },
      (raw) => {
        const length = [...raw].length;
        return length > max ? fail('text_too_long', { length, max }) : ok(raw);
      },
      { scanned: opts.scanned ?? true },
    );
  },

  enum<K extends string, R extends boolean = false>(vocabulary: Vocabulary<K>, opts: Common<R>): Column<K, NoInfer<R>> {
    const allowed = Object.entries<Bilingual>(vocabulary.labels)
      .map(([code, label]) => `${label.zh}/${code}`)
      .join('、');
    return base<K, R>(
      'enum',
      opts,
      { zh: `取值之一：${allowed}`, en: `one of: ${allowed}` },
      (raw) => {
        const code = vocabulary.lookup(raw);
        return code ? ok(code) : fail('enum_unknown', { value: raw, allowed });
      },
      { vocabulary: vocabulary as Vocabulary<string> },
    );
  },

  date<R extends boolean = false>(opts: Common<R>): Column<IsoDate, NoInfer<R>> {
    return base<IsoDate, R>('date', opts, { zh: '日期 YYYY-MM-DD', en: 'date YYYY-MM-DD' }, (raw) => {
      const parsed = parseDate(raw);
      if (parsed.ok) return ok(parsed.date);
      return fail(parsed.reason === 'format' ? 'date_format' : 'date_impossible', { value: raw });
    });
  },

  money<R extends boolean = false>(opts: Common<R>): Column<Fen, NoInfer<R>> {
    return base<Fen, R>(
      'money',
      opts,
      { zh: '金额，单位元（或在表头/配置中声明为万元），最多精确到分', en: 'amount in yuan (or 万元 declared in the header or config), exact to the fen' },
      (raw, ctx) => {
        const parsed = parseMoney(raw, ctx.unit);
        if (parsed.ok) return ok(parsed.fen);
        const unit = MONEY_UNITS[ctx.unit];
        const code = ({ not_number: 'money_not_number', negative: 'money_negative', precision: 'money_precision', too_large: 'money_too_large' } as const)[parsed.reason];
        return fail(code, { value: raw, unit: ctx.unit, unitEn: unit.en, digits: unit.digits });
      },
    );
  },

  integer<R extends boolean = false>(opts: Common<R> & { min?: number; max?: number }): Column<number, NoInfer<R>> {
    const range = { min: opts.min ?? 0, max: opts.max ?? Number.MAX_SAFE_INTEGER };
    return base<number, R>(
      'integer',
      opts,
      { zh: `整数，${range.min} 起`, en: `whole number from ${range.min}` },
      (raw) => {
        const text = raw.replace(/[,，]/g, '');
        if (!/^-?\d+$/.test(text)) return fail('not_integer', { value: raw });
        const n = Number(text);
        if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
          // Most counts have no upper limit: say "at least 1", not "between 1 and 9007199254740991".
          return range.max === Number.MAX_SAFE_INTEGER ? fail('integer_min', { value: raw, min: range.min }) : fail('integer_range', { value: raw, ...range });
        }
        return ok(n);
      },
      { range },
    );
  },

  /** A decimal with few places, e.g. a score; kept as a number because it is never summed as money. */
  decimal<R extends boolean = false>(opts: Common<R> & { min: number; max: number; digits: number }): Column<number, NoInfer<R>> {
    const { min, max, digits } = opts;
    return base<number, R>(
      'decimal',
      opts,
      { zh: `数字 ${min}–${max}，最多 ${digits} 位小数`, en: `number ${min}–${max}, at most ${digits} decimal places` },
      (raw) => {
        const match = /^(\d+)(?:\.(\d+))?$/.exec(raw);
        if (!match) return fail('not_decimal', { value: raw });
        if ((match[2] ?? '').replace(/0+$/, '').length > digits) return fail('decimal_precision', { value: raw, digits });
        const n = Number(raw);
        if (n < min || n > max) return fail('integer_range', { value: raw, min, max });
        return ok(n);
      },
      { range: { min, max } },
    );
  },

  url<R extends boolean = false>(opts: Common<R>): Column<string, NoInfer<R>> {
    return base<string, R>('url', opts, { zh: '网址，仅限 http/https/mailto', en: 'link: http, https or mailto only' }, (raw) => {
      const checked = checkLink(raw);
      if (checked.ok) return ok(checked.url);
      return fail(checked.reason === 'scheme' ? 'url_scheme' : 'url_invalid', { value: raw });
    });
  },

  email<R extends boolean = false>(opts: Common<R>): Column<string, NoInfer<R>> {
    return base<string, R>('email', opts, { zh: '电子邮箱', en: 'email address' }, (raw) =>
      /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(raw) ? ok(raw) : fail('email_invalid', { value: raw }),
    );
  },

  /** A public contact number (an office landline or hotline); mobile numbers are caught as personal data. */
  phone<R extends boolean = false>(opts: Common<R>): Column<string, NoInfer<R>> {
    return base<string, R>(
      'phone',
      opts,
      { zh: '公开的办公电话或热线', en: 'public office phone or hotline' },
      (raw) => (/^[\d+\-()（）\s转]{3,30}$/.test(raw) ? ok(raw) : fail('phone_invalid', { value: raw })),
      { scanned: true },
    );
  },

  uscc<R extends boolean = false>(opts: Common<R>): Column<string, NoInfer<R>> {
    return base<string, R>(
      'uscc',
      opts,
      { zh: '18 位统一社会信用代码（GB 32100-2015，含校验码）', en: '18-character unified social credit code (GB 32100-2015, with check character)' },
      (raw) => {
        const code = raw.toUpperCase();
        const checked = checkUscc(code);
        if (checked.ok) return ok(code);
        return checked.reason === 'format' ? fail('uscc_format', { value: raw }) : fail('uscc_check', { value: raw, expected: checked.expected });
      },
    );
  },

  boolean<R extends boolean = false>(opts: Common<R>): Column<boolean, NoInfer<R>> {
    return base<boolean, R>('boolean', opts, { zh: '是/否', en: 'yes/no' }, (raw) => {
      const v = raw.trim().toLowerCase();
      if (['是', 'y', 'yes', 'true', '1'].includes(v)) return ok(true);
      if (['否', 'n', 'no', 'false', '0'].includes(v)) return ok(false);
      return fail('boolean', { value: raw });
    });
  },
};
