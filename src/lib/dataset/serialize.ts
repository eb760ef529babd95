/** The dataset as bytes: the same dataset always gives the same bytes (records are built in sorted order). */
import { createHash } from 'node:crypto';
import type { Dataset } from './types.ts';

export function serializeDataset(dataset: Dataset): string {
  return JSON.stringify(dataset) + '\n';
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
