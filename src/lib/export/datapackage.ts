/**
 * datapackage.json (Frictionless Data Package v1): the bulk downloads, each with its size and sha256,
 * and for CSV a Table Schema generated from the schema (types, Chinese titles, required, enum codes,
 * primary and foreign keys). Per-record files (data/projects/, data/organizations/) are listed in
 * checksums.sha256 instead: 100,000 partnerships would make this file too large for the tools that read it.
 */
import type { PortalConfig } from '../schema/config.ts';
import type { ExportColumn, ExportTable } from './columns.ts';
import { DICTIONARY_COLUMNS } from './dictionary.ts';
import { publisherSlug } from './ids.ts';
import type { WrittenFile } from './sink.ts';

export interface ResourceInfo extends WrittenFile {
  name: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  /** For CSV. */
  schema?: TableSchema;
}

export interface TableSchema {
  fields: Record<string, unknown>[];
  primaryKey?: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  missingValues: string[];
}

function field(c: ExportColumn): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.enum) constraints.enum = [...c.enum];
  return {
    name: c.name,
    title: c.title.zh,
    description: c.description.zh + (c.description.en ? ` / ${c.description.en}` : ''),
    type: c.type,
    ...(c.format ? { format: c.format } : {}),
    ...(c.money ? { unit: '元 CNY', decimalChar: '.', groupChar: '', bareNumber: true } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

export function tableSchema(t: ExportTable): TableSchema {
  return {
    fields: t.columns.map(field),
    primaryKey: [...t.primaryKey],
    ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { ...k.reference } })) } : {}),
    missingValues: [''],
  };
}

export function dictionarySchema(): TableSchema {
  return { fields: DICTIONARY_COLUMNS.map((name) => ({ name, type: 'string' })), primaryKey: ['table', 'column'], missingValues: [''] };
}

/** "CC BY 4.0" → "CC-BY-4.0" (the Open Definition id) when the name looks like one. */
function licenceId(name: string): string | undefined {
  const id = name.trim().replace(/\s+/g, '-');
  return /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(id) ? id : undefined;
}

export function dataPackage(config: PortalConfig, as_of: string, datasetSha256: string, resources: readonly ResourceInfo[]): Record<string, unknown> {
  const id = licenceId(config.licence.name);
  return {
    // Not `tabular-data-package`: JSON, XLSX and Atom files are published alongside the CSVs.
    profile: 'data-package',
    name: `sunlight-${publisherSlug(config)}`,
    title: `${config.site.name.zh} / ${config.site.name.en}`,
    description: `${config.site.tagline.zh}\n${config.site.tagline.en}`,
    homepage: config.site.url,
    version: as_of,
    // "Data as of": the latest date in the data, never the build clock.
    as_of,
    dataset_sha256: datasetSha256,
    licenses: [{ ...(id ? { name: id } : {}), path: config.licence.url, title: config.licence.name }],
    contributors: [{ title: config.site.publisher.zh, role: 'publisher' }],
    resources: resources.map((r) => ({
      name: r.name,
      // Paths in a data package are relative to datapackage.json, which sits in data/.
      path: r.path.replace(/^data\//, ''),
      title: r.title,
      description: r.description,
      format: r.format,
      mediatype: r.mediatype,
      ...(r.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
      bytes: r.bytes,
      hash: `sha256:${r.sha256}`,
      ...(r.format === 'csv' ? { profile: 'tabular-data-resource', dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
      ...(r.schema ? { schema: r.schema } : {}),
    })),
  };
}
