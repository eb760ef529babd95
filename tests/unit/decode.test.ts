import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/lib/read/decode.ts';

const TEXT = '项目编号,项目名称,合同金额\nQH-2024-001,东湖街道居家养老服务项目,"360,000.00"\n';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bom = (s: string) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]));
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));

describe('decodeText', () => {
  it('reads UTF-8, with and without BOM', () => {
    assert.deepEqual(decodeText(utf8(TEXT)), { ok: true, text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decodeText(bom(TEXT)), { ok: true, text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decodeText(bom(TEXT), 'utf-8'), { ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('detects GB18030 (GBK) as Excel saves it on Chinese Windows', () => {
    assert.notDeepEqual(Buffer.from(gb(TEXT)), Buffer.from(utf8(TEXT)));
    assert.deepEqual(decodeText(gb(TEXT)), { ok: true, text: TEXT, encoding: 'gb18030' });
    assert.deepEqual(decodeText(gb(TEXT), 'gbk'), { ok: true, text: TEXT, encoding: 'gb18030' });
    assert.deepEqual(decodeText(gb(TEXT), 'gb18030'), { ok: true, text: TEXT, encoding: 'gb18030' });
  });

  it('reads characters outside GBK that GB18030 encodes in four bytes', () => {
    const rare = '𠀀 䶮 😀 €';
    assert.deepEqual(decodeText(gb(`名称\n${rare}\n`)), { ok: true, text: `名称\n${rare}\n`, encoding: 'gb18030' });
  });

  it('plain ASCII is UTF-8', () => {
    assert.deepEqual(decodeText(utf8('id,title\nA,B\n')), { ok: true, text: 'id,title\nA,B\n', encoding: 'utf-8' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    assert.deepEqual(decodeText(new Uint8Array([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x41])), { ok: false });
    assert.deepEqual(decodeText(new Uint8Array([0x81, 0x7f])), { ok: false }, 'a GB lead byte with an impossible trail byte');
  });

  it('refuses GB18030 bytes when the source insists on UTF-8', () => {
    assert.deepEqual(decodeText(gb(TEXT), 'utf-8'), { ok: false });
  });
});
