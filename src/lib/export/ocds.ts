/**
 * OCDS 1.1 release package for contracted cooperation: one compiled release per partnership of mode
 * purchase (政府购买服务), project (项目合作) or cogovernance (共同治理) — the modes where a government
 * contracts an organization for defined work. Venture philanthropy and grants fund an organization's own
 * programme and go to 360Giving instead (threesixtygiving.ts).
 *
 * Mapping notes (also in src/lib/export/README.md):
 * - amounts: OCDS amounts are JSON numbers; they are made from the exact 2-decimal string of the
 *   integer 分 (`Number("12345.67")`), never from float arithmetic. The CSV/JSON downloads are exact.
 * - transactions: disbursements (buyer → lead supplier) and refunds (lead supplier → buyer, positive
 *   value, reversed direction). The organization's own expenditures are not payments within the
 *   contracting process and are left out (they are in transactions.csv).
 * - milestones: the responsibility list (事务清单) as delivery milestones; meetings as engagement milestones.
 * - evaluations: implementation documents of type physicalProgressReport (the codelist's
 *   `evaluationReports` is about evaluating bids, not performance).
 */
import type { Dataset, Organization, Partnership } from '../dataset/types.ts';
import type { PortalConfig } from '../schema/config.ts';
import { EVALUATION_KINDS, GRADES, MEETING_KINDS, PROCUREMENT_METHODS, FUNDING_SOURCES, type Mode } from '../schema/vocabularies.ts';
import { fenToDecimalString, type Fen } from '../values/money.ts';
import { chinaDateTime } from './cells.ts';
import { ocidPrefix, siteUrl, usccOf, USCC_SCHEME, type OpenDataOptions } from './ids.ts';

export const OCDS_MODES: readonly Mode[] = ['purchase', 'project', 'cogovernance'];

type Json = Record<string, unknown>;

/** Exact 2-decimal 元 string → JSON number (the nearest double; see the module note). */
export function ocdsAmount(fen: Fen): Json {
  return { amount: Number(fenToDecimalString(fen)), currency: 'CNY' };
}

/** OCDS `method` codelist (closed: open, selective, limited, direct); undefined when it does not apply. */
export const PROCUREMENT_METHOD_MAP: Record<string, 'open' | 'selective' | 'limited' | 'direct' | undefined> = {
  open_tender: 'open',
  invited_tender: 'selective',
  // Chinese 竞争性磋商/谈判 start from an announcement or a pre-qualified list and negotiate with the
  // qualified suppliers: like the EU "negotiated with prior publication", which OCDS maps to selective.
  competitive_consultation: 'selective',
  competitive_negotiation: 'selective',
  // 询价: the buyer asks suppliers of its choice for quotations.
  inquiry: 'limited',
  single_source: 'direct',
  competition: 'open',
  direct: 'direct',
  not_applicable: undefined,
};

const TASK_STATUS_MAP: Record<string, string | undefined> = {
  not_started: 'scheduled',
  in_progress: 'scheduled',
  done: 'met',
  overdue: 'notMet',
  // No closed-codelist value fits a cancelled task; the status is left out and the description says so.
  cancelled: undefined,
};

const DOCUMENT_TYPE_MAP: Record<string, { type?: string; where: 'planning' | 'tender' | 'contract' | 'implementation' }> = {
  contract: { type: 'contractSigned', where: 'contract' },
  notice: { type: 'contractNotice', where: 'contract' },
  rules: { type: 'contractSchedule', where: 'contract' },
  plan: { type: 'projectPlan', where: 'planning' },
  report: { type: 'physicalProgressReport', where: 'implementation' },
  evaluation_report: { type: 'physicalProgressReport', where: 'implementation' },
  other: { where: 'contract' },
};

function partyId(org: Pick<Organization, 'id' | 'uscc'>): string {
  const uscc = usccOf(org);
  return uscc ? `${USCC_SCHEME}-${uscc}` : org.id;
}

function ref(org: Organization): Json {
  return { id: partyId(org), name: org.name };
}

function party(org: Organization, roles: string[]): Json {
  const uscc = usccOf(org);
  const out: Json = { id: partyId(org), name: org.name };
  if (uscc) out.identifier = { scheme: USCC_SCHEME, id: uscc, legalName: org.name };
  const address: Json = {};
  if (org.address) address.streetAddress = org.address;
  if (org.district) address.locality = org.district;
  address.countryName = '中国';
  out.address = address;
  const contact: Json = {};
  if (org.email) contact.email = org.email;
  if (org.phone) contact.telephone = org.phone;
  if (org.website) contact.url = org.website;
  if (Object.keys(contact).length > 0) out.contactPoint = contact;
  out.roles = roles;
  return out;
}

