// The user's routines: each with its days, number of exercises and next reminder, to play or edit; a new one,
// or one copied from the sources' templates.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { takeFlash } from '../lib/flash.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { RoutineCard } from '../ui/routine-card.js';
import { TemplateList } from '../ui/template-list.js';

async function loadRoutines(signal) {
  const [routines, reminders] = await Promise.all([
    getJson('/api/v1/routines', { signal }),
    // The list works without its reminders (e.g. while the reminder service restarts).
    getJson('/api/v1/reminders', { signal }).catch(() => null),
  ]);
  return { routines: routines.routines || [], upcoming: reminders?.upcoming || null };
}

function Routines({ data }) {
  if (!data.routines.length) {
    return h('p', { class: 'empty' }, 'No routines yet. Start from one of the templates below, or build your own.');
  }
  const next = (id) => (data.upcoming || []).find((u) => u.routineId === id) || null;
  return h('ul', { class: 'cards routine-cards', 'aria-label': 'Your routines' }, data.routines.map((r) =>
    h(RoutineCard, { key: r.id, routine: r, next: next(r.id), remindersKnown: data.upcoming !== null })));
}

export function RoutinesPage() {
  useTitle('Routines');
  const [flash] = useState(takeFlash);
  const [showTemplates, setShowTemplates] = useState(false);
  const routines = useResource(loadRoutines, [], { refreshOn: [] });
  const empty = routines.data && !routines.data.routines.length;
  return h('div', { class: 'page routines-page' },
    h('h1', null, 'Routines'),
    flash ? h('p', { class: 'saved', role: 'status' }, flash) : null,
    h('p', { class: 'lead' }, 'A routine is the stretches you do together, in order, with the dose that suits you. Play one and Limber guides you through it, hands-free.'),
    h('div', { class: 'page-actions' },
      h('a', { class: 'button', href: '/routines/new' }, 'New routine'),
      h('button', { type: 'button', class: 'button secondary', 'aria-expanded': showTemplates || empty ? 'true' : 'false',
        onClick: () => setShowTemplates(!showTemplates) }, 'From a template'),
      h('a', { class: 'button secondary', href: '/reminders' }, 'Reminders'),
      h('a', { class: 'button secondary', href: '/routines/my-exercises' }, 'My exercises and limits')),
    h(Resource, { resource: routines, what: 'your routines' }, (data) => h(Routines, { data })),
    showTemplates || empty ? h(TemplateList, { id: 'templates' }) : null);
}
