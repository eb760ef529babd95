/** Property-based tests: whole random datasets through the real pipeline, and exact money. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fenToDecimalString, formatYuan, parseMoney, sumFen } from '../../src/lib/values/money.ts';
import { allCells, filledCells, mobile, residentId, validDataset, type Generated, type Target } from '../helpers/arbitraries.ts';
import { wrongUscc } from '../helpers/ids.ts';
import { runTables, type Tables } from '../helpers/root.ts';

const RUNS = { datasets: 30, corruptions: 15, money: 500 };
/**
 * Each run writes and reads a whole project: report the first counterexample rather than shrink for
 * minutes, and stop a property after two minutes (the whole file usually takes about 6 s) so that a
 * slow one fails instead of holding CI until its limit.
 */
const SLOW = { endOnFailure: true, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true } as const;

describe('random valid datasets', () => {
  it('pass with no errors, and every total is the exact sum of its parts', async () => {
    await fc.assert(
      fc.asyncProperty(validDataset, fc.constantFrom('zh' as const, 'en' as const), async ({ tables, expected }, headers) => {
        const outcome = await runTables(tables, { headers });
        assert.deepEqual(outcome.errors, [], outcome.lines.join('\n'));
        const dataset = outcome.result?.dataset;
        assert.ok(dataset);
        assert.equal(BigInt(dataset.totals.contract_value), expected.contractTotal);
        for (const p of dataset.partnerships) assert.equal(BigInt(p.figures.disbursed), expected.disbursed.get(p.id), p.id);
        assert.equal(dataset.partnerships.length, tables.partnerships.length);
        assert.equal(dataset.organizations.length, tables.organizations.length);
      }),
      { numRuns: RUNS.datasets, ...SLOW },
    );
  });
});

/** A corruption applied to a valid dataset, and where the pipeline must report it. */
interface Corruption {
  code: string;
  /** Candidate places in this dataset. */
  targets(d: Generated): Target[];
  /** Changes the data at `target`; returns the spreadsheet row the error belongs to. */
  apply(tables: Tables, target: Target, g: fc.GeneratorValue): number;
}

const setCell = (tables: Tables, t: Target, value: string) => {
  (tables[t.table][t.index] as Record<string, string>)[t.key] = value;
  return t.index + 2;
};

const SCANNED: [keyof Tables, string][] = [
  ['partnerships', 'summary'],
  ['partnerships', 'title'],
  ['organizations', 'description'],
  ['organizations', 'name'],
  ['transactions', 'description'],
  ['evaluations', 'findings'],
  ['meetings', 'summary'],
  ['events', 'description'],
  ['tasks', 'requirements'],
];

const CORRUPTIONS: Record<string, Corruption> = {
  'duplicate id': {
    code: 'duplicate_id',
    // Not a refund: the copy also counts in the sums, and a doubled refund can truly exceed the disbursements.
    targets: (d) => allCells(d.tables, [['organizations', 'id'], ['partnerships', 'id'], ['transactions', 'id'], ['evaluations', 'id'], ['meetings', 'id']]).filter((t) => t.table !== 'transactions' || d.transactionKinds[t.index] !== 'refund'),
    apply: (tables, t) => {
      const rows = tables[t.table];
      rows.push({ ...rows[t.index]! });
      return rows.length + 1;
    },
  },
  'duplicate partner': {
    code: 'duplicate_key',
    targets: ({ tables }) => allCells(tables, [['partners', 'organization_id']]),
    apply: (tables, t) => {
      tables.partners.push({ ...tables.partners[t.index]! });
      return tables.partners.length + 1;
    },
  },
  'dangling organization reference': {
    code: 'unknown_reference',
    targets: ({ tables }) => allCells(tables, [['partnerships', 'government_id'], ['partners', 'organization_id'], ['evaluations', 'evaluator_id']]),
    apply: (tables, t) => setCell(tables, t, 'NO-SUCH-ORG'),
  },
  'abc in an amount': {
    code: 'money_not_number',
    // Not a disbursement: losing one would make refunds exceed disbursements, a second (true) error.
    targets: (d) => [
      ...filledCells(d.tables, [['partnerships', 'contract_value'], ['budget_lines', 'amount'], ['partners', 'share']]),
      ...filledCells(d.tables, [['transactions', 'amount']]).filter((t) => d.transactionKinds[t.index] !== 'disbursement'),
    ],
    apply: (tables, t) => setCell(tables, t, 'abc'),
  },
  'wrong USCC check character': {
    code: 'uscc_check',
    targets: ({ tables }) => filledCells(tables, [['organizations', 'uscc']]),
    apply: (tables, t, g) => setCell(tables, t, wrongUscc(tables.organizations[t.index]!.uscc!.toUpperCase(), g(fc.integer, { min: 1, max: 30 }))),
  },
  'impossible date': {
    code: 'date_impossible',
    targets: ({ tables }) => allCells(tables, [['partnerships', 'start_date'], ['partnerships', 'end_date'], ['organizations', 'registered_on'], ['transactions', 'date'], ['evaluations', 'date'], ['meetings', 'date'], ['events', 'date']]),
    apply: (tables, t, g) => setCell(tables, t, g(fc.constantFrom, '2025-02-30', '2023-02-29', '2024-04-31', '2025年2月30日', '2100/2/29', '2025-13-01')),
  },
  'javascript: link': {
    code: 'url_scheme',
    targets: ({ tables }) => allCells(tables, [['organizations', 'website'], ['documents', 'url'], ['evaluations', 'report_url'], ['events', 'document_url'], ['meetings', 'minutes_url']]),
    apply: (tables, t, g) => setCell(tables, t, g(fc.constantFrom, 'javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:msgbox(1)')),
  },
  'resident ID in a description': {
    code: 'personal_id_number',
    targets: ({ tables }) => allCells(tables, SCANNED),
    apply: (tables, t, g) => setCell(tables, t, `${tables[t.table][t.index]![t.key] ?? ''}身份证${residentId(g)}`),
  },
  'mobile number in a text': {
    code: 'personal_mobile',
    targets: ({ tables }) => allCells(tables, [...SCANNED, ['organizations', 'phone']]),
    apply: (tables, t, g) => setCell(tables, t, t.key === 'phone' ? mobile(g) : `${tables[t.table][t.index]![t.key] ?? ''}联系电话${mobile(g)}`),
  },
};

