/**
 * Incremental-build keys (src/lib/site/page-keys.ts) on the sample: a change must alter the key of
 * every page that shows it (else a stale page is published) and of no page that does not (else the
 * rebuild re-renders for nothing).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/lib/config/load.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { computeConcentration, evaluateSignals, indexFlags } from '../../src/lib/signals/index.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import { ALL_SORTS, pageCount, pageSlice, sortPartnerships } from '../../src/lib/format/listing.ts';
import { groupDistricts } from '../../src/lib/format/districts.ts';
import { chromeKey, districtPageKey, governmentKey, listingKey, organizationKey, partnershipKey, type KeyLookups } from '../../src/lib/site/page-keys.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let config: PortalConfig;
let sample: Dataset;

before(async () => {
  const loaded = await loadConfig(root);
  assert.ok(loaded.ok);
  config = loaded.config;
  const result = await runPipeline({ root, config });
  assert.ok(result.dataset);
  sample = result.dataset;
});

/** The lookups a key needs, as site-data.ts builds them. */
function lookups(dataset: Dataset): KeyLookups {
  return {
    organizationsById: new Map(dataset.organizations.map((o) => [o.id, o])),
    partnershipsById: new Map(dataset.partnerships.map((p) => [p.id, p])),
  };
}

/** Every keyed page of a dataset, by address, as the route files compute them. */
function pageKeys(dataset: Dataset): Map<string, string> {
  const site = lookups(dataset);
  const chrome = chromeKey(config, dataset.as_of, []);
  const flags = evaluateSignals(dataset, config.signals);
  const { byPartnership, byOrganization } = indexFlags(flags);
  const concentration = computeConcentration(dataset).by_government;
  const keys = new Map<string, string>();
  for (const p of dataset.partnerships) keys.set(`projects/${p.id}`, partnershipKey(site, chrome, p, byPartnership.get(p.id) ?? []));
  for (const o of dataset.organizations) {
    if (o.kind !== 'government') keys.set(`organizations/${o.id}`, organizationKey(site, chrome, o, byOrganization.get(o.id) ?? []));
    else {
      const own = flags.filter((f) => f.government_id === o.id);
      keys.set(`governments/${o.id}`, governmentKey(site, chrome, o, own, concentration.filter((r) => r.government_id === o.id)));
    }
  }
  for (const sort of ALL_SORTS) {
    const sorted = sortPartnerships(dataset.partnerships, sort, 'zh-CN');
    const pages = pageCount(sorted.length);
    for (let page = 1; page <= pages; page++) {
      keys.set(`listing/${sort.key}-${sort.dir}/${page}`, listingKey(site, chrome, pageSlice(sorted, page), [sort, page, pages, sorted.length]));
    }
  }
  for (const d of groupDistricts(dataset.partnerships)) {
    const pages = pageCount(d.partnerships.length);
    for (let page = 1; page <= pages; page++) keys.set(`district/${d.slug}/${page}`, districtPageKey(site, chrome, d, page, dataset.totals.by_district[d.name] ?? 0));
  }
  return keys;
}

function changedPages(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page).sort();
}

/** A copy of the sample with one change (titles, names and dates feed no derived figure). */
function edited(change: (d: Dataset) => void): Dataset {
  const copy = structuredClone(sample);
  change(copy);
  return copy;
}

