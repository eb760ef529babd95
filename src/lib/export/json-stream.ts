/**
 * JSON written piece by piece with exactly the bytes `JSON.stringify(value)` would give: top-level
 * arrays are streamed one element at a time, so a dataset of 100,000 partnerships never becomes one
 * string. (Values are plain data: no toJSON, no functions.)
 */
import type { FileSink } from './sink.ts';

/** `onItem` sees each element of a top-level array with its JSON text, e.g. to write per-record files from it. */
export type ItemHook = (key: string, item: unknown, json: string) => Promise<void> | void;

export async function writeJsonStreamed(sink: FileSink, value: Record<string, unknown>, onItem?: ItemHook): Promise<void> {
  await sink.write('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    await sink.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(v)) {
      await sink.write('[');
      for (let i = 0; i < v.length; i++) {
        const item = v[i] as unknown;
        const text = item === undefined || typeof item === 'function' ? 'null' : JSON.stringify(item);
        await sink.write(i === 0 ? text : ',' + text);
        if (onItem) await onItem(key, item, text);
      }
      await sink.write(']');
    } else {
      await sink.write(JSON.stringify(v));
    }
  }
  await sink.write('}');
}

/** A JSON document with a streamed array: `{...head,"<key>":[\n item,\n item\n]}` — one item per line. */
export async function writeJsonWithArray(
  sink: FileSink,
  head: Record<string, unknown>,
  key: string,
  items: Iterable<unknown>,
): Promise<number> {
  const headText = JSON.stringify(head);
  await sink.write(headText === '{}' ? '{' : headText.slice(0, -1) + ',');
  await sink.write(`${JSON.stringify(key)}:[\n`);
  let count = 0;
  for (const item of items) {
    await sink.write((count === 0 ? '' : ',\n') + JSON.stringify(item));
    count++;
  }
  await sink.write('\n]}\n');
  return count;
}