const contracted = (p: Partnership) => p.status !== 'applied' && p.status !== 'approved';

function period(start: string | null, end: string | null): Json | undefined {
  if (!start && !end) return undefined;
  return { ...(start ? { startDate: chinaDateTime(start) } : {}), ...(end ? { endDate: chinaDateTime(end) } : {}) };
}

/** One compiled release for a partnership. `orgs` resolves organization ids. */
export function ocdsRelease(p: Partnership, orgs: Map<string, Organization>, config: PortalConfig, as_of: string, options: OpenDataOptions = {}): Json {
  const ocid = `${ocidPrefix(config, options)}${p.id}`;
  const government = orgs.get(p.government_id);
  const suppliers = p.partners.filter((x) => x.role === 'lead' || x.role === 'partner').map((x) => orgs.get(x.organization_id)).filter((o): o is Organization => Boolean(o));
  const lead = orgs.get(p.lead_organization_id);
  const hasContract = contracted(p);

  // Parties: roles gathered per organization so each appears once.
  const roles = new Map<string, { org: Organization; roles: Set<string> }>();
  const addRole = (org: Organization | undefined, role: string) => {
    if (!org) return;
    const entry = roles.get(org.id) ?? { org, roles: new Set<string>() };
    entry.roles.add(role);
    roles.set(org.id, entry);
  };
  addRole(government, 'buyer');
  addRole(government, 'procuringEntity');
  for (const x of p.partners) {
    const org = orgs.get(x.organization_id);
    if (x.role === 'lead' || x.role === 'partner') addRole(org, hasContract ? 'supplier' : 'tenderer');
    else if (x.role === 'co_funder') addRole(org, 'funder');
    else addRole(org, 'interestedParty');
  }
  const payments = p.transactions.filter((t) => t.kind === 'disbursement' || t.kind === 'refund');
  if (payments.length > 0 && lead) {
    addRole(government, 'payer');
    addRole(lead, 'payee');
  }
  const parties = [...roles.values()].map(({ org, roles: r }) => party(org, [...r]));

  const documents = { planning: [] as Json[], tender: [] as Json[], contract: [] as Json[], implementation: [] as Json[] };
  p.documents.forEach((d, i) => {
    const map = DOCUMENT_TYPE_MAP[d.kind] ?? { where: 'contract' as const };
    documents[map.where].push({
      id: `${p.id}-doc-${i + 1}`,
      ...(map.type ? { documentType: map.type } : {}),
      title: d.title,
      url: d.url,
      ...(d.date ? { datePublished: chinaDateTime(d.date) } : {}),
      language: 'zh',
    });
  });
  for (const e of p.evaluations) {
    const grade = e.grade ? GRADES.labels[e.grade].zh : null;
    const summary = [EVALUATION_KINDS.labels[e.kind].zh, grade, e.score !== null ? `${e.score} 分` : null].filter(Boolean).join('，');
    documents.implementation.push({
      id: `${p.id}-evaluation-${e.id}`,
      documentType: 'physicalProgressReport',
      title: `${summary}（${e.date}）`,
      ...(e.findings ? { description: e.findings } : {}),
      ...(e.report_url ? { url: e.report_url } : {}),
      datePublished: chinaDateTime(e.date),
      language: 'zh',
    });
  }

  const milestones: Json[] = p.tasks.map((t) => {
    const status = TASK_STATUS_MAP[t.status];
    const description = [
      t.requirements ? `办理要求：${t.requirements}` : null,
      t.acceptance_criteria ? `验收标准：${t.acceptance_criteria}` : null,
      t.responsible === 'government' ? '责任方：政府方' : t.responsible === 'joint' ? '责任方：双方共同' : '责任方：社会组织',
      t.status === 'cancelled' ? '状态：已取消' : null,
    ].filter(Boolean).join('；');
    return {
      id: `${p.id}-task-${t.seq}`,
      title: t.task,
      type: 'delivery',
      description,
      ...(t.due_date ? { dueDate: chinaDateTime(t.due_date) } : {}),
      ...(status ? { status } : {}),
    };
  });
  for (const m of p.meetings) {
    milestones.push({
      id: `${p.id}-meeting-${m.id}`,
      title: m.title,
      type: 'engagement',
      description: [MEETING_KINDS.labels[m.kind].zh, m.participants !== null ? `${m.participants} 人参加` : null, m.summary].filter(Boolean).join('；'),
      dueDate: chinaDateTime(m.date),
      dateMet: chinaDateTime(m.date),
      status: 'met',
      ...(m.minutes_url ? { documents: [{ id: `${p.id}-meeting-${m.id}-minutes`, title: `${m.title}纪要`, url: m.minutes_url, language: 'zh' }] } : {}),
    });
  }

  const transactions = lead && government
    ? payments.map((t) => ({
        id: t.id,
        date: chinaDateTime(t.date),
        value: ocdsAmount(t.amount),
        payer: ref(t.kind === 'refund' ? lead : government),
        payee: ref(t.kind === 'refund' ? government : lead),
      }))
    : [];

  const method = p.procurement_method ? PROCUREMENT_METHOD_MAP[p.procurement_method] : undefined;
  const tender: Json = {
    id: `${p.id}-tender`,
    title: p.title,
    ...(p.summary ? { description: p.summary } : {}),
    status: hasContract ? 'complete' : 'planned',
    ...(government ? { procuringEntity: ref(government) } : {}),
    ...(method ? { procurementMethod: method } : {}),
    ...(p.procurement_method ? { procurementMethodDetails: PROCUREMENT_METHODS.labels[p.procurement_method].zh } : {}),
    mainProcurementCategory: 'services',
    ...(documents.tender.length ? { documents: documents.tender } : {}),
  };

  const budgetFen = p.budget_lines.length > 0 ? p.figures.budget_total : p.contract_value;
  const planning: Json = {
    budget: {
      description: `资金来源：${FUNDING_SOURCES.labels[p.funding_source].zh}${p.budget_lines.length > 0 ? '（预算明细合计）' : '（合同金额）'}`,
      amount: ocdsAmount(budgetFen),
    },
    ...(documents.planning.length ? { documents: documents.planning } : {}),
  };

  const release: Json = {
    ocid,
    id: `${ocid}-${as_of}`,
    date: chinaDateTime(p.updated_on ?? as_of),
    tag: ['compiled'],
    initiationType: 'tender',
    parties,
    ...(government ? { buyer: ref(government) } : {}),
    planning,
    tender,
    language: 'zh',
  };

  if (hasContract) {
    const awardID = `${p.id}-award`;
    const contractPeriod = period(p.start_date, p.end_date);
    release.awards = [
      {
        id: awardID,
        title: p.title,
        status: 'active',
        ...(p.signed_on ? { date: chinaDateTime(p.signed_on) } : {}),
        value: ocdsAmount(p.contract_value),
        suppliers: suppliers.map(ref),
        ...(contractPeriod ? { contractPeriod } : {}),
      },
    ];
    const implementation: Json = {};
    if (transactions.length) implementation.transactions = transactions;
    if (milestones.length) implementation.milestones = milestones;
    if (documents.implementation.length) implementation.documents = documents.implementation;
    release.contracts = [
      {
        id: `${p.id}-contract`,
        awardID,
        title: p.title,
        ...(p.summary ? { description: p.summary } : {}),
        // contractStatus: "terminated" covers both completion and early termination in OCDS 1.1.
        status: p.status === 'completed' || p.status === 'terminated' ? 'terminated' : 'active',
        ...(contractPeriod ? { period: contractPeriod } : {}),
        value: ocdsAmount(p.contract_value),
        ...(p.signed_on ? { dateSigned: chinaDateTime(p.signed_on) } : {}),
        ...(documents.contract.length ? { documents: documents.contract } : {}),
        ...(Object.keys(implementation).length ? { implementation } : {}),
      },
    ];
  }
  return release;
}

export function* ocdsReleases(dataset: Dataset, config: PortalConfig, options: OpenDataOptions = {}): Iterable<Json> {
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
  for (const p of dataset.partnerships) {
    if (OCDS_MODES.includes(p.mode)) yield ocdsRelease(p, orgs, config, dataset.as_of, options);
  }
}

/** The package's metadata, before `releases`. */
export function ocdsPackageHead(dataset: Dataset, config: PortalConfig): Json {
  return {
    uri: siteUrl(config, 'data/ocds-release-package.json'),
    version: '1.1',
    publishedDate: chinaDateTime(dataset.as_of),
    publisher: { name: config.site.publisher.zh, uri: config.site.url },
    license: config.licence.url,
    publicationPolicy: siteUrl(config, 'data/'),
  };
}
