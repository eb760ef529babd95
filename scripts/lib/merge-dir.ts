/** Merging one build step's output folder into another's. */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Moves every file of `from` into the same place under `to`, then removes `from`. A file that `to`
 * already has is kept as it is: callers merge outputs whose shared files are the same bytes (assets
 * named by content hash, pages every process renders alike). `skip` leaves files out by name.
 */
export async function mergeInto(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(target)) await mergeInto(source, target, skip);
      else await rename(source, target);
    } else if (!skip(entry.name) && !existsSync(target)) {
      await rename(source, target);
    }
  }
  await rm(from, { recursive: true, force: true });
}
