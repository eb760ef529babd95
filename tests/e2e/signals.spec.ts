/**
 * Integrity signals and concentration pages. The flags are computed here from the same content the
 * site was built from (loadConfig + runPipeline + evaluateSignals), and every one must appear, with
 * its own numbers, on the pages that concern it; the sample data raises every signal at least once.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import { SIGNALS, computeConcentration, evaluateSignals, flagsForGovernment, flagsForOrganization, flagsForPartnership, renderSignalsMethodology, resolveParams, type Flag } from '../../src/lib/signals/index.ts';
import { percentFromBp, count, yuan } from '../../src/lib/format/money.ts';
import { pageTypes, ROOT } from './helpers.ts';

const root = process.env.SUNLIGHT_ROOT ?? ROOT;
const configResult = await loadConfig(root);
if (!configResult.ok) throw new Error('content/portal.yaml does not load');
const config = configResult.config;
const pipeline = await runPipeline({ root, config });
if (!pipeline.dataset) throw new Error('the sample data does not build');
const dataset: Dataset = pipeline.dataset;
const flags = evaluateSignals(dataset, config.signals);
const concentration = computeConcentration(dataset);

const LOCALES = [
  { prefix: '/', lang: 'zh-CN' as const, l: 'zh' as const },
  { prefix: '/en/', lang: 'en' as const, l: 'en' as const },
];

/** The flag cards on a page for one signal (and, for partnership-level flags, one partnership). */
function cards(scope: Page | Locator, flag: Flag): Locator {
  const partnership = flag.partnership_id ? `[data-partnership="${flag.partnership_id}"]` : ':not([data-partnership])';
  return scope.locator(`article.flag[data-signal="${flag.signal}"]${partnership}`);
}

async function expectAxeClean(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page)).toEqual([]);
}

test('the sample raises every signal at least once', () => {
  for (const signal of SIGNALS) {
    expect(flags.filter((f) => f.signal === signal.id).length, signal.id).toBeGreaterThan(0);
  }
});

for (const signal of SIGNALS) {
  test(`signal ${signal.id}: every flag is on its record's page, on /signals/ and on /signals/${signal.id}/ (both locales)`, async ({ page }) => {
    const own = flags.filter((f) => f.signal === signal.id);
    expect(own.length).toBeGreaterThan(0);
    for (const { prefix, l } of LOCALES) {
      for (const flag of own) {
        const explanation = flag.explanation[l];
        if (flag.partnership_id !== null) {
          await page.goto(`${prefix}projects/${flag.partnership_id}/`);
          const card = cards(page.locator('section:has(> h2#signals)'), flag);
          await expect(card).toHaveCount(1);
          await expect(card.locator('.flag-heading')).toHaveText(signal.title[l]);
          await expect(card.locator('[data-explanation]')).toHaveText(explanation);
          await expect(card).toContainText(signal.definition(resolveParams(signal, config.signals))[l]);
          await expect(card.locator('a[href$="signals/methodology/#' + signal.id + '"]')).toHaveCount(1);
        } else {
          // A government-level flag: on the government's page, and on each partnership it names.
          expect(flag.government_id).toBeTruthy();
          await page.goto(`${prefix}governments/${flag.government_id}/`);
          const card = cards(page.locator('section:has(> h2#concentration)'), flag);
          await expect(card).toHaveCount(1);
          await expect(card.locator('.flag-heading')).toHaveText(signal.title[l]);
          await expect(card.locator('[data-explanation]')).toHaveText(explanation);
          const ids = Array.isArray(flag.facts.partnership_ids) ? flag.facts.partnership_ids : [];
          for (const id of ids) {
            await page.goto(`${prefix}projects/${id}/`);
            await expect(cards(page, flag).locator('[data-explanation]')).toHaveText(explanation);
          }
        }
        // And on the page of the organization it names (governments: above).
        const named = dataset.organizations.find((o) => o.id === flag.organization_id);
        if (named && named.kind !== 'government') {
          await page.goto(`${prefix}organizations/${named.id}/`);
          const onOrg = cards(page.locator('section:has(> h2#signals)'), flag);
          expect(await onOrg.locator('[data-explanation]').allTextContents(), `${prefix}organizations/${named.id}/`).toContain(explanation);
          await expect(onOrg.first().locator('.flag-heading')).toHaveText(signal.title[l]);
        }
        for (const route of ['signals/', `signals/${signal.id}/`]) {
          await page.goto(prefix + route);
          const scope = route === 'signals/' ? page.locator(`section#${signal.id}`) : page.locator('main');
          const card = cards(scope, flag);
          await expect(card, `${prefix}${route}`).toHaveCount(1);
          await expect(card.locator('[data-explanation]')).toHaveText(explanation);
          if (flag.partnership_id) {
            const p = dataset.partnerships.find((x) => x.id === flag.partnership_id);
            await expect(card.locator('.flag-heading a')).toHaveAttribute('href', new RegExp(`projects/${flag.partnership_id}/$`));
            if (p && l === 'zh') await expect(card.locator('.flag-heading')).toHaveText(p.title);
          }
        }
      }
    }
  });
}

