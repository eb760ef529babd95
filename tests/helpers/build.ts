/** Running `scripts/build.ts` as a publisher or CI does, for the build tests: a process, its exit code and output. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(PROJECT, 'node_modules', '.bin', 'node');
const BUILD = path.join(PROJECT, 'scripts', 'build.ts');

export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node scripts/build.ts --root <root> --out <out> [...args]`; GITHUB_ACTIONS is off unless `env` sets it. */
export function runBuild(root: string, out: string, env: Record<string, string> = {}, args: readonly string[] = []): Promise<BuildRun> {
  return new Promise((resolve) => {
    execFile(
      NODE,
      [BUILD, '--root', root, '--out', out, ...args],
      // Astro's build cache beside the temporary output, so it goes when the test's folder does.
      { cwd: root, env: { ...process.env, GITHUB_ACTIONS: '', SUNLIGHT_CACHE_DIR: `${out}.cache`, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The tail of a run's output, for assertion messages. */
export function explain(run: BuildRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`;
}

/**
 * A copy of the repository's content/ in the system temp folder (on disk, as a publisher's checkout
 * is; copySampleRoot may use /dev/shm).
 */
export async function sampleRootOnDisk(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sunlight-build-'));
  await cp(path.join(PROJECT, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}
