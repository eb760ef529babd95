/**
 * The change log as an Atom 1.0 feed, one per locale. Entry ids are tag: URIs
 * (`tag:<host>,<as_of>:changes/<seq>/<type>/<partnership>[/<child>]`), stable across rebuilds; the
 * feed id is the feed's own URL. Every text from data is escaped.
 */
import type { PortalConfig } from '../schema/config.ts';
import { EVALUATION_KINDS, GRADES, STATUSES, TRANSACTION_KINDS } from '../schema/vocabularies.ts';
import { formatYuan } from '../values/money.ts';
import type { ChangeBuild, ChangeEntry, ChangeLog } from './types.ts';
import { escapeXml } from './xml.ts';

export type Locale = 'zh-CN' | 'en';

/** Entries in a feed at most (newest builds first). */
export const MAX_FEED_ENTRIES = 200;

export interface AtomOptions {
  /** Site path of a partnership's page; default `<base>projects/<id>/`, and `<base>en/projects/<id>/` in English. */
  projectPath?: (id: string, locale: Locale) => string;
}

function absolute(config: PortalConfig, sitePath: string): string {
  return new URL(sitePath, config.site.url).href;
}

function defaultProjectPath(config: PortalConfig) {
  return (id: string, locale: Locale) => `${config.site.base}${locale === 'en' ? 'en/' : ''}projects/${encodeURIComponent(id)}/`;
}

export function feedPath(config: PortalConfig, locale: Locale): string {
  return `${config.site.base}data/changes.${locale}.atom`;
}

const dateTime = (date: string) => `${date}T00:00:00+08:00`;

function yuan(fen: number, locale: Locale): string {
  return locale === 'en' ? `¥${formatYuan(fen)}` : `${formatYuan(fen)} 元`;
}

/** The one-line text of an entry, in the locale. */
export function entryTitle(e: ChangeEntry, locale: Locale): string {
  const en = locale === 'en';
  const title = 'title' in e ? (en ? (e.title_en ?? e.title) : e.title) : '';
  switch (e.type) {
    case 'first_publication':
      return en
        ? `First publication: ${e.partnerships} partnerships, contract value ${yuan(e.contract_value, locale)} in total`
        : `首次发布：${e.partnerships} 个合作项目，合同金额合计 ${yuan(e.contract_value, locale)}`;
    case 'partnership_added':
      return en ? `New partnership: ${title} (contract value ${yuan(e.contract_value, locale)})` : `新增项目：${title}（合同金额 ${yuan(e.contract_value, locale)}）`;
    case 'partnership_removed':
      return en ? `Partnership removed: ${title} (${e.partnership_id})` : `删除项目：${title}（${e.partnership_id}）`;
    case 'amount_changed':
      return en
        ? `Contract value changed: ${title}, from ${yuan(e.old, locale)} to ${yuan(e.new, locale)}`
        : `合同金额变更：${title}，由 ${yuan(e.old, locale)} 变为 ${yuan(e.new, locale)}`;
    case 'status_changed': {
      const label = (s: keyof typeof STATUSES.labels) => STATUSES.labels[s][en ? 'en' : 'zh'];
      return en ? `Status changed: ${title}, from ${label(e.old)} to ${label(e.new)}` : `状态变更：${title}，由“${label(e.old)}”变为“${label(e.new)}”`;
    }
    case 'evaluation_added': {
      const kind = EVALUATION_KINDS.labels[e.kind][en ? 'en' : 'zh'];
      const details = [e.date, e.grade ? GRADES.labels[e.grade][en ? 'en' : 'zh'] : null, e.score !== null ? (en ? `score ${e.score}` : `${e.score} 分`) : null].filter(Boolean).join(en ? ', ' : '，');
      return en ? `New evaluation: ${title}, ${kind} (${details})` : `新增评估：${title}，${kind}（${details}）`;
    }
    case 'transaction_added': {
      const kind = TRANSACTION_KINDS.labels[e.kind][en ? 'en' : 'zh'];
      return en ? `New transaction: ${title}, ${kind} ${yuan(e.amount, locale)} (${e.date})` : `新增资金往来：${title}，${kind} ${yuan(e.amount, locale)}（${e.date}）`;
    }
  }
}

function entryId(host: string, build: ChangeBuild, e: ChangeEntry): string {
  const child = 'evaluation_id' in e ? `/${e.evaluation_id}` : 'transaction_id' in e ? `/${e.transaction_id}` : '';
  const subject = 'partnership_id' in e ? `/${e.partnership_id}${child}` : '';
  return `tag:${host},${build.as_of}:changes/${build.seq}/${e.type}${subject}`;
}

/** The entries a feed shows: newest build first, at most MAX_FEED_ENTRIES. */
export function feedEntries(log: ChangeLog): { build: ChangeBuild; entry: ChangeEntry }[] {
  return log.builds.flatMap((build) => build.entries.map((entry) => ({ build, entry }))).slice(0, MAX_FEED_ENTRIES);
}

export function renderAtom(log: ChangeLog, config: PortalConfig, locale: Locale, options: AtomOptions = {}): string {
  const en = locale === 'en';
  const host = new URL(config.site.url).hostname;
  const projectPath = options.projectPath ?? defaultProjectPath(config);
  const self = absolute(config, feedPath(config, locale));
  const home = absolute(config, `${config.site.base}${en ? 'en/' : ''}`);
  const siteName = en ? config.site.name.en : config.site.name.zh;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(en ? `${siteName}: what changed` : `${siteName}：数据变更`)}</title>`,
    `  <subtitle>${escapeXml(en ? 'Partnerships added or removed, contract values and statuses changed, new evaluations and transactions.' : '新增和删除的项目、合同金额和状态的变更、新的评估和资金往来。')}</subtitle>`,
    `  <updated>${dateTime(log.as_of)}</updated>`,
    `  <author><name>${escapeXml(en ? config.site.publisher.en : config.site.publisher.zh)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <rights>${escapeXml(config.licence.name)}</rights>`,
  ];
  for (const { build, entry } of feedEntries(log)) {
    const text = entryTitle(entry, locale);
    const link = 'partnership_id' in entry && entry.type !== 'partnership_removed' ? absolute(config, projectPath(entry.partnership_id, locale)) : null;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(host, build, entry))}</id>`,
      `    <title>${escapeXml(text)}</title>`,
      `    <updated>${dateTime(build.as_of)}</updated>`,
      ...(link ? [`    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`] : []),
      `    <summary>${escapeXml(en ? `Data as of ${build.as_of}. ${text}` : `数据截至 ${build.as_of}。${text}`)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
