/**
 * 360Giving package for grants and subsidies: partnerships of mode venture (公益创投) and grant
 * (补贴/资助), where a government funds an organization's own programme. One grant per partnership;
 * the recipient is the lead organization (360Giving tools expect one recipient), the funder the
 * government. Amounts are JSON numbers made from the exact 2-decimal 元 string of integer 分.
 * Organization ids follow org-id.guide: `CN-USCI-<code>` when the organization has a USCC, otherwise
 * `<grant prefix>org-<id>` (360Giving's advice for organizations without a registered id).
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { PortalConfig } from '../schema/config.ts';
import { FIELDS, MODES, type Mode } from '../schema/vocabularies.ts';
import { fenToDecimalString } from '../values/money.ts';
import { chinaDateTime } from './cells.ts';
import { grantPrefix, siteUrl, usccOf, USCC_SCHEME, type OpenDataOptions } from './ids.ts';

export const GRANT_MODES: readonly Mode[] = ['venture', 'grant'];

type Json = Record<string, unknown>;

const amount = (fen: number) => Number(fenToDecimalString(fen));

function organization(org: Organization, prefix: string): Json {
  const uscc = usccOf(org);
  return {
    id: uscc ? `${USCC_SCHEME}-${uscc}` : `${prefix}org-${org.id}`,
    name: org.name,
    ...(org.address ? { streetAddress: org.address } : {}),
    ...(org.district ? { addressLocality: org.district } : {}),
    addressCountry: 'CN',
    ...(org.website ? { url: org.website } : {}),
  };
}

export function grant(p: Partnership, orgs: Map<string, Organization>, config: PortalConfig, options: OpenDataOptions = {}): Json | null {
  const prefix = grantPrefix(config, options);
  const government = orgs.get(p.government_id);
  const lead = orgs.get(p.lead_organization_id);
  // A grant without a recipient or funder cannot be valid 360Giving; the pipeline guarantees both.
  if (!government || !lead) return null;
  const disbursements = p.transactions.filter((t) => t.kind === 'disbursement');
  const fromOpenCall = p.procurement_method === 'competition' || p.procurement_method === 'open_tender' ? 'Yes' : p.procurement_method === 'direct' || p.procurement_method === 'single_source' ? 'No' : undefined;
  return {
    id: `${prefix}${p.id}`,
    title: p.title,
    description: p.summary ?? p.title,
    currency: 'CNY',
    amountAwarded: amount(p.contract_value),
    amountDisbursed: amount(p.figures.disbursed),
    awardDate: p.signed_on ?? p.published_on ?? p.start_date,
    plannedDates: [{ startDate: p.start_date, ...(p.end_date ? { endDate: p.end_date } : {}) }],
    recipientOrganization: [organization(lead, prefix)],
    beneficiaryLocation: [{ name: p.district, countryCode: 'CN' }],
    fundingOrganization: [organization(government, prefix)],
    grantProgramme: [{ code: p.mode, title: MODES.labels[p.mode].zh }],
    ...(fromOpenCall ? { fromOpenCall } : {}),
    classifications: [{ vocabulary: 'sunlight-field', code: p.field, title: FIELDS.labels[p.field].zh }],
    ...(disbursements.length
      ? {
          disbursementTransaction: disbursements.map((t) => ({
            id: `${prefix}${p.id}-${t.id}`,
            transactionDate: t.date,
            currency: 'CNY',
            value: amount(t.amount),
            ...(t.description ? { description: t.description } : {}),
          })),
        }
      : {}),
    url: siteUrl(config, `data/projects/${encodeURIComponent(p.id)}.json`),
    ...(p.updated_on ? { dateModified: chinaDateTime(p.updated_on) } : {}),
  };
}

export function* grants(dataset: Dataset, config: PortalConfig, options: OpenDataOptions = {}): Iterable<Json> {
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
  for (const p of dataset.partnerships) {
    if (!GRANT_MODES.includes(p.mode)) continue;
    const g = grant(p, orgs, config, options);
    if (g) yield g;
  }
}

export function grantPackageHead(dataset: Dataset, config: PortalConfig): Json {
  return {
    version: '1.4',
    title: `${config.site.name.zh} 补贴与资助（360Giving）`,
    description: `${config.site.name.zh}公开的公益创投和补贴/资助项目，数据截至 ${dataset.as_of}。`,
    issued: dataset.as_of,
    identifier: `${config.site.url.replace(/\/$/, '')}${config.site.base}data/360giving.json`,
    publisher: { name: config.site.publisher.zh, website: config.site.url },
    downloadURL: siteUrl(config, 'data/360giving.json'),
    license: config.licence.url,
  };
}