describe('a single corruption is caught at exactly its file, row and field', { concurrency: true }, () => {
  for (const [name, corruption] of Object.entries(CORRUPTIONS)) {
    it(name, async () => {
      const scenario = fc.gen().chain((g) =>
        validDataset.map((d) => {
          const targets = corruption.targets(d);
          if (targets.length === 0) return null;
          const target = targets[g(fc.integer, { min: 0, max: targets.length - 1 })]!;
          const row = corruption.apply(d.tables, target, g);
          return { tables: d.tables, target, row };
        }),
      );
      await fc.assert(
        // A dataset with nowhere to put this corruption is skipped with fc.pre, not filtered out:
        // see validDataset for why it cannot be filtered.
        fc.asyncProperty(scenario, async (drawn) => {
          fc.pre(drawn !== null);
          const { tables, target, row } = drawn;
          const outcome = await runTables(tables);
          const errors = outcome.errors.map((i) => ({ file: i.file, row: i.row, field: i.field, code: i.code }));
          assert.deepEqual(errors, [{ file: `content/data/${target.table}.csv`, row, field: target.key, code: corruption.code }], outcome.lines.join('\n'));
          assert.equal(outcome.result?.dataset, null);
        }),
        { numRuns: RUNS.corruptions, ...SLOW },
      );
    });
  }
});

describe('money', () => {
  const fen = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('formatting then parsing gives back the same fen, grouped or not', () => {
    fc.assert(
      fc.property(fen, (n) => {
        assert.deepEqual(parseMoney(formatYuan(n)), { ok: true, fen: n });
        assert.deepEqual(parseMoney(fenToDecimalString(n)), { ok: true, fen: n });
        assert.deepEqual(parseMoney(`¥${formatYuan(n)}`), { ok: true, fen: n });
      }),
      { numRuns: RUNS.money },
    );
  });

  it('万元 with six decimals is exact too', () => {
    fc.assert(
      fc.property(fen, (n) => {
        const wan = `${Math.trunc(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, '0')}`;
        assert.deepEqual(parseMoney(wan, '万元'), { ok: true, fen: n });
      }),
      { numRuns: RUNS.money },
    );
  });

  it('sums are exact: sumFen equals the BigInt sum, and formatting the sum equals adding the formatted parts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 12 }), { maxLength: 50 }), (list) => {
        const exact = list.reduce((a, b) => a + BigInt(b), 0n);
        const total = sumFen(list);
        assert.equal(BigInt(total), exact);
        const parsed = list.map((n) => parseMoney(formatYuan(n)));
        assert.equal(sumFen(parsed.map((p) => (p.ok ? p.fen : Number.NaN))), total);
        assert.equal(formatYuan(total).replace(/,/g, ''), `${exact / 100n}.${String(exact % 100n).padStart(2, '0')}`);
      }),
      { numRuns: RUNS.money },
    );
  });
});
