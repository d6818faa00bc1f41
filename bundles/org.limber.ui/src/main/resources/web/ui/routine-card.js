// One routine in the list: its days, how many exercises, the next reminder, and Play / Edit.

import { h } from 'preact';
import { dateTime } from '../lib/dates.js';
import { daysText, itemCount } from '../lib/routines.js';
import { Icon } from './icons.js';

export const playHref = (id) => `/routines/${encodeURIComponent(id)}/play`;
export const editHref = (id) => `/routines/${encodeURIComponent(id)}/edit`;

function NextReminder({ id, next, known }) {
  if (!known) return null;
  if (!next) return h('p', { class: 'meta' }, 'No reminder planned. ', h('a', { href: `/reminders#routine-${id}` }, 'Set reminders'));
  return h('p', { class: 'meta next-reminder' }, `Next reminder: ${dateTime(next.at)}`,
    next.snoozed ? h('span', { class: 'badge' }, 'Snoozed') : null);
}

export function RoutineCard({ routine, next, remindersKnown }) {
  const count = itemCount(routine);
  return h('li', { class: 'card routine-card', 'data-routine-id': routine.id },
    h('div', { class: 'card-body' },
      h('h2', null, routine.name),
      h('p', { class: 'meta' }, `${daysText(routine.days)} · ${count === 1 ? '1 exercise' : `${count} exercises`}`),
      h(NextReminder, { id: routine.id, next, known: remindersKnown }),
      h('div', { class: 'routine-actions' },
        h('a', { class: 'button big play-button', href: playHref(routine.id), 'aria-label': `Play ${routine.name}` }, h(Icon, { name: 'play' }), 'Play'),
        h('a', { class: 'button secondary', href: editHref(routine.id), 'aria-label': `Edit ${routine.name}` }, 'Edit'))));
}
