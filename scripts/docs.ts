/**
 * `npm run docs`: regenerates the documentation that is derived from code — docs/data-format.md from the
 * schema and message catalogue, and docs/signals.md from the signal definitions.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FORMAT_DOC, renderDataFormat } from './lib/data-dictionary.ts';
import { writeSignalsDoc } from './lib/signals-doc.ts';

const root = path.resolve(import.meta.dirname, '..');
await writeFile(path.join(root, DATA_FORMAT_DOC), renderDataFormat(), 'utf8');
console.log(`✓ ${DATA_FORMAT_DOC}`);
const signals = await writeSignalsDoc(root);
console.log(`✓ ${path.relative(root, signals)}`);
