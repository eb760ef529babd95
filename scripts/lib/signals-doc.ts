/**
 * Writes docs/signals.md from the signal definitions in src/lib/signals/ (defaults, not a portal's
 * overrides). Run: `node scripts/lib/signals-doc.ts`. tests/unit/signals-doc.test.ts checks it is current.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSignalsMarkdown } from '../../src/lib/signals/index.ts';

export const SIGNALS_DOC = 'docs/signals.md';

export async function writeSignalsDoc(root: string): Promise<string> {
  const file = path.resolve(root, SIGNALS_DOC);
  await writeFile(file, renderSignalsMarkdown(), 'utf8');
  return file;
}

if (import.meta.main) {
  const file = await writeSignalsDoc(process.cwd());
  console.log(`✓ ${path.relative(process.cwd(), file)}`);
}
