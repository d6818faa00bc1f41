// Chart.js (from its WebJar, through the import map), loaded only by pages that draw charts, and the colours
// of the current theme read from the style sheet's custom properties, so charts follow light and dark.

let loading = null;

export function loadChartJs() {
  if (!loading) {
    loading = import('chart.js').then((module) => {
      module.Chart.register(...module.registerables);
      return module.Chart;
    }).catch((error) => { loading = null; throw error; });
  }
  return loading;
}

const VARS = {
  text: '--text', muted: '--muted', grid: '--chart-grid', back: '--chart-back', leg: '--chart-leg',
  extent: '--chart-extent', sessions: '--chart-sessions', planned: '--chart-planned', eased: '--chart-eased',
  centralized: '--chart-centralized', worse: '--chart-worse', spread: '--chart-spread', other: '--chart-other',
  surface: '--surface',
};

export function chartTheme() {
  const style = getComputedStyle(document.documentElement);
  return Object.fromEntries(Object.entries(VARS).map(([key, name]) => [key, style.getPropertyValue(name).trim() || '#888']));
}

const DARK = '(prefers-color-scheme: dark)';

/** Calls fn when the colour scheme changes; returns the unsubscribe function. */
export function onThemeChange(fn) {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', fn);
  return () => query.removeEventListener('change', fn);
}

/** Options every chart shares: theme colours, no animation (calm, and screenshots are final at once). */
export function baseOptions(theme) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: theme.text,
    borderColor: theme.grid,
    font: { family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif', size: 13 },
    plugins: {
      legend: { labels: { color: theme.text, boxWidth: 14 } },
      tooltip: { enabled: true },
    },
  };
}

export function axis(theme, extra = {}) {
  return {
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.muted, ...(extra.ticks || {}) },
    title: extra.title ? { display: true, text: extra.title, color: theme.muted } : undefined,
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'ticks' && k !== 'title')),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time axis over these instants: at least a week, half a day to spare either side, ticks on whole days. */
export function timeAxis(theme, instants, format) {
  const times = instants.map((t) => Date.parse(t)).filter(Number.isFinite);
  if (!times.length) return axis(theme, { type: 'linear' });
  const max = Math.max(...times) + DAY_MS / 2;
  const min = Math.min(Math.min(...times) - DAY_MS / 2, max - 7 * DAY_MS);
  const stepSize = DAY_MS * Math.max(1, Math.ceil((max - min) / DAY_MS / 6));
  return axis(theme, { type: 'linear', min, max, ticks: { stepSize, maxTicksLimit: 8, callback: (v) => format(v) } });
}
