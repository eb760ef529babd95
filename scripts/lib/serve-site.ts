/**
 * Serves a built site with tests/e2e/serve.ts (gzip, as static hosts send it) for the measuring
 * scripts: on the given port or a free one, refusing a port that something else already answers on,
 * and checking that what is served is this site (so another server can never be measured instead).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

const projectDir = path.resolve(import.meta.dirname, '..', '..');

export interface ServedSite {
  origin: string;
  close(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const answers = (url: string) => fetch(url).then((r) => r.ok, () => false);

export async function serveSite(dist: string, port?: number): Promise<ServedSite> {
  const origin = `http://127.0.0.1:${port ?? (await freePort())}`;
  if (await answers(`${origin}/__health`)) throw new Error(`${origin} is already in use; choose another --port`);
  const server = spawn(process.execPath, [path.join(projectDir, 'tests/e2e/serve.ts'), dist, new URL(origin).port], { stdio: ['ignore', 'ignore', 'inherit'] });
  const site = { origin, close: () => void server.kill() };
  try {
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      up = await answers(`${origin}/__health`);
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    if (!up) throw new Error(`the test server did not start on ${origin}`);
    const served = await fetch(`${origin}/`).then((r) => r.text(), () => '');
    if (served !== (await readFile(path.join(dist, 'index.html'), 'utf8').catch(() => null))) throw new Error(`${origin} does not serve ${dist} (is the port taken by another server?)`);
    return site;
  } catch (error) {
    site.close();
    throw error;
  }
}
