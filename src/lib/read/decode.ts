/**
 * Text encodings that spreadsheets in China really produce: UTF-8 (Excel adds a BOM), and GB18030/GBK
 * (Excel's and WPS's default "CSV" on Chinese Windows). GB18030 is a superset of GBK, so one decoder
 * serves both.
 */
import iconv from 'iconv-lite';

export type Encoding = 'auto' | 'utf-8' | 'gb18030' | 'gbk';

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): Decoded {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === 'gb18030' || encoding === 'gbk') {
    return { ok: true, text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
  try {
    // A file that is valid UTF-8 is UTF-8: GB18030 text almost never is.
    const text = utf8.decode(hasBom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    if (encoding === 'utf-8') return { ok: false };
  }
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  // iconv substitutes U+FFFD for byte sequences that are not GB18030 either.
  return text.includes('\uFFFD') ? { ok: false } : { ok: true, text, encoding: 'gb18030' };
}