test('/signals/: the counts table gives each signal its number of flags, and the total', async ({ page }) => {
  for (const { prefix, l } of LOCALES) {
    await page.goto(`${prefix}signals/`);
    for (const signal of SIGNALS) {
      const row = page.locator(`table[data-table="signal-counts"] tbody tr[data-signal="${signal.id}"]`);
      await expect(row.locator('th')).toHaveText(signal.title[l]);
      await expect(row.locator('td')).toHaveText(count(flags.filter((f) => f.signal === signal.id).length));
      await expect(row.locator('a')).toHaveAttribute('href', `#${signal.id}`);
    }
    await expect(page.locator('table[data-table="signal-counts"] tfoot td')).toHaveText(count(flags.length));
    await expect(page.locator('main article.flag')).toHaveCount(flags.length);
    await expect(page.locator('main a[href$="signals/methodology/"]').first()).toBeVisible();
  }
});

test('a partnership without flags says so briefly', async ({ page }) => {
  const quiet = dataset.partnerships.find((p) => flagsForPartnership(flags, p.id).length === 0);
  expect(quiet).toBeTruthy();
  await page.goto(`/projects/${quiet?.id}/`);
  const section = page.locator('section:has(> h2#signals)');
  await expect(section).toContainText('本项目没有触发任何信号。');
  await expect(section.locator('article.flag')).toHaveCount(0);
});

test('organization pages list every flag that names them, without linking to themselves, and say so briefly when none does', async ({ page }) => {
  const organizations = dataset.organizations.filter((o) => o.kind !== 'government');
  const flagged = organizations.filter((o) => flagsForOrganization(flags, o.id).length > 0);
  const quiet = organizations.find((o) => flagsForOrganization(flags, o.id).length === 0);
  expect(flagged.length).toBeGreaterThan(1);
  expect(quiet).toBeTruthy();
  for (const org of flagged) {
    await page.goto(`/en/organizations/${org.id}/`);
    const section = page.locator('section:has(> h2#signals)');
    const own = flagsForOrganization(flags, org.id);
    await expect(section.locator('article.flag')).toHaveCount(own.length);
    await expect(section.locator('[data-explanation]')).toHaveText(own.map((f) => f.explanation.en));
    await expect(section).toHaveAttribute('data-signals-count', String(own.length));
    // The cards name the partnership, government and year; not the organization whose page this is.
    await expect(section.locator(`.flag-context a[href$="/organizations/${org.id}/"]`)).toHaveCount(0);
  }
  await page.goto(`/organizations/${quiet?.id}/`);
  const section = page.locator('section:has(> h2#signals)');
  await expect(section).toContainText('没有信号涉及本组织。');
  await expect(section.locator('article.flag')).toHaveCount(0);
});

test('/signals/ and government pages: concentration tables carry the computed figures', async ({ page }) => {
  for (const { prefix } of LOCALES) {
    await page.goto(`${prefix}signals/`);
    await expect(page.locator('table[data-table="concentration"] tbody tr')).toHaveCount(concentration.portal.length);
    for (const r of concentration.portal) {
      const row = page.locator(`table[data-table="concentration"] tbody tr[data-year="${r.year}"]`);
      await expect(row.locator('td').nth(0)).toHaveText(yuan(r.committed));
      await expect(row.locator('[data-col="top1"]')).toHaveText(percentFromBp(r.top1_bp));
      await expect(row.locator('[data-col="top3"]')).toHaveText(percentFromBp(r.top3_bp));
      await expect(row.locator('[data-col="hhi"]')).toHaveText(count(r.hhi));
      if (r.new_entrants_known) await expect(row.locator('[data-col="new"]')).toHaveText(percentFromBp(r.new_entrants_bp));
    }
    await expect(page.locator('table[data-table="concentration-by-government"] tbody tr')).toHaveCount(concentration.by_government.length);
  }
  // Each year's committed money on /signals/ equals the sum of that year's partnerships' contract values.
  for (const r of concentration.portal) {
    const sum = dataset.partnerships.filter((p) => p.year === r.year).reduce((t, p) => t + p.contract_value, 0);
    expect(r.committed).toBe(sum);
  }
  const govIds = [...new Set(concentration.by_government.map((r) => r.government_id))];
  for (const gov of govIds) {
    await page.goto(`/governments/${gov}/`);
    const own = concentration.by_government.filter((r) => r.government_id === gov);
    const table = page.locator('section:has(> h2#concentration) table[data-table="concentration"]');
    await expect(table.locator('tbody tr')).toHaveCount(own.length);
    for (const r of own) {
      const row = table.locator(`tbody tr[data-year="${r.year}"]`);
      await expect(row.locator('td').nth(0)).toHaveText(yuan(r.committed));
      await expect(row.locator('[data-col="top1"]')).toHaveText(percentFromBp(r.top1_bp));
      await expect(row.locator('[data-col="hhi"]')).toHaveText(count(r.hhi));
    }
    await expect(page.locator('table[data-table="recipients-by-year"] tbody tr')).toHaveCount(own.reduce((t, r) => t + Math.min(3, r.recipients.length), 0));
    await expect(page.locator('section:has(> h2#concentration) article.flag')).toHaveCount(flagsForGovernment(flags, gov ?? '').length);
  }
});

