// Insights from the user's own entries: exercises to stop, plain-language notes, adherence, and the charts
// (pain trend, leg-pain extent, sessions per week, per-exercise response). Limber informs, never diagnoses.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { dateTime } from '../lib/dates.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { InsightNotes, StopThese } from '../ui/insight-notes.js';
import { Adherence } from '../ui/adherence.js';
import { PainTrendChart } from '../ui/pain-trend-chart.js';
import { ExtentChart } from '../ui/extent-chart.js';
import { WeeksChart } from '../ui/weeks-chart.js';
import { ResponseChart } from '../ui/response-chart.js';

function Charts({ data }) {
  const pain = data.pain || [];
  const weeks = data.weeks || [];
  const exercises = (data.exercises || []).filter((e) => e.times > 0);
  return h('section', { class: 'charts', 'aria-labelledby': 'charts-title' },
    h('h2', { id: 'charts-title' }, 'Charts'),
    pain.length
      ? h('div', { class: 'chart-grid' }, h(PainTrendChart, { pain }), h(ExtentChart, { pain }))
      : h('p', { class: 'empty' }, 'Your pain charts appear after your first check-in. ', h('a', { href: '/check-in' }, 'Check in now'), '.'),
    weeks.length ? h(WeeksChart, { weeks }) : null,
    exercises.length
      ? h(ResponseChart, { exercises })
      : h('p', { class: 'empty' }, 'How each exercise felt appears once you log sessions. ', h('a', { href: '/journal/new-session' }, 'Log a session'), '.'));
}

function Insights({ data }) {
  const exercises = data.exercises || [];
  const notes = data.notes || [];
  return h('div', null,
    h(StopThese, { exercises, notes }),
    h(InsightNotes, { notes, exercises }),
    h(Adherence, { adherence: data.adherence }),
    h(Charts, { data }),
    h('p', { class: 'muted small' }, `Worked out ${dateTime(data.computedAt)}.`));
}

export function InsightsPage() {
  useTitle('Insights');
  const insights = useResource((signal) => getJson('/api/v1/journal/insights', { signal }), [], { refreshOn: [] });
  return h('div', { class: 'page insights-page' },
    h('h1', null, 'Insights'),
    h('p', { class: 'lead' }, 'What your own entries show, read with the general rules of the sources. This is not a diagnosis: if something worries you, talk to a health professional.'),
    h(Resource, { resource: insights, what: 'your insights' }, (data) => h(Insights, { data })));
}
