/**
 * Builds the site once before the browser tests: `npm run build` (scripts/build.ts: validate, astro
 * build, downloads, search index, swap into dist/). SUNLIGHT_E2E_SKIP_BUILD=1 reuses an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function globalSetup(): void {
  if (process.env.SUNLIGHT_E2E_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '..', '..');
  const node = path.join(root, 'node_modules', '.bin', 'node');
  const out = path.resolve(process.env.SUNLIGHT_E2E_DIST ?? path.join(root, 'dist'));
  execFileSync(node, [path.join(root, 'scripts', 'build.ts'), '--out', out], { cwd: root, stdio: 'inherit' });
}
