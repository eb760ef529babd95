import { test, describe, before } from 'node:test';
import { exportedJson, fen, skipWithoutStandards, standardsDir, type Json } from '../helpers/standards.ts';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeDownloads, validateGrantPackage, GRANT_MODES } from '../../src/lib/export/index.ts';
import { deriveDataset } from '../../src/lib/pipeline.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import { GOV, GOV2, ORG_B, sampleDataset, sampleRows } from '../fixtures/changes/sample.ts';

const standards = standardsDir;
const skip = skipWithoutStandards('360giving/360-giving-package-schema.json', '360Giving');


describe('360Giving package', () => {
  let config: PortalConfig;
  let dataset: Dataset;
  let pkg: Json;

  before(async () => {
    dataset = sampleDataset();
    ({ config, json: pkg } = await exportedJson(dataset, '360giving.json'));
  });

  test('validates against the 360Giving package schema (draft 2020-12) with zero errors', { skip }, async () => {
    assert.deepEqual(await validateGrantPackage(pkg, standards), []);
  });

  test('the validator does catch a broken grant', { skip }, async () => {
    const broken = structuredClone(pkg);
    delete broken.grants[0].fundingOrganization;
    broken.grants[0].awardDate = '2025-13-01';
    const errors = await validateGrantPackage(broken, standards);
    assert.ok(errors.length > 0);
  });

  test('one grant per venture or grant partnership, with exact amounts and CNY', () => {
    const expected = dataset.partnerships.filter((p) => GRANT_MODES.includes(p.mode));
    assert.deepEqual(pkg.grants.map((g: Json) => g.id), expected.map((p) => `360G-sunlight-sunlight-example-org-${p.id}`));
    for (const g of pkg.grants) {
      const p = expected.find((x) => g.id.endsWith(x.id));
      assert.ok(p);
      assert.equal(g.currency, 'CNY');
      assert.equal(fen(g.amountAwarded), p.contract_value);
      assert.equal(fen(g.amountDisbursed), p.figures.disbursed);
      assert.equal(g.awardDate, p.signed_on ?? p.published_on ?? p.start_date);
      assert.deepEqual(g.beneficiaryLocation, [{ name: p.district, countryCode: 'CN' }]);
    }
  });

  test('organizations: CN-USCI ids for USCCs, a prefixed id otherwise', () => {
    const venture = pkg.grants.find((g: Json) => g.id.endsWith('QH-2025-004'));
    assert.equal(venture.fundingOrganization[0].id, `CN-USCI-${GOV}`);
    assert.equal(venture.fromOpenCall, 'Yes');
    const subsidy = pkg.grants.find((g: Json) => g.id.endsWith('QH-2025-005'));
    assert.equal(subsidy.fundingOrganization[0].id, `360G-sunlight-sunlight-example-org-org-${GOV2}`);
    assert.equal(subsidy.recipientOrganization[0].id, `CN-USCI-${ORG_B}`);
    assert.deepEqual(subsidy.plannedDates, [{ startDate: '2025-04-01' }]);
  });

  test('with no grants the file is not published (360Giving requires at least one)', async () => {
    const rows = sampleRows();
    const ids = new Set(rows.partnerships.filter((p) => GRANT_MODES.includes(p.mode)).map((p) => p.id));
    const only = <R extends { partnership_id: string }>(list: R[]): R[] => list.filter((r) => !ids.has(r.partnership_id));
    const noGrants = deriveDataset({
      ...rows,
      partnerships: rows.partnerships.filter((p) => !ids.has(p.id)),
      partners: only(rows.partners),
      budget_lines: only(rows.budget_lines),
      transactions: only(rows.transactions),
      tasks: only(rows.tasks),
      events: only(rows.events),
      evaluations: only(rows.evaluations),
      documents: only(rows.documents),
      meetings: only(rows.meetings),
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'sunlight-360-'));
    const manifest = await writeDownloads(noGrants, config, dir);
    assert.equal(existsSync(path.join(dir, 'data', '360giving.json')), false);
    assert.equal(manifest.files.some((f) => f.path === 'data/360giving.json'), false);
  });
});
