/**
 * Peak memory of a process and all its descendants (Astro and Pagefind run as children of the
 * build), sampled from /proc every 100 ms. Linux only; elsewhere it reports 0.
 */
import { readdirSync, readFileSync } from 'node:fs';

function treeRssKb(rootPid: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
      const vmRss = /^VmRSS:\s+(\d+)/m.exec(status)?.[1];
      parent.set(Number(pid), Number(ppid ?? 0));
      rss.set(Number(pid), Number(vmRss ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, kb] of rss) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === rootPid) {
        total += kb;
        break;
      }
    }
  }
  return total;
}

export function peakTreeRss(rootPid: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssKb(rootPid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
