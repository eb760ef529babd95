import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SIGNALS, renderSignalsMarkdown, renderSignalsMethodology, resolveParams } from '../../src/lib/signals/index.ts';

test('docs/signals.md is generated from the signal definitions (run `node scripts/lib/signals-doc.ts` after changing them)', async () => {
  const onDisk = await readFile(new URL('../../docs/signals.md', import.meta.url), 'utf8');
  assert.equal(onDisk, renderSignalsMarkdown());
});

test('the methodology has one section per signal with its definition, reasons and parameters', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const m = renderSignalsMethodology(locale);
    const l = locale === 'zh-CN' ? 'zh' : 'en';
    assert.deepEqual(m.sections.map((s) => s.id), SIGNALS.map((s) => s.id));
    m.sections.forEach((section, i) => {
      const signal = SIGNALS[i];
      assert.ok(signal);
      assert.equal(section.title, signal.title[l]);
      assert.equal(section.why, signal.why[l]);
      assert.equal(section.definition, signal.definition(resolveParams(signal))[l]);
      assert.deepEqual(section.params.map((p) => [p.name, p.value, p.overridden]), Object.entries(signal.params).map(([name, spec]) => [name, spec.default, false]));
    });
  }
});

test('the methodology shows overridden parameters and their defaults', () => {
  const overrides = { 'single-source-large': { amount_yuan: 500_000 }, 'late-publication': { days: 15 } };
  const zh = renderSignalsMethodology('zh-CN', overrides);
  const large = zh.sections.find((s) => s.id === 'single-source-large');
  assert.deepEqual(large?.params.map((p) => [p.display, p.default_display, p.overridden]), [['¥500,000.00', '¥200,000.00', true]]);
  assert.match(large?.definition ?? '', /高于 ¥500,000\.00/);
  const en = renderSignalsMethodology('en', overrides);
  assert.deepEqual(en.sections.find((s) => s.id === 'late-publication')?.params.map((p) => [p.display, p.default_display]), [['15 days', '30 days']]);
  assert.match(renderSignalsMarkdown(overrides), /\| 15 days \(default 30 days\) \|/);
});
