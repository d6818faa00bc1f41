// Back and leg pain (0–10) over time, one point per check-in.

import { h } from 'preact';
import { useCallback } from 'preact/hooks';
import { axis, baseOptions, timeAxis } from '../lib/charts.js';
import { dateTime, shortDay } from '../lib/dates.js';
import { ChartFigure } from './chart-figure.js';

function summary(pain) {
  const first = pain[0];
  const last = pain[pain.length - 1];
  const span = `${pain.length} check-in${pain.length === 1 ? '' : 's'} from ${shortDay(first.at)} to ${shortDay(last.at)}`;
  return `Pain trend over ${span}: back pain went from ${first.backPain} to ${last.backPain}, leg pain from ${first.legPain} to ${last.legPain}, on a scale of 0 to 10.`;
}

export function PainTrendChart({ pain }) {
  const config = useCallback((theme) => ({
    type: 'line',
    data: {
      datasets: [
        { label: 'Back pain', data: pain.map((p) => ({ x: Date.parse(p.at), y: p.backPain })), borderColor: theme.back, backgroundColor: theme.back, pointRadius: 3, borderWidth: 2, tension: 0.2 },
        { label: 'Leg pain', data: pain.map((p) => ({ x: Date.parse(p.at), y: p.legPain })), borderColor: theme.leg, backgroundColor: theme.leg, pointRadius: 3, borderWidth: 2, borderDash: [6, 3], pointStyle: 'rectRot', tension: 0.2 },
      ],
    },
    options: {
      ...baseOptions(theme),
      scales: {
        x: timeAxis(theme, pain.map((p) => p.at), shortDay),
        y: axis(theme, { min: 0, max: 10, ticks: { stepSize: 2 }, title: 'Pain (0–10)' }),
      },
      plugins: { ...baseOptions(theme).plugins, tooltip: { callbacks: { title: (items) => dateTime(items[0].parsed.x) } } },
    },
  }), [pain]);
  return h(ChartFigure, {
    id: 'pain-trend', title: 'Pain trend: back and leg', summary: summary(pain), config,
    table: { head: ['When', 'Back pain', 'Leg pain'], rows: pain.map((p) => [dateTime(p.at), p.backPain, p.legPain]) },
  });
}
