/**
 * Content layer: the MDX pages and partnership narratives under content/. Partnerships and
 * organizations are not collections: pages read the validated dataset directly (`getSite()`, see
 * src/components/pages/record-paths.ts), which at 10,000s of records is much cheaper.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The project whose content/ is published: scripts/build.ts sets SUNLIGHT_ROOT, else the current directory. */
const root = process.env.SUNLIGHT_ROOT ?? process.cwd();
const contentDir = (sub: string) => pathToFileURL(path.join(root, 'content', sub) + path.sep);

const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

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

export const collections = { pages, narratives };
