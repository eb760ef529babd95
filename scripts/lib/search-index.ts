/**
 * The search index: Pagefind custom records built from the dataset (src/lib/search), written with
 * Pagefind's Node API into <siteDir>/pagefind/. One index per language (zh-cn, en); Chinese words
 * are segmented by the extended Pagefind binary that the npm package runs.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { mergeInto } from './merge-dir.ts';
import type { Dataset } from '../../src/lib/dataset/types.ts';
import type { Lang } from '../../src/lib/format/money.ts';
import type { PortalConfig } from '../../src/lib/schema/config.ts';
import { buildSearchRecords, flaggedPartnerships, frontmatterText, fundingBands, mdxText, type SearchPage, type SearchRecord } from '../../src/lib/search/index.ts';

/** Pagefind's ready-made UIs: the portal has its own search page, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Records sent to the Pagefind service at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 200;

/** content/pages/<slug>.mdx (Chinese body; `title_zh`/`title`, `title_en`, `summary_*`) and content/pages/en/<slug>.mdx. */
export async function readSearchPages(root: string): Promise<SearchPage[]> {
  const dir = path.join(root, 'content', 'pages');
  if (!existsSync(dir)) return [];
  const mdxFiles = async (d: string) => (existsSync(d) ? (await readdir(d)).filter((f) => f.endsWith('.mdx')).sort() : []);
  const english = new Set(await mdxFiles(path.join(dir, 'en')));
  const pages: SearchPage[] = [];
  for (const file of await mdxFiles(dir)) {
    const slug = file.replace(/\.mdx$/, '');
    const zh = mdxText(await readFile(path.join(dir, file), 'utf8'));
    const page: SearchPage = { slug, text: {} };
    const zhTitle = frontmatterText(zh.frontmatter, 'title_zh') || frontmatterText(zh.frontmatter, 'title');
    page.text['zh-CN'] = { title: zhTitle, text: [frontmatterText(zh.frontmatter, 'summary_zh'), zh.text].filter(Boolean).join(' ') };
    const enTitle = frontmatterText(zh.frontmatter, 'title_en');
    const enSummary = frontmatterText(zh.frontmatter, 'summary_en');
    if (english.has(file)) {
      const en = mdxText(await readFile(path.join(dir, 'en', file), 'utf8'));
      page.text.en = { title: enTitle || frontmatterText(en.frontmatter, 'title') || zhTitle, text: [enSummary, en.text].filter(Boolean).join(' ') };
    } else if (enTitle || enSummary) {
      page.text.en = { title: enTitle || zhTitle, text: enSummary };
    }
    pages.push(page);
  }
  return pages;
}

const ENTRY_FILE = 'pagefind-entry.json';

/** pagefind-entry.json: what the search page loads first, listing each language's index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/** Indexes one language's records with its own Pagefind service and writes them to `outputPath`. */
async function indexLanguage(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  try {
    check('createIndex', errors);
    if (!index) throw new Error('搜索索引生成失败 / search index failed: no index');
    for (let i = 0; i < records.length; i += BATCH) {
      const added = await Promise.all(records.slice(i, i + BATCH).map((record) => index.addCustomRecord(record)));
      check('addCustomRecord', added.flatMap((r) => r.errors));
    }
    check('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(full) : (await stat(full)).size;
  }
  return total;
}

function check(what: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`搜索索引生成失败 / search index failed (${what}):\n${errors.join('\n')}`);
}

/**
 * Writes <siteDir>/pagefind/ and returns the number of records and the size of what was written.
 * `root` is the project whose content/pages to index (default: the current directory).
 */
export async function buildSearchIndex(
  dataset: Dataset,
  config: PortalConfig,
  siteDir: string,
  { root = process.cwd() }: { root?: string } = {},
): Promise<{ records: number; bytes: number }> {
  const records = buildSearchRecords(dataset, {
    base: config.site.base,
    locales: config.locales as Lang[],
    bands: fundingBands(config.search.funding_bands_yuan),
    flagged: flaggedPartnerships(dataset, config),
    pages: await readSearchPages(root),
  });
  const outputPath = path.join(siteDir, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  // One Pagefind service per language, one after the other: the languages' indexes are independent
  // anyway, and the service holds a whole index in memory until it is written, so this halves the
  // build's memory peak (it matters at 100,000 partnerships). The per-language outputs are then merged.
  const entry: PagefindEntry = { version: '', languages: {} };
  for (const language of [...new Set(records.map((r) => r.language))]) {
    const languageDir = `${outputPath}.${language}`;
    await indexLanguage(records.filter((r) => r.language === language), languageDir);
    const written = JSON.parse(await readFile(path.join(languageDir, ENTRY_FILE), 'utf8')) as PagefindEntry;
    Object.assign(entry, { ...written, languages: { ...entry.languages, ...written.languages } });
    // Index, fragment and filter files are named by language and content hash, so they never collide;
    // the shared files (pagefind.js, the wasm) are the same bytes in every language's output.
    await mergeInto(languageDir, outputPath, (name) => name === ENTRY_FILE);
  }
  await writeFile(path.join(outputPath, ENTRY_FILE), JSON.stringify(entry));
  for (const file of await readdir(outputPath)) {
    if (UNUSED_BUNDLE_FILES.test(file)) await rm(path.join(outputPath, file));
  }
  return { records: records.length, bytes: await directoryBytes(outputPath) };
}
