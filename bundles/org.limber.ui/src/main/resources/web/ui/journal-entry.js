// One journal entry in the history: a check-in or a session, with its delete button.

import { h } from 'preact';
import { label } from '../lib/labels.js';
import { time } from '../lib/dates.js';
import { ConfirmButton } from './confirm-button.js';

function extentText(extent) {
  return extent === 'none' ? 'not down the leg' : `down to: ${label(extent).toLowerCase()}`;
}

function symptoms(c) {
  const list = [];
  if (c.numbness) list.push('numbness');
  if (c.tingling) list.push('tingling');
  if (c.weakness) list.push('weakness');
  if (c.flare) list.push('flare-up');
  if (c.sittingMinutes != null) list.push(`sits ${c.sittingMinutes} min`);
  if (c.sleepQuality != null) list.push(`sleep ${c.sleepQuality}/10`);
  return list;
}

export function CheckInEntry({ checkIn: c, flagTitles, onDelete, busy }) {
  const extra = symptoms(c);
  return h('li', { class: `card entry check-in-entry${c.redFlags?.length ? ' has-flags' : ''}` },
    h('div', { class: 'entry-head' },
      h('h3', null, h('span', { class: 'entry-time' }, time(c.at)), ' ', label(c.timing || 'standalone')),
      h(ConfirmButton, { label: 'Delete', confirmLabel: 'Yes, delete', question: 'Delete this check-in?', onConfirm: onDelete, busy })),
    h('p', { class: 'pain-line' },
      h('span', { class: 'pain-figure' }, `Back ${c.backPain}`), h('span', { class: 'pain-figure' }, `Leg ${c.legPain}`),
      h('span', null, extentText(c.legExtent))),
    extra.length ? h('p', { class: 'muted small' }, extra.join(' · ')) : null,
    c.redFlags?.length
      ? h('p', { class: 'entry-flags' }, h('strong', null, 'Warning signs: '), c.redFlags.map((id) => flagTitles[id] || id).join(', '),
        c.redFlagsAcknowledgedAt ? h('span', { class: 'muted' }, ' (acknowledged)') : h('span', { class: 'badge danger' }, 'Not acknowledged'))
      : null,
    c.notes ? h('p', { class: 'entry-notes' }, c.notes) : null);
}

function dose(e) {
  if (e.outcome === 'skipped') return 'skipped';
  const parts = [e.outcome === 'stopped' ? 'stopped' : 'done'];
  if (e.sets != null && e.reps != null) parts.push(`${e.sets}×${e.reps}`);
  else if (e.reps != null) parts.push(`${e.reps} reps`);
  else if (e.sets != null) parts.push(`${e.sets} sets`);
  if (e.holdSeconds != null) parts.push(`hold ${e.holdSeconds} s`);
  if (e.sides && e.sides !== 'not-sided') parts.push(e.sides === 'both' ? 'both sides' : `${e.sides} side`);
  return parts.join(' · ');
}

export function SessionEntry({ session: s, onDelete, busy }) {
  return h('li', { class: 'card entry session-entry' },
    h('div', { class: 'entry-head' },
      h('h3', null, h('span', { class: 'entry-time' }, time(s.at)), ' Session',
        s.routineName ? `: ${s.routineName}` : '',
        s.durationMinutes != null ? h('span', { class: 'muted' }, ` · ${s.durationMinutes} min`) : null),
      h(ConfirmButton, { label: 'Delete', confirmLabel: 'Yes, delete', question: 'Delete this session?', onConfirm: onDelete, busy })),
    h('ul', { class: 'done-summary' }, (s.exercises || []).map((e, i) =>
      h('li', { key: i },
        h('span', { class: 'done-name' }, e.name || e.exerciseId), ' — ', dose(e),
        e.response ? h('span', { class: `response response-${e.response}` }, label(e.response)) : null))),
    s.notes ? h('p', { class: 'entry-notes' }, s.notes) : null);
}
