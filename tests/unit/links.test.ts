import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkLink, isExternal, safeHref } from '../../src/lib/values/links.ts';
import { linesAfter, setCellIn } from '../helpers/root.ts';

describe('checkLink', () => {
  it('accepts http, https and mailto', () => {
    assert.deepEqual(checkLink('https://example.org/report.pdf'), { ok: true, url: 'https://example.org/report.pdf' });
    assert.deepEqual(checkLink('http://example.org'), { ok: true, url: 'http://example.org/' });
    assert.deepEqual(checkLink('HTTPS://Example.org/a b'), { ok: true, url: 'https://example.org/a%20b' });
    assert.deepEqual(checkLink('mailto:jiandu@example.org'), { ok: true, url: 'mailto:jiandu@example.org' });
  });

  it('refuses scripts, data, files and other schemes, however they are written', () => {
    for (const raw of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)', 'ftp://example.org/x']) {
      assert.deepEqual(checkLink(raw), { ok: false, reason: 'scheme' }, JSON.stringify(raw));
      assert.equal(safeHref(raw), undefined);
    }
  });

  it('refuses what is not an absolute address', () => {
    for (const raw of ['example.org', '/relative/path', 'http://', '']) {
      assert.deepEqual(checkLink(raw), { ok: false, reason: 'invalid' }, raw);
    }
  });

  it('safeHref and isExternal', () => {
    assert.equal(safeHref('https://example.org'), 'https://example.org/');
    assert.equal(safeHref(null), undefined);
    assert.equal(isExternal('https://other.org/x', 'https://sunlight.example.org'), true);
    assert.equal(isExternal('https://sunlight.example.org/x', 'https://sunlight.example.org'), false);
    assert.equal(isExternal('mailto:a@example.org', 'https://sunlight.example.org'), false);
  });
});

describe('links in the data', () => {
  it('a javascript: link is refused with the exact message', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'documents', 2, 'url', 'JaVaScRiPt:alert(1)')), [
      'content/data/documents.csv:2: url: 链接“JaVaScRiPt:alert(1)”只能使用 http、https 或 mailto / link "JaVaScRiPt:alert(1)" must use http, https or mailto',
    ]);
  });

  it('an address without a scheme is reported as invalid', async () => {
    assert.deepEqual(await linesAfter((t) => setCellIn(t, 'organizations', 2, 'website', 'donghu.example.org')), [
      'content/data/organizations.csv:2: website: 链接“donghu.example.org”不是有效网址 / link "donghu.example.org" is not a valid address',
    ]);
  });
});
