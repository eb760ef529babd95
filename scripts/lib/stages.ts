/** Wall time and memory per build stage, for the log and the benchmark. */
export interface StageTiming {
  stage: string;
  seconds: number;
  /** Peak resident memory of this process so far, in MB (child processes are measured by the benchmark). */
  peak_rss_mb: number;
}

export class Stages {
  private readonly timings: StageTiming[] = [];
  private readonly started = performance.now();

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.timings.push({
      stage,
      seconds: Math.round(performance.now() - start) / 1000,
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    return result;
  }

  totalSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  report(): { stages: StageTiming[]; total_seconds: number } {
    return { stages: this.timings, total_seconds: Math.round(this.totalSeconds() * 1000) / 1000 };
  }
}
