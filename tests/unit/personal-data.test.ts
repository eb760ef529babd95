import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPersonalData, residentIdCheckDigit } from '../../src/lib/values/personal-data.ts';
import { residentIdCheck, validResidentId, wrongResidentId } from '../helpers/ids.ts';
import { linesAfter, setCellIn } from '../helpers/root.ts';

// The example number printed in GB 11643-1999, and one more checked by tests/helpers/ids.ts.
const STANDARD_ID = '11010519491231002X';
const ANOTHER_ID = '110101199003074514';

describe('findPersonalData', () => {
  it('finds a resident ID number with a correct check digit', () => {
    assert.equal(residentIdCheck(STANDARD_ID.slice(0, 17)), 'X');
    assert.equal(residentIdCheckDigit(STANDARD_ID.slice(0, 17)), 'X');
    assert.deepEqual(findPersonalData(`联系人身份证号${STANDARD_ID}，请核对`), [{ kind: 'resident_id', masked: '110105********002X' }]);
    assert.deepEqual(findPersonalData(`ID ${ANOTHER_ID}`), [{ kind: 'resident_id', masked: '110101********4514' }]);
    assert.deepEqual(findPersonalData(STANDARD_ID.toLowerCase()), [{ kind: 'resident_id', masked: '110105********002X' }]);
  });

  it('agrees with the independent check digit on many numbers', () => {
    for (let i = 0; i < 200; i++) {
      const first17 = `3301${String(10 + (i % 80)).padStart(2, '0')}19${String(50 + (i % 50)).padStart(2, '0')}0${1 + (i % 9)}1${i % 10}${String(i).padStart(3, '0')}`;
      const id = validResidentId(first17);
      assert.equal(residentIdCheckDigit(first17), id[17], first17);
      assert.equal(findPersonalData(id).length, 1, id);
      assert.deepEqual(findPersonalData(wrongResidentId(id)), [], wrongResidentId(id));
    }
  });

  it('ignores an 18-digit number with a wrong check digit', () => {
    assert.deepEqual(findPersonalData(wrongResidentId(STANDARD_ID)), []);
    assert.deepEqual(findPersonalData('110105194912310021'), []);
  });

  it('finds mainland mobile numbers, with or without +86 and separators', () => {
    assert.deepEqual(findPersonalData('13812345678'), [{ kind: 'mobile', masked: '138****5678' }]);
    assert.deepEqual(findPersonalData('联系 +86 138 1234 5678 王老师'), [{ kind: 'mobile', masked: '138****5678' }]);
    assert.deepEqual(findPersonalData('电话：199-0000-1111'), [{ kind: 'mobile', masked: '199****1111' }]);
    assert.deepEqual(findPersonalData('8613812345678'), [{ kind: 'mobile', masked: '138****5678' }]);
  });

  it('leaves landlines, hotlines, amounts and long project numbers alone', () => {
    for (const text of ['0571-88880001', '(0571) 8888 0001', '12345', '400-123-4567', '项目编号 QH20240315000123456789', '合同号 202403150001234567', '金额 13812345678901 元', '1381234567', '138123456789']) {
      assert.deepEqual(findPersonalData(text), [], text);
    }
  });
});

describe('personal data in the data', () => {
  it('a valid resident ID in a description is an error, masked', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 2, 'summary', `联系人身份证${STANDARD_ID}`)), [
      'content/data/partnerships.csv:2: summary: 包含居民身份证号码（110105********002X），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段 / contains a resident ID number (110105********002X) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml',
    ]);
  });

  it('one with a wrong check digit passes', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'partnerships', 2, 'summary', `合同编号${wrongResidentId(STANDARD_ID)}`)), []);
  });

  it('a mobile number in a text or a phone column is an error', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'transactions', 3, 'description', '经办人 13812345678')), [
      'content/data/transactions.csv:3: description: 包含手机号码（138****5678），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段 / contains a mobile phone number (138****5678) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml',
    ]);
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 3, 'phone', '+86 138 1234 5678')), [
      'content/data/organizations.csv:3: phone: 包含手机号码（138****5678），不得公开；如确需公开，请在 portal.yaml 的 data.public_fields 中声明此字段 / contains a mobile phone number (138****5678) that must not be published; if it must be public, declare this field in data.public_fields in portal.yaml',
    ]);
  });

  it('a field declared in data.public_fields is not scanned', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 3, 'phone', '13812345678'), { publicFields: ['organizations.phone'] }), []);
    // Only that field: the same number elsewhere is still caught.
    assert.equal((await linesAfter((t) => setCellIn(t, 'organizations', 3, 'description', '13812345678'), { publicFields: ['organizations.phone'] })).length, 1);
  });

  it('ids, codes and amounts are not scanned', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'transactions', 2, 'id', STANDARD_ID)), []);
  });
});
