/**
 * Loads Chart.js only when a chart is about to be seen: a reader who never scrolls to it (most
 * partnership pages show the chart below the first screen on a phone) downloads and parses none of
 * it. The table under each chart already carries its numbers, so nothing waits for this.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')].filter((f) => f.querySelector('[data-chart]'));

let drawing: Promise<void> | undefined;
function draw(): Promise<void> {
  drawing ??= import('./chart-client.ts').then((charts) => charts.renderCharts());
  return drawing;
}

if (figures.length > 0) {
  if ('IntersectionObserver' in window) {
    // A screen's height ahead, so the chart is usually drawn before it scrolls into view.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void draw();
      },
      { rootMargin: '100% 0px' },
    );
    for (const figure of figures) observer.observe(figure);
  } else {
    void draw();
  }
  // Printing shows every chart, seen or not.
  window.addEventListener('beforeprint', () => void draw(), { once: true });
}
