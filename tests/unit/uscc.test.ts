import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkUscc, completeUscc, usccCheckCharacter } from '../../src/lib/values/uscc.ts';
import { usccCheckChar, validUscc, wrongUscc } from '../helpers/ids.ts';
import { linesAfter, ORG, setCellIn } from '../helpers/root.ts';

// Published codes of real organizations (checked against the independent implementation in tests/helpers/ids.ts).
const REAL = ['91350100M000100Y43', '91110108551385082Q', '91440300708461136T', '91310000MA1FL1MMXL', '91110000710925462X'];

describe('USCC (GB 32100-2015)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) {
      assert.equal(usccCheckChar(code.slice(0, 17)), code[17], `helper agrees on ${code}`);
      assert.deepEqual(checkUscc(code), { ok: true }, code);
    }
  });

  it('accepts codes completed by the independent check computation', () => {
    for (const first17 of ['11330100MB0000001', '51330100MJ0000001', '52330100MJ0000002', '53110000500000000', 'Y1440300MA5ABCDEF', '91110000000000000']) {
      const code = validUscc(first17);
      assert.deepEqual(checkUscc(code), { ok: true }, code);
      assert.equal(usccCheckCharacter(first17), code[17]);
      assert.equal(completeUscc(first17), code);
    }
  });

  it('refuses a wrong check character and says which one is expected', () => {
    for (const code of REAL) {
      for (const shift of [1, 5, 30]) {
        assert.deepEqual(checkUscc(wrongUscc(code, shift)), { ok: false, reason: 'check', expected: code[17] });
      }
    }
  });

  it('refuses the wrong shape', () => {
    for (const code of ['', '9135010', '91350100M000100Y4', '91350100M000100Y433', '91350100M000100Y4I', '91350100MOOO100Y43', '91A50100M000100Y43', '91350100m000100y43']) {
      assert.deepEqual(checkUscc(code), { ok: false, reason: 'format' }, code);
    }
  });

  it('a wrong check character in the data names the expected one', async () => {
    const wrong = wrongUscc(ORG.social);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 3, 'uscc', wrong)), [
      `content/data/organizations.csv:3: uscc: 统一社会信用代码“${wrong}”校验码错误（应为 ${ORG.social[17]}） / unified social credit code "${wrong}" has a wrong check character (expected ${ORG.social[17]})`,
    ]);
  });

  it('lower case is accepted and stored in capitals; a bad shape is reported', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 3, 'uscc', ORG.social.toLowerCase())), []);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 3, 'uscc', '5133010')), [
      'content/data/organizations.csv:3: uscc: 统一社会信用代码“5133010”应为 18 位数字或大写字母 / unified social credit code "5133010" must be 18 digits or capital letters',
    ]);
  });
});
