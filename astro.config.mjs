// @ts-check
/**
 * Astro config. `site` and `base` come from content/portal.yaml (what a publisher edits), so the
 * portal can be served under a sub-path without touching code. scripts/build.ts sets
 * SUNLIGHT_OUT_DIR to a staging folder (and SUNLIGHT_ROOT to the project whose content/ it publishes);
 * a plain `astro build` writes dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import YAML from 'yaml';

// scripts/build.ts may publish another project's content/ (SUNLIGHT_ROOT), e.g. a synthetic benchmark.
const root = process.env.SUNLIGHT_ROOT ?? path.dirname(fileURLToPath(import.meta.url));
const portal = YAML.parse(readFileSync(path.join(root, 'content', 'portal.yaml'), 'utf8'));
const site = portal?.site?.url;
const base = portal?.site?.base ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir: process.env.SUNLIGHT_OUT_DIR ?? 'dist',
  // One cache per published project and output (scripts/build.ts sets it), so builds of different
  // data in one checkout never restore each other's pages. Keep this folder between CI runs.
  cacheDir: process.env.SUNLIGHT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    concurrency: 2,
    // The CSP allows only same-origin stylesheets and scripts: never inline them.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  experimental: {
    // A page whose data (its getStaticPaths cacheKey, src/components/pages/cache-keys.ts) and code
    // are unchanged is copied from the previous build instead of rendered: a data update that
    // touches one partnership re-renders its own pages and the few that list it.
    incrementalBuild: true,
  },
  vite: {
    // Small bundled scripts would otherwise be inlined into the HTML, which the CSP forbids.
    build: { assetsInlineLimit: 0 },
  },
});
