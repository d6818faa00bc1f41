// How each exercise felt afterwards, as stacked bars per exercise (eased, toward the back, worse, spread).

import { h } from 'preact';
import { useCallback } from 'preact/hooks';
import { axis, baseOptions } from '../lib/charts.js';
import { ChartFigure } from './chart-figure.js';

const VERDICTS = { helping: 'Helping', stop: 'Stop this one', unclear: 'Not clear yet' };
const other = (e) => Math.max(0, e.times - e.eased - e.centralized - e.worse - e.spread);

function summary(exercises) {
  const parts = exercises.map((e) => `${e.name}: ${e.times} time${e.times === 1 ? '' : 's'}, eased ${e.eased}, toward the back ${e.centralized}, worse ${e.worse}, spread ${e.spread} (${VERDICTS[e.verdict] || e.verdict})`);
  return `How each exercise felt afterwards. ${parts.join('; ')}.`;
}

export function ResponseChart({ exercises }) {
  const config = useCallback((theme) => {
    const series = [
      ['Eased', (e) => e.eased, theme.eased],
      ['Moved toward the back', (e) => e.centralized, theme.centralized],
      ['Worse', (e) => e.worse, theme.worse],
      ['Spread down the leg', (e) => e.spread, theme.spread],
      ['No change or not said', other, theme.other],
    ];
    return {
      type: 'bar',
      data: {
        labels: exercises.map((e) => e.name),
        datasets: series.map(([label, value, colour]) => ({ label, data: exercises.map(value), backgroundColor: colour, borderColor: theme.surface, borderWidth: 1 })),
      },
      options: {
        ...baseOptions(theme),
        indexAxis: 'y',
        scales: {
          x: axis(theme, { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: 'Times done' }),
          y: axis(theme, { stacked: true, ticks: { autoSkip: false } }),
        },
      },
    };
  }, [exercises]);
  return h(ChartFigure, {
    id: 'exercise-response', title: 'How each exercise felt afterwards', summary: summary(exercises), config,
    height: 90 + 38 * exercises.length,
    table: {
      head: ['Exercise', 'Times', 'Eased', 'Toward the back', 'Worse', 'Spread', 'Verdict'],
      rows: exercises.map((e) => [e.name, e.times, e.eased, e.centralized, e.worse, e.spread, VERDICTS[e.verdict] || e.verdict]),
    },
  });
}
