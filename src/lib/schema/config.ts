/**
 * The site config a publisher edits: content/portal.yaml. Validated with zod; defaults fill in what
 * a small publisher need not think about.
 */
import { z } from 'zod';
import { TABLES } from './tables.ts';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const httpUrl = z.string().url().refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://');

const tableNames = TABLES.map((t) => t.name) as [string, ...string[]];

export const sourceSchema = z
  .object({
    table: z.enum(tableNames),
    /** Path relative to content/, or an https URL fetched at build time. */
    path: z.string().min(1).optional(),
    url: httpUrl.optional(),
    /** Spreadsheet sheet name for XLSX; default the first sheet. */
    sheet: z.string().optional(),
    /** `auto` detects UTF-8 (with or without BOM) or GB18030. */
    encoding: z.enum(['auto', 'utf-8', 'gb18030', 'gbk']).default('auto'),
    /** Unit of money columns, per column key, when the header does not say it. */
    units: z.record(z.string(), z.enum(['元', '万元'])).default({}),
  })
  .refine((s) => Boolean(s.path) !== Boolean(s.url), 'give exactly one of path or url');

export const configSchema = z.object({
  site: z.object({
    name: bilingual,
    tagline: bilingual,
    publisher: bilingual,
    /** Public address of the live site, for canonical URLs, the sitemap and feeds. */
    url: httpUrl,
    /** Sub-path the site is served under, e.g. /sunlight/. */
    base: z.string().regex(/^\/([\w.-]+\/)*$/).default('/'),
  }),
  locales: z.array(z.enum(['zh-CN', 'en'])).min(1).default(['zh-CN', 'en']),
  licence: z.object({ name: z.string(), url: httpUrl }),
  feedback: z.object({
    /** `{id}` and `{title}` are replaced, URL-encoded, with the partnership's id and title. */
    form_url: httpUrl.refine((u) => u.includes('{id}'), 'must contain {id}'),
    hotline: z.string().optional(),
    email: z.string().email().optional(),
  }),
  data: z.object({
    sources: z.array(sourceSchema).min(1),
    /** `table.column` names whose contents may contain phone numbers or ID numbers on purpose. */
    public_fields: z.array(z.string().regex(/^\w+\.\w+$/)).default([]),
    fetch_timeout_seconds: z.number().int().positive().default(30),
    /** Where fetched sources are cached between builds (relative to the project root). */
    cache_dir: z.string().default('.sunlight/cache'),
  }),
  /** The previously published dataset (live URL or local file), to publish what changed. */
  previous_dataset: z.string().optional(),
  /** Identifier prefixes registered with the open standards, when the publisher has them. */
  open_data: z
    .object({
      /** OCDS ocid prefix registered with the Open Contracting Partnership, e.g. `ocds-abc123-`. */
      ocid_prefix: z.string().min(1).optional(),
      /** 360Giving grant id prefix, e.g. `360G-xyz-`. */
      grant_prefix: z.string().min(1).optional(),
    })
    .default({}),
  search: z
    .object({
      /** Funding bands for the search facet, upper bounds in 元. */
      funding_bands_yuan: z.array(z.number().int().positive()).default([100_000, 500_000, 1_000_000]),
    })
    .default({ funding_bands_yuan: [100_000, 500_000, 1_000_000] }),
  /** Parameters of integrity signals, by signal id. */
  signals: z.record(z.string(), z.record(z.string(), z.number())).default({}),
});

export type PortalConfig = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
