import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, daysInMonth, isLeapYear, parseDate, yearOf } from '../../src/lib/values/dates.ts';
import { linesAfter, setCellIn } from '../helpers/root.ts';

describe('parseDate', () => {
  it('accepts ISO dates and the forms Chinese spreadsheets write', () => {
    assert.deepEqual(parseDate('2025-03-01'), { ok: true, date: '2025-03-01' });
    assert.deepEqual(parseDate('2025/3/1'), { ok: true, date: '2025-03-01' });
    assert.deepEqual(parseDate('2025.3.1'), { ok: true, date: '2025-03-01' });
    assert.deepEqual(parseDate('2025年3月1日'), { ok: true, date: '2025-03-01' });
    assert.deepEqual(parseDate('2025年12月31日'), { ok: true, date: '2025-12-31' });
    assert.deepEqual(parseDate(' 2025-3-1 '), { ok: true, date: '2025-03-01' });
  });

  it('knows leap years', () => {
    assert.deepEqual(parseDate('2024-02-29'), { ok: true, date: '2024-02-29' });
    assert.deepEqual(parseDate('2000-02-29'), { ok: true, date: '2000-02-29' });
    assert.deepEqual(parseDate('2023-02-29'), { ok: false, reason: 'impossible' });
    assert.deepEqual(parseDate('1900-02-29'), { ok: false, reason: 'impossible' });
    assert.equal(isLeapYear(2024), true);
    assert.equal(isLeapYear(2100), false);
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2025, 4), 30);
  });

  it('refuses impossible dates', () => {
    for (const raw of ['2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025年2月30日']) {
      assert.deepEqual(parseDate(raw), { ok: false, reason: 'impossible' }, raw);
    }
  });

  it('refuses what is not a date', () => {
    for (const raw of ['', '2025', '2025-03', '03/01/2025', '25-3-1', 'yesterday', '2025-03-01T10:00', '2025-3-1-1']) {
      assert.deepEqual(parseDate(raw), { ok: false, reason: 'format' }, raw);
    }
  });

  it('date arithmetic works on whole days in UTC', () => {
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2025-03-01', '2025-02-28'), -1);
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(yearOf('2024-12-31'), 2024);
  });
});

describe('dates in the data', () => {
  it('an impossible date is reported at its cell', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 3, 'start_date', '2025-02-30')), [
      'content/data/partnerships.csv:3: start_date: 日期“2025-02-30”不存在 / date "2025-02-30" does not exist',
    ]);
  });

  it('a malformed date shows the expected form', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'transactions', 2, 'date', '03/05/2024')), [
      'content/data/transactions.csv:2: date: 日期“03/05/2024”格式不正确，应为 YYYY-MM-DD，例如 2025-03-01 / date "03/05/2024" is not in the form YYYY-MM-DD, e.g. 2025-03-01',
    ]);
  });
});
