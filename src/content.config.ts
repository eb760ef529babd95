/**
 * Content layer. Partnerships and organizations come from the validated dataset (`loadSiteData()`:
 * the file scripts/build.ts hands over, or the pipeline run in place); MDX pages and partnership
 * narratives are files under content/. The data is validated upstream, so the data schemas are
 * permissive and pages cast entries to the Dataset types.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSiteData } from './lib/dataset/load.ts';

/** The project whose content/ is published: scripts/build.ts sets SUNLIGHT_ROOT, else the current directory. */
const root = process.env.SUNLIGHT_ROOT ?? process.cwd();
const contentDir = (sub: string) => pathToFileURL(path.join(root, 'content', sub) + path.sep);

function datasetLoader(name: string, pick: 'partnerships' | 'organizations'): Loader {
  return {
    name: `sunlight-${name}`,
    async load({ store, generateDigest }) {
      const { dataset } = await loadSiteData(root);
      // Entries from a previous build must not survive a record's removal.
      store.clear();
      for (const record of dataset[pick]) {
        const data = record as unknown as Record<string, unknown>;
        store.set({ id: record.id, data, digest: generateDigest(data) });
      }
    },
  };
}

const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

const partnerships = defineCollection({
  loader: datasetLoader('partnerships', 'partnerships'),
  schema: z.looseObject({ id: z.string() }),
});

const organizations = defineCollection({
  loader: datasetLoader('organizations', 'organizations'),
  schema: z.looseObject({ id: z.string() }),
});

/** content/pages/<slug>.mdx (Chinese, with both titles) and content/pages/en/<slug>.mdx (English body). */
const pages = defineCollection({
  loader: glob({ pattern: ['*.mdx', 'en/*.mdx'], base: contentDir('pages'), generateId: stripExtension }),
  schema: z.object({
    title: z.string().optional(),
    title_zh: z.string().optional(),
    title_en: z.string().optional(),
    order: z.number().optional(),
    summary_zh: z.string().optional(),
    summary_en: z.string().optional(),
  }),
});

/** content/projects/<partnership id>.mdx: an optional narrative shown on the partnership page. */
const narratives = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDir('projects'), generateId: stripExtension }),
  schema: z.looseObject({ title: z.string().optional() }),
});

export const collections = { partnerships, organizations, pages, narratives };
