// The plain-language notes from the user's own data, most important first, styled by severity; exercises to
// stop come first and stand out.

import { h } from 'preact';

const SEVERITY = { urgent: 'Urgent', warning: 'Take note', info: 'Good to know', good: 'Good sign' };

export function StopThese({ exercises, notes }) {
  const stop = exercises.filter((e) => e.verdict === 'stop');
  if (!stop.length) return null;
  return h('section', { class: 'stop-if stop-these', 'aria-labelledby': 'stop-these' },
    h('h2', { id: 'stop-these' }, h('span', { class: 'stop-icon', 'aria-hidden': 'true' }, '!'),
      stop.length === 1 ? 'Stop this one' : 'Stop these ones'),
    h('p', null, `Leg pain spread further down the leg after ${stop.length === 1 ? 'this exercise' : 'these exercises'}. `
      + 'The sources say to stop an exercise that does that: leave it out of your sessions.'),
    h('ul', null, stop.map((e) => {
      const note = notes.find((n) => n.code === 'stop-exercise' && n.exerciseId === e.exerciseId);
      return h('li', { key: e.exerciseId },
        h('strong', null, e.name), ' — ',
        note?.text || `spread ${e.spread} of ${e.times} time${e.times === 1 ? '' : 's'}.`);
    })));
}

export function InsightNotes({ notes, exercises }) {
  const stopIds = new Set(exercises.filter((e) => e.verdict === 'stop').map((e) => e.exerciseId));
  const shown = notes.filter((n) => !(n.code === 'stop-exercise' && stopIds.has(n.exerciseId)));
  if (!shown.length) return null;
  return h('section', { class: 'insight-notes', 'aria-labelledby': 'notes-title' },
    h('h2', { id: 'notes-title' }, 'Notes'),
    h('ul', { class: 'notes' }, shown.map((n, i) =>
      h('li', { key: `${n.code}-${n.exerciseId || i}`, class: `note severity-${n.severity} code-${n.code}` },
        h('p', { class: 'note-head' },
          h('span', { class: `badge severity-${n.severity}` }, SEVERITY[n.severity] || n.severity), ' ',
          h('strong', null, n.title)),
        n.text ? h('p', null, n.text) : null))));
}