test('/signals/methodology/ renders the definitions, reasons and parameters in use', async ({ page }) => {
  for (const { prefix, lang } of LOCALES) {
    const m = renderSignalsMethodology(lang, config.signals);
    await page.goto(`${prefix}signals/methodology/`);
    await expect(page.locator('h1')).toHaveText(m.title);
    for (const s of m.sections) {
      const section = page.locator(`section#${s.id}`);
      await expect(section.locator('h3')).toContainText(s.title);
      await expect(section.locator('[data-definition]')).toContainText(s.definition);
      await expect(section.locator('[data-why]')).toContainText(s.why);
      if (s.params.length === 0) await expect(section.locator('[data-params="none"]')).toHaveCount(1);
      for (const p of s.params) {
        const row = section.locator(`tr[data-param="${p.name}"]`);
        await expect(row.locator('td').nth(1)).toContainText(p.display);
        await expect(row.locator('td').nth(2)).toHaveText(p.default_display);
      }
    }
    for (const para of [...m.concentration.paragraphs, ...m.configuration.paragraphs]) await expect(page.locator('main')).toContainText(para);
    await expect(page.locator('main pre code')).toHaveText(m.configuration.example);
  }
});

test('/signals/<id>/ shows the definition in use and the parameters', async ({ page }) => {
  for (const { prefix, lang } of LOCALES) {
    const m = renderSignalsMethodology(lang, config.signals);
    for (const s of m.sections) {
      await page.goto(`${prefix}signals/${s.id}/`);
      await expect(page.locator('h1')).toHaveText(s.title);
      await expect(page.locator('[data-definition]')).toHaveText(s.definition);
      await expect(page.locator('main')).toContainText(s.why);
      await expect(page.locator('table[data-table="params"] tbody tr')).toHaveCount(s.params.length);
    }
  }
});

test('the filter narrows /signals/ to one signal, and the address keeps it', async ({ page }) => {
  await page.goto('/signals/');
  const select = page.getByLabel('只显示一个信号');
  await expect(select).toBeVisible();
  const target = SIGNALS[1]?.id ?? '';
  await select.selectOption(target);
  await expect(page.locator(`section[data-signal-group="${target}"]`)).toBeVisible();
  await expect(page.locator('section[data-signal-group]:visible')).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  await expect(page.getByRole('status')).toContainText(SIGNALS[1]?.title.zh ?? '');
  await select.selectOption('');
  await expect(page.locator('section[data-signal-group]:visible')).toHaveCount(SIGNALS.length);
});

const flagged = flags.find((f) => f.partnership_id !== null)?.partnership_id ?? '';
const dominant = flags.find((f) => f.partnership_id === null);
// The organization most flags name: its signals section is the longest.
const [mostFlagged] = dataset.organizations
  .filter((o) => o.kind !== 'government')
  .map((o) => ({ id: o.id, n: flagsForOrganization(flags, o.id).length }))
  .sort((a, b) => b.n - a.n);
// Pages a11y.spec already checks (its page types) are left out.
const checkedElsewhere = new Set((await pageTypes()).map((x) => x.route));
const axeRoutes = [
  'signals/',
  `signals/${SIGNALS[0]?.id}/`,
  `signals/${dominant?.signal ?? SIGNALS[0]?.id}/`,
  'signals/methodology/',
  `projects/${flagged}/`,
  ...(dominant?.government_id ? [`governments/${dominant.government_id}/`] : []),
  ...(mostFlagged ? [`organizations/${mostFlagged.id}/`] : []),
].filter((route) => !checkedElsewhere.has(route));

for (const { prefix, lang } of LOCALES) {
  for (const route of axeRoutes) {
    test(`axe: ${prefix}${route} (${lang})`, async ({ page }) => {
      await page.goto(prefix + route);
      await expectAxeClean(page);
      await expect(page.locator('h1')).toHaveCount(1);
    });
  }
}

test('320 px wide: the signal pages do not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const { prefix } of LOCALES) {
    for (const route of axeRoutes) {
      await page.goto(prefix + route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, prefix + route).toBeLessThanOrEqual(0);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every flag, count and concentration table is on the page; the filter and canvases stay hidden', async ({ page }) => {
    await page.goto('/signals/');
    await expect(page.locator('main article.flag')).toHaveCount(flags.length);
    for (const f of flags) await expect(cards(page.locator(`section#${f.signal}`), f).locator('[data-explanation]')).toHaveText(f.explanation.zh);
    await expect(page.locator('[data-signal-filter]')).toBeHidden();
    await expect(page.locator('section[data-signal-group]:visible')).toHaveCount(SIGNALS.length);
    await expect(page.locator('.chart-canvas').first()).toBeHidden();
    await expect(page.locator('table[data-table="concentration"] tbody tr')).toHaveCount(concentration.portal.length);
    await page.goto(`/projects/${flagged}/`);
    for (const f of flagsForPartnership(flags, flagged)) await expect(cards(page, f).locator('[data-explanation]')).toHaveText(f.explanation.zh);
  });
});
