/**
 * Hostile data stays text. A test-only dataset (the real one with a few fields replaced by markup and
 * a `javascript:` link) is built into a temporary folder; its pages must show the markup as text,
 * run nothing, and link nowhere unsafe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { ROOT, siteData } from './helpers.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';

const XSS_TITLE = '<img src=x onerror=alert(1)>';
const XSS_EN = '"><script>alert(2)</script>';
const XSS_ORG = '<b onmouseover=alert(3)>组织</b>';

let dir: string;
let target: Dataset['partnerships'][number];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { dataset } = await siteData();
  const copy = structuredClone(dataset) as Dataset;
  copy.partnerships = copy.partnerships.slice(0, 2);
  target = copy.partnerships[0]!;
  target.title = XSS_TITLE;
  target.title_en = XSS_EN;
  target.summary = '<script>alert(4)</script>';
  target.evaluations.push({
    id: 'E-XSS', evaluator_id: target.lead_organization_id, kind: 'self', date: target.start_date,
    score: 80, grade: 'good', findings: '<iframe src="javascript:alert(5)">', report_url: 'javascript:alert(6)', sample_size: null,
  });
  target.documents.push({ kind: 'other', title: 'doc', url: 'JaVa\tScRiPt:alert(7)', date: null });
  const lead = copy.organizations.find((o) => o.id === target.lead_organization_id)!;
  lead.name = XSS_ORG;
  lead.name_en = XSS_ORG;
  dir = mkdtempSync(path.join(tmpdir(), 'sunlight-xss-'));
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, JSON.stringify(copy));
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'node'), [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, SUNLIGHT_DATASET: file, SUNLIGHT_OUT_DIR: path.join(dir, 'site') },
    stdio: 'inherit',
  });
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const prefix of ['', 'en/']) {
  test(`markup in data is shown as text (${prefix || 'zh-CN'})`, async ({ page }) => {
    const file = readFileSync(path.join(dir, 'site', prefix, 'projects', target.id, 'index.html'), 'utf8');
    // Markup inside a quoted attribute value is inert; what matters is the markup outside them.
    const html = file.replace(/="[^"]*"/g, '=""');
    expect(file).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(path.join(dir, 'site', prefix, 'projects', target.id, 'index.html')).href);
    await expect(page.locator('h1')).toHaveText(prefix ? XSS_EN : XSS_TITLE);
    await expect(page.locator('img[src="x"], script:not([src]), iframe')).toHaveCount(0);
    await expect(page.getByText(XSS_ORG).first()).toBeVisible();
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*java/i.test(h.replace(/\s/g, '')))).toEqual([]);
    await page.mouse.move(10, 10);
    expect(dialogs).toEqual([]);
  });
}