describe('incremental-build keys', () => {
  test('the same data gives the same keys', () => {
    assert.deepEqual(pageKeys(structuredClone(sample)), pageKeys(sample));
  });

  test("a partnership's new title changes its page, its organizations' and government's pages, the listings that show it and the pages whose signals name it, and nothing else", () => {
    const target = sample.partnerships[0]!;
    const after = edited((d) => {
      d.partnerships[0]!.title = `${target.title}（已更新）`;
    });
    const changed = changedPages(pageKeys(sample), pageKeys(after));

    const { byPartnership } = indexFlags(evaluateSignals(sample, config.signals));
    const namedBySignals = [...byPartnership]
      .filter(([id, flags]) => id !== target.id && flags.some((f) => Array.isArray(f.facts.partnership_ids) && f.facts.partnership_ids.includes(target.id)))
      .map(([id]) => `projects/${id}`);
    const organizations = sample.organizations
      .filter((o) => o.kind !== 'government')
      .filter((o) => o.as_partner?.partnership_ids.includes(target.id) || o.as_evaluator?.partnership_ids.includes(target.id))
      .map((o) => `organizations/${o.id}`);
    const listings = ALL_SORTS.flatMap((sort) => {
      const sortedBefore = sortPartnerships(sample.partnerships, sort, 'zh-CN');
      const sortedAfter = sortPartnerships(after.partnerships, sort, 'zh-CN');
      // A listing page changes where the partnership is, before or after the edit (a title sort moves it).
      const pages = new Set([Math.floor(sortedBefore.findIndex((p) => p.id === target.id) / 50) + 1, Math.floor(sortedAfter.findIndex((p) => p.id === target.id) / 50) + 1]);
      // Between its old and new place in a title sort, every page's rows shift.
      const [lo, hi] = [Math.min(...pages), Math.max(...pages)];
      return Array.from({ length: hi - lo + 1 }, (_, i) => `listing/${sort.key}-${sort.dir}/${lo + i}`);
    });
    const district = groupDistricts(sample.partnerships).find((d) => d.name === target.district)!;
    const districtPage = `district/${district.slug}/${Math.floor(district.partnerships.findIndex((p) => p.id === target.id) / 50) + 1}`;
    const expected = [...new Set([`projects/${target.id}`, `governments/${target.government_id}`, ...namedBySignals, ...organizations, ...listings, districtPage])].sort();
    assert.deepEqual(changed, expected);
    assert.ok(organizations.length > 0, 'the edited partnership has organizations with pages');
  });

  test("an organization's new name changes every page that links to it", () => {
    const org = sample.organizations.find((o) => o.kind !== 'government' && (o.as_partner?.partnership_ids.length ?? 0) > 0)!;
    const after = edited((d) => {
      d.organizations.find((o) => o.id === org.id)!.name = `${org.name}（更名）`;
    });
    const changed = new Set(changedPages(pageKeys(sample), pageKeys(after)));
    assert.ok(changed.has(`organizations/${org.id}`));
    for (const id of org.as_partner!.partnership_ids) assert.ok(changed.has(`projects/${id}`), `projects/${id} links to ${org.id}`);
    const linking = (p: Dataset['partnerships'][number]) =>
      p.government_id === org.id || p.lead_organization_id === org.id || p.partners.some((x) => x.organization_id === org.id) || p.evaluations.some((e) => e.evaluator_id === org.id);
    const unrelated = sample.partnerships.filter((p) => !linking(p) && !org.as_partner!.partnership_ids.includes(p.id));
    assert.ok(unrelated.some((p) => !changed.has(`projects/${p.id}`)), 'pages that do not show the organization keep their keys');
  });

  test("an organization's key follows the flags that name it, and the titles those flags show", () => {
    const site = lookups(sample);
    const chrome = chromeKey(config, sample.as_of, []);
    const { byOrganization } = indexFlags(evaluateSignals(sample, config.signals));
    const [orgId, own] = [...byOrganization].find(([id]) => site.organizationsById.get(id)?.kind !== 'government')!;
    const org = site.organizationsById.get(orgId)!;
    const key = organizationKey(site, chrome, org, own);
    assert.notEqual(organizationKey(site, chrome, org, []), key);
    const reworded = own.map((f, i) => (i === 0 ? { ...f, explanation: { ...f.explanation, zh: `${f.explanation.zh}。` } } : f));
    assert.notEqual(organizationKey(site, chrome, org, reworded), key);
    // A flag about a partnership the page does not otherwise list: only the flag's card shows its title.
    const listed = new Set([...(org.as_partner?.partnership_ids ?? []), ...(org.as_evaluator?.partnership_ids ?? [])]);
    const elsewhere = sample.partnerships.find((p) => !listed.has(p.id))!;
    const flag = { ...own[0]!, partnership_id: elsewhere.id };
    const retitled = new Map(site.partnershipsById).set(elsewhere.id, { ...elsewhere, title: `${elsewhere.title}（更名）` });
    assert.notEqual(organizationKey({ ...site, partnershipsById: retitled }, chrome, org, [flag]), organizationKey(site, chrome, org, [flag]));
  });

  test('what every page shows (the data date, the site config) changes every key', () => {
    const keys = pageKeys(sample);
    const later = pageKeys(edited((d) => {
      d.as_of = '2099-12-31';
    }));
    assert.equal(changedPages(keys, later).length, keys.size);
    const renamed = structuredClone(config);
    renamed.site.name = { ...renamed.site.name, zh: `${config.site.name.zh}（新）` };
    assert.notEqual(chromeKey(renamed, sample.as_of, []), chromeKey(config, sample.as_of, []));
  });
});
