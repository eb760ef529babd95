/**
 * Draws the charts whose numbers are already on the page as tables. Chart.js is tree-shaken: only
 * the controllers, elements and scales used here are registered. Reads each chart's spec from its
 * `data-chart` attribute (JSON written by Chart.astro); no inline script is needed.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { count, headlineMoney, yuan, type Lang } from '../lib/format/money.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

interface Spec {
  type: 'bar' | 'line';
  stacked: boolean;
  horizontal: boolean;
  unit: 'money' | 'count';
  lang: Lang;
  labels: string[];
  series: { label: string; values: (number | null)[]; colour?: string }[];
}

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const COLOURS = ['#0b5394', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f00', '#1b1b1b', '#999999'];

export function renderCharts(): void {
  for (const holder of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    if (holder.dataset.drawn) continue;
    const canvas = holder.querySelector('canvas');
    if (!canvas) continue;
    let spec: Spec;
    try {
      spec = JSON.parse(holder.dataset.chart ?? '') as Spec;
    } catch {
      continue;
    }
    holder.hidden = false;
    holder.dataset.drawn = '1';
    const money = spec.unit === 'money';
    const tick = (v: number) => (money ? headlineMoney(Math.round(v), spec.lang) : count(v));
    const valueAxis = spec.horizontal ? 'x' : 'y';
    const config: ChartConfiguration = {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({
          label: s.label,
          data: s.values.map((v) => v ?? 0),
          backgroundColor: s.colour ?? COLOURS[i % COLOURS.length],
          borderColor: s.colour ?? COLOURS[i % COLOURS.length],
          borderWidth: spec.type === 'line' ? 3 : 0,
          pointRadius: spec.type === 'line' ? 3 : undefined,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Drawn once, not animated: the animation redraws every frame for a second, which on an old
        // phone blocks the page (Lighthouse measured seconds of blocking time on the home page).
        animation: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: spec.series.length > 1, position: 'bottom', labels: { font: { size: 14 } } },
          tooltip: {
            callbacks: {
              label: (ctx) => `${ctx.dataset.label ?? ''}: ${money ? yuan(Number(ctx.raw)) : count(Number(ctx.raw))}`,
            },
          },
        },
        scales: {
          x: { stacked: spec.stacked, ticks: { font: { size: 13 } } },
          y: { stacked: spec.stacked, ticks: { font: { size: 13 } } },
          [valueAxis]: { stacked: spec.stacked, beginAtZero: true, ticks: { font: { size: 13 }, callback: (v: string | number) => tick(Number(v)) } },
        },
      },
    };
    new Chart(canvas, config);
  }
}
