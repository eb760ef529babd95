/**
 * Draws the concentration charts whose numbers are already on the page as tables (ConcentrationFigure).
 * Shares (basis points) on the left axis in percent, the HHI (0–10000) on the right; both axes span
 * the same range, since an HHI of 10000 means one organization holds 100%. Years where a share is not
 * meaningful (null) are left as gaps, never drawn as zero.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { count, percentFromBp } from '../../lib/format/money.ts';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

interface Spec {
  labels: string[];
  shareAxis: string;
  hhiAxis: string;
  series: { label: string; axis: 'share' | 'hhi'; values: (number | null)[] }[];
}

// Okabe–Ito colours (as in chart-client.ts); dashes and point shapes tell the lines apart without colour.
const STYLES = [
  { colour: '#0b5394', dash: [], point: 'circle' },
  { colour: '#d55e00', dash: [8, 4], point: 'rect' },
  { colour: '#009e73', dash: [2, 3], point: 'triangle' },
  { colour: '#1b1b1b', dash: [12, 4, 2, 4], point: 'rectRot' },
] as const;

export function renderConcentrationCharts(): void {
  for (const holder of document.querySelectorAll<HTMLElement>('[data-concentration-chart]')) {
    if (holder.dataset.drawn) continue;
    const canvas = holder.querySelector('canvas');
    if (!canvas) continue;
    let spec: Spec;
    try {
      spec = JSON.parse(holder.dataset.concentrationChart ?? '') as Spec;
    } catch {
      continue;
    }
    holder.hidden = false;
    holder.dataset.drawn = '1';
    const config: ChartConfiguration<'line', (number | null)[], string> = {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => {
          const style = STYLES[i % STYLES.length] ?? STYLES[0];
          return {
            label: s.label,
            // Shares in percent for the axis; the exact basis points stay in the table and tooltip.
            data: s.values.map((v) => (v === null ? null : s.axis === 'share' ? v / 100 : v)),
            yAxisID: s.axis === 'share' ? 'y' : 'y1',
            borderColor: style.colour,
            backgroundColor: style.colour,
            borderDash: [...style.dash],
            borderWidth: 3,
            pointStyle: style.point,
            pointRadius: 5,
            spanGaps: false,
          };
        }),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Drawn once, not animated: the animation redraws every frame for a second, which on an old
        // phone blocks the page (Lighthouse measured seconds of blocking time on the home page).
        animation: false,
        plugins: {
          legend: { position: 'bottom', labels: { font: { size: 13 }, usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const s = spec.series[ctx.datasetIndex];
                const raw = s?.values[ctx.dataIndex];
                if (raw === null || raw === undefined) return `${ctx.dataset.label ?? ''}: —`;
                return `${ctx.dataset.label ?? ''}: ${s?.axis === 'share' ? percentFromBp(raw) : count(raw)}`;
              },
            },
          },
        },
        scales: {
          x: { ticks: { font: { size: 13 } } },
          y: { position: 'left', min: 0, max: 100, title: { display: true, text: spec.shareAxis }, ticks: { font: { size: 13 }, callback: (v) => `${v}%` } },
          y1: { position: 'right', min: 0, max: 10000, title: { display: true, text: spec.hhiAxis }, grid: { drawOnChartArea: false }, ticks: { font: { size: 13 } } },
        },
      },
    };
    new Chart(canvas, config);
  }
}
