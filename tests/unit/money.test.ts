import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basisPoints, fenToDecimalString, formatWan, formatYuan, parseMoney, sumFen } from '../../src/lib/values/money.ts';
import { linesAfter, setCellIn } from '../helpers/root.ts';

const fen = (raw: string, unit?: '元' | '万元') => {
  const parsed = parseMoney(raw, unit);
  assert.ok(parsed.ok, `${raw} should parse, got ${JSON.stringify(parsed)}`);
  return parsed.fen;
};
const reason = (raw: string, unit?: '元' | '万元') => {
  const parsed = parseMoney(raw, unit);
  assert.ok(!parsed.ok, `${raw} should be refused, got ${JSON.stringify(parsed)}`);
  return parsed.reason;
};

describe('parseMoney', () => {
  it('reads the ways spreadsheets write yuan', () => {
    assert.equal(fen('12,345.67'), 1_234_567);
    assert.equal(fen('12345.67'), 1_234_567);
    assert.equal(fen('¥12,345.67'), 1_234_567);
    assert.equal(fen('￥ 12 345.67'), 1_234_567);
    assert.equal(fen('12，345.67'), 1_234_567);
    assert.equal(fen('  80,000 '), 8_000_000);
    assert.equal(fen('0.5'), 50);
    assert.equal(fen('0'), 0);
    assert.equal(fen('12元'), 1_200);
    assert.equal(fen('1.230'), 123, 'trailing zeros are not extra precision');
  });

  it('reads full-width digits', () => {
    assert.equal(fen('１２，３４５．６７'), 1_234_567);
    assert.equal(fen('１２３４５'), 1_234_500);
    assert.equal(fen('￥１００'), 10_000);
  });

  it('reads 万元 from the column unit or the cell', () => {
    assert.equal(fen('1.5', '万元'), 1_500_000);
    assert.equal(fen('1.5万元'), 1_500_000, 'a unit written in the cell wins');
    assert.equal(fen('1.5万元', '万元'), 1_500_000);
    assert.equal(fen('36', '万元'), 36_000_000);
    assert.equal(fen('1.234567', '万元'), 1_234_567, '万元 carries six decimals down to the fen');
    assert.equal(fen('15000元', '万元'), 1_500_000, '元 written in the cell of a 万元 column is 元');
  });

  it('refuses more precision than one fen', () => {
    assert.equal(reason('1.234'), 'precision');
    assert.equal(reason('0.001'), 'precision');
    assert.equal(reason('1.2345678', '万元'), 'precision');
  });

  it('refuses negative amounts (but -0 is zero)', () => {
    assert.equal(reason('-5'), 'negative');
    assert.equal(reason('-¥5'), 'negative');
    assert.equal(reason('¥-5'), 'negative');
    assert.equal(reason('－５'), 'negative');
    assert.equal(fen('-0'), 0);
  });

  it('refuses what is not a number', () => {
    for (const raw of ['abc', '', '1.2.3', '12,34', '1e5', 'NaN', 'Infinity', '0x10', '1,2345.00', '五百元', '12.']) {
      assert.equal(reason(raw), 'not_number', raw);
    }
  });

  it('stays exact up to the largest safe integer and refuses beyond', () => {
    assert.equal(fen('90071992547409.91'), Number.MAX_SAFE_INTEGER);
    assert.equal(reason('90071992547409.92'), 'too_large');
    assert.equal(reason('100000000000000000000'), 'too_large');
  });

  it('never goes through floating point: 0.1 + 0.2 yuan are 30 fen', () => {
    assert.equal(fen('0.1') + fen('0.2'), 30);
    assert.equal(fen('1.15'), 115);
    assert.equal(fen('4.35'), 435);
    assert.equal(fen('1.005', '万元'), 1_005_000);
  });
});

describe('formatting', () => {
  it('formatYuan groups thousands and always shows fen', () => {
    assert.equal(formatYuan(1_234_567), '12,345.67');
    assert.equal(formatYuan(5), '0.05');
    assert.equal(formatYuan(0), '0.00');
    assert.equal(formatYuan(100_000_000), '1,000,000.00');
    assert.equal(formatYuan(-5), '-0.05');
    assert.equal(formatYuan(1_234_567, { grouping: false }), '12345.67');
    assert.equal(fenToDecimalString(36_000_000), '360000.00');
  });

  it('formatWan rounds half up in 万元', () => {
    assert.equal(formatWan(1_500_000), '1.50');
    assert.equal(formatWan(123_456_789), '123.46');
    assert.equal(formatWan(5_000), '0.01');
    assert.equal(formatWan(4_999), '0.00');
    assert.equal(formatWan(1_000_000_000_000), '1,000,000.00');
    assert.equal(formatWan(15_500_000, 0), '16');
    assert.equal(formatWan(-1_500_000), '-1.50');
  });

  it('basisPoints rounds half up and is 0 for an empty whole', () => {
    assert.equal(basisPoints(1, 3), 3333);
    assert.equal(basisPoints(2, 3), 6667);
    assert.equal(basisPoints(1, 8), 1250);
    assert.equal(basisPoints(1, 20_000), 1);
    assert.equal(basisPoints(1, 20_001), 0);
    assert.equal(basisPoints(5, 5), 10_000);
    assert.equal(basisPoints(7, 5), 14_000);
    assert.equal(basisPoints(1, 0), 0);
  });

  it('sumFen is exact and refuses to lose exactness', () => {
    assert.equal(sumFen([10, 20, 30]), 60);
    assert.equal(sumFen([]), 0);
    assert.throws(() => sumFen([Number.MAX_SAFE_INTEGER, 1]), RangeError);
  });
});

describe('money cells in the data', () => {
  const contract = (value: string) => linesAfter((t) => setCellIn(t, 'partnerships', 3, 'contract_value', value));

  it('reports a non-number with the exact message', async () => {
    assert.deepEqual(await contract('abc'), ['content/data/partnerships.csv:3: contract_value: 金额“abc”不是数字 / amount "abc" is not a number']);
  });

  it('reports over-precision, negatives and huge amounts', async () => {
    assert.deepEqual(await contract('1.234'), [
      'content/data/partnerships.csv:3: contract_value: 金额“1.234”的小数超过 2 位（以元为单位，最小到分） / amount "1.234" has more than the 2 decimal places allowed in yuan (the smallest unit is one fen)',
    ]);
    assert.deepEqual(await contract('-80000'), ['content/data/partnerships.csv:3: contract_value: 金额“-80000”不能为负数 / amount "-80000" cannot be negative']);
    assert.deepEqual(await contract('100000000000000000'), ['content/data/partnerships.csv:3: contract_value: 金额“100000000000000000”过大，无法精确处理 / amount "100000000000000000" is too large to handle exactly']);
  });

  it('a 万元 cell in a 元 column counts in 万元', async () => {
    // 8万元 = 80,000 元, the same as the budget lines: no warning.
    assert.deepEqual(await contract('8万元'), []);
    assert.deepEqual(await contract('8'), [
      'content/data/budget_lines.csv:4: amount: [警告 warning] 预算明细合计 80,000.00 与合同金额 8.00 不一致 / budget lines total 80,000.00, which differs from the contract value 8.00',
    ]);
  });
});
