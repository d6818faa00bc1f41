// How far down the leg the pain reached at each check-in: moving down the chart is centralization (good).

import { h } from 'preact';
import { useCallback } from 'preact/hooks';
import { axis, baseOptions, timeAxis } from '../lib/charts.js';
import { dateTime, shortDay } from '../lib/dates.js';
import { EXTENTS } from './leg-extent.js';
import { ChartFigure } from './chart-figure.js';

const ORDER = EXTENTS.map(([wire]) => wire);
const NAMES = EXTENTS.map(([, text]) => text);
const level = (extent) => Math.max(0, ORDER.indexOf(extent));
const name = (extent) => NAMES[level(extent)];

function summary(pain) {
  const first = pain[0];
  const last = pain[pain.length - 1];
  const furthest = pain.reduce((max, p) => Math.max(max, level(p.legExtent)), 0);
  return `How far down the leg the pain reached, over ${pain.length} check-in${pain.length === 1 ? '' : 's'}: `
    + `${name(first.legExtent).toLowerCase()} at first, ${name(last.legExtent).toLowerCase()} at the latest; furthest: ${NAMES[furthest].toLowerCase()}.`;
}

export function ExtentChart({ pain }) {
  const config = useCallback((theme) => ({
    type: 'line',
    data: {
      datasets: [{
        label: 'Leg pain reaches', data: pain.map((p) => ({ x: Date.parse(p.at), y: level(p.legExtent) })),
        borderColor: theme.extent, backgroundColor: theme.extent, stepped: true, pointRadius: 3, borderWidth: 2, fill: false,
      }],
    },
    options: {
      ...baseOptions(theme),
      scales: {
        x: timeAxis(theme, pain.map((p) => p.at), shortDay),
        y: axis(theme, { min: 0, max: ORDER.length - 1, reverse: false, ticks: { stepSize: 1, callback: (v) => NAMES[v] ?? '' } }),
      },
      plugins: {
        ...baseOptions(theme).plugins,
        legend: { display: false },
        tooltip: { callbacks: { title: (items) => dateTime(items[0].parsed.x), label: (item) => NAMES[item.parsed.y] } },
      },
    },
  }), [pain]);
  return h(ChartFigure, {
    id: 'leg-extent', title: 'How far down the leg the pain reaches', summary: summary(pain), config,
    table: { head: ['When', 'Reaches'], rows: pain.map((p) => [dateTime(p.at), name(p.legExtent)]) },
  });
}
