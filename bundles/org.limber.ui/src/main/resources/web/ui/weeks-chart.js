// Sessions per week against the plan.

import { h } from 'preact';
import { useCallback } from 'preact/hooks';
import { axis, baseOptions } from '../lib/charts.js';
import { shortDay } from '../lib/dates.js';
import { ChartFigure } from './chart-figure.js';

function summary(weeks) {
  const last = weeks[weeks.length - 1];
  const met = weeks.filter((w) => w.planned > 0 && w.sessions >= w.planned).length;
  return `Sessions per week over ${weeks.length} week${weeks.length === 1 ? '' : 's'}: ${met} met the plan. `
    + `Week of ${shortDay(last.weekStart)}: ${last.sessions} of ${last.planned} planned.`;
}

export function WeeksChart({ weeks }) {
  const config = useCallback((theme) => ({
    type: 'bar',
    data: {
      labels: weeks.map((w) => shortDay(w.weekStart)),
      datasets: [
        { type: 'bar', label: 'Sessions', data: weeks.map((w) => w.sessions), backgroundColor: theme.sessions, borderColor: theme.sessions, order: 2 },
        { type: 'line', label: 'Planned', data: weeks.map((w) => w.planned), borderColor: theme.planned, backgroundColor: theme.planned, borderDash: [5, 4], pointRadius: 2, stepped: 'middle', order: 1 },
      ],
    },
    options: {
      ...baseOptions(theme),
      scales: {
        x: axis(theme, { ticks: { maxTicksLimit: 8 } }),
        y: axis(theme, { beginAtZero: true, ticks: { stepSize: 1, precision: 0 }, title: 'Sessions' }),
      },
    },
  }), [weeks]);
  return h(ChartFigure, {
    id: 'sessions-per-week', title: 'Sessions per week against your plan', summary: summary(weeks), config,
    table: { head: ['Week of', 'Sessions', 'Planned'], rows: weeks.map((w) => [shortDay(w.weekStart), w.sessions, w.planned]) },
  });
}
