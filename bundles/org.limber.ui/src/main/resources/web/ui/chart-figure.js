// A chart with its text alternative: the canvas is an image whose label states the figures in words, and a
// table of every figure sits under it (folded). The chart is redrawn in the new colours when the theme changes.

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { chartTheme, loadChartJs, onThemeChange } from '../lib/charts.js';

export function ChartFigure({ id, title, summary, config, table, height = 260 }) {
  const canvas = useRef(null);
  const [failed, setFailed] = useState(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let chart = null;
    let live = true;
    const draw = (Chart) => {
      if (!live || !canvas.current) return;
      chart?.destroy();
      chart = new Chart(canvas.current, config(chartTheme()));
      setReady(true);
    };
    let off = () => {};
    loadChartJs().then((Chart) => {
      draw(Chart);
      off = onThemeChange(() => draw(Chart));
    }, (error) => { if (live) setFailed(error); });
    return () => { live = false; off(); chart?.destroy(); };
  }, [config]);

  return h('figure', { class: 'chart', id, 'aria-labelledby': `${id}-title`, 'data-chart-ready': ready ? 'true' : 'false' },
    h('figcaption', { id: `${id}-title`, class: 'chart-title' }, title),
    h('div', { class: 'chart-box', style: { height: `${height}px` } },
      h('canvas', { ref: canvas, role: 'img', 'aria-label': summary }, summary)),
    failed ? h('p', { class: 'muted small' }, 'The chart could not be drawn; the figures are in the table below.') : null,
    h('details', { class: 'chart-table' },
      h('summary', null, 'Show the figures'),
      h('div', { class: 'table-scroll' },
        h('table', null,
          h('thead', null, h('tr', null, table.head.map((cell, i) => h('th', { key: i, scope: 'col' }, cell)))),
          h('tbody', null, table.rows.map((row, r) => h('tr', { key: r },
            row.map((cell, i) => (i === 0 ? h('th', { key: i, scope: 'row' }, cell) : h('td', { key: i }, cell))))))))));
}
