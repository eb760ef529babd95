import { test, describe, before } from 'node:test';
import { exportedJson, fen, repoRoot, skipWithoutStandards, standardsDir, type Json } from '../helpers/standards.ts';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { validateOcdsPackage, OCDS_MODES } from '../../src/lib/export/index.ts';
import { ocdsPackageHead, ocdsReleases, PROCUREMENT_METHOD_MAP } from '../../src/lib/export/ocds.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import { GOV, GOV2, ORG_A, ORG_B, sampleDataset } from '../fixtures/changes/sample.ts';

const root = repoRoot;
const standards = standardsDir;
const skip = skipWithoutStandards('ocds-1.1/release-package-schema.json', 'OCDS');

async function codes(list: string): Promise<Set<string>> {
  const rows = parse(await readFile(path.join(standards, 'ocds-1.1', 'codelists', `${list}.csv`)), { columns: true }) as { Code: string }[];
  return new Set(rows.map((r) => r.Code));
}


describe('OCDS release package', () => {
  let config: PortalConfig;
  let dataset: Dataset;
  let pkg: Json;

  before(async () => {
    dataset = sampleDataset();
    ({ config, json: pkg } = await exportedJson(dataset, 'ocds-release-package.json'));
  });

  test('validates against the OCDS 1.1 release package schema with zero errors', { skip }, async () => {
    assert.deepEqual(await validateOcdsPackage(pkg, standards), []);
  });

  test('the validator does catch a broken release', { skip }, async () => {
    const broken = structuredClone(pkg);
    delete broken.releases[0].ocid;
    broken.releases[0].tender.procurementMethod = 'invited';
    const errors = await validateOcdsPackage(broken, standards);
    assert.ok(errors.some((e) => e.path === '/releases/0' && /ocid/.test(e.message)));
    assert.ok(errors.some((e) => e.path === '/releases/0/tender/procurementMethod'));
  });

  test('the content/ sample validates too', { skip }, async () => {
    const result = await runPipeline({ root, config });
    assert.ok(result.dataset);
    const releases = [...ocdsReleases(result.dataset, config)];
    assert.deepEqual(await validateOcdsPackage({ ...ocdsPackageHead(result.dataset, config), releases }, standards), []);
  });

  test('one compiled release per contracted-mode partnership, with the configured ocid prefix', () => {
    const expected = dataset.partnerships.filter((p) => OCDS_MODES.includes(p.mode)).map((p) => p.id);
    assert.deepEqual(pkg.releases.map((r: Json) => r.ocid), expected.map((id) => `ocds-sunlight-sunlight-example-org-${id}`));
    for (const r of pkg.releases) {
      assert.deepEqual(r.tag, ['compiled']);
      assert.equal(r.language, 'zh');
    }
    const custom = [...ocdsReleases(dataset, config, { ocidPrefix: 'ocds-abc123-' })];
    assert.equal(custom[0]?.ocid, `ocds-abc123-${expected[0]}`);
  });

  test('amounts are the exact contract values and budgets in CNY', () => {
    for (const r of pkg.releases) {
      const p = dataset.partnerships.find((x) => r.ocid.endsWith(x.id));
      assert.ok(p);
      if (r.awards) {
        assert.equal(fen(r.awards[0].value.amount), p.contract_value);
        assert.equal(fen(r.contracts[0].value.amount), p.contract_value);
        assert.equal(r.contracts[0].value.currency, 'CNY');
      }
      assert.equal(fen(r.planning.budget.amount.amount), p.budget_lines.length ? p.figures.budget_total : p.contract_value);
    }
    const odd = pkg.releases.find((r: Json) => r.ocid.endsWith('QH-2024-002'));
    assert.equal(odd.awards[0].value.amount, 12345.67);
  });

  test('buyer is the government, suppliers the partners, with CN-USCI identifiers for USCCs', () => {
    const r = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2024-002'));
    assert.deepEqual(r.buyer, { id: `CN-USCI-${GOV}`, name: dataset.organizations.find((o) => o.id === GOV)?.name });
    const gov = r.parties.find((x: Json) => x.id === `CN-USCI-${GOV}`);
    assert.deepEqual(gov.identifier, { scheme: 'CN-USCI', id: GOV, legalName: gov.name });
    assert.ok(gov.roles.includes('buyer'));
    assert.ok(r.parties.find((x: Json) => x.id === `CN-USCI-${ORG_B}`).roles.includes('supplier'));
    assert.ok(r.parties.find((x: Json) => x.id === `CN-USCI-${ORG_A}`).roles.includes('interestedParty'), 'a supervisor is an interested party');
    assert.equal(r.awards[0].suppliers.length, 2, 'both leads are suppliers');
    const noUscc = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2024-003'));
    assert.equal(noUscc.buyer.id, GOV2);
    assert.equal(noUscc.parties.find((x: Json) => x.id === GOV2).identifier, undefined);
  });

  test('codes come from the OCDS codelists', { skip }, async () => {
    const method = await codes('method');
    const documentType = await codes('documentType');
    const milestoneStatus = await codes('milestoneStatus');
    const milestoneType = await codes('milestoneType');
    const partyRole = await codes('partyRole');
    const contractStatus = await codes('contractStatus');
    for (const m of Object.values(PROCUREMENT_METHOD_MAP)) if (m) assert.ok(method.has(m), m);
    for (const r of pkg.releases) {
      for (const party of r.parties) for (const role of party.roles) assert.ok(partyRole.has(role), role);
      const docs = [...(r.planning.documents ?? []), ...(r.tender.documents ?? []), ...(r.contracts?.[0]?.documents ?? []), ...(r.contracts?.[0]?.implementation?.documents ?? [])];
      for (const d of docs) if (d.documentType) assert.ok(documentType.has(d.documentType), d.documentType);
      for (const m of r.contracts?.[0]?.implementation?.milestones ?? []) {
        if (m.status) assert.ok(milestoneStatus.has(m.status), m.status);
        assert.ok(milestoneType.has(m.type), m.type);
      }
      if (r.contracts) assert.ok(contractStatus.has(r.contracts[0].status));
    }
    const r = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2024-002'));
    assert.equal(r.tender.procurementMethod, 'selective');
    assert.equal(r.tender.procurementMethodDetails, '竞争性磋商');
  });

  test('transactions: disbursements buyer → supplier, refunds reversed, expenditures left out', () => {
    const r = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2024-001'));
    const p = dataset.partnerships.find((x) => x.id === 'QH-2024-001');
    assert.ok(p);
    const txs = r.contracts[0].implementation.transactions as Json[];
    assert.deepEqual(txs.map((t) => t.id), p.transactions.filter((t) => t.kind !== 'expenditure').map((t) => t.id));
    const refund = txs.find((t) => t.id === 'T-0004');
    assert.equal(refund?.payer.id, `CN-USCI-${ORG_A}`);
    assert.equal(refund?.payee.id, `CN-USCI-${GOV}`);
    const paid = txs.reduce((n, t) => n + (t.payer.id === `CN-USCI-${GOV}` ? fen(t.value.amount) : -fen(t.value.amount)), 0);
    assert.equal(paid, p.figures.disbursed);
  });

  test('the responsibility list becomes milestones; evaluations become documents', () => {
    const r = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2024-001'));
    const milestones = r.contracts[0].implementation.milestones as Json[];
    const task1 = milestones.find((m) => m.id === 'QH-2024-001-task-1');
    assert.equal(task1?.status, 'met');
    assert.equal(task1?.dueDate, '2024-04-30T00:00:00+08:00');
    assert.match(task1?.description, /验收标准：档案完整率 100%/);
    assert.equal(milestones.find((m) => m.id === 'QH-2024-001-task-2')?.status, 'notMet');
    const evaluation = r.contracts[0].implementation.documents.find((d: Json) => d.id === 'QH-2024-001-evaluation-E-0001');
    assert.equal(evaluation.documentType, 'physicalProgressReport');
    assert.match(evaluation.title, /第三方评估，优秀，91\.5 分/);
    const applied = pkg.releases.find((x: Json) => x.ocid.endsWith('QH-2025-006'));
    assert.equal(applied.awards, undefined, 'no award before a contract');
    assert.equal(applied.tender.status, 'planned');
  });
});
