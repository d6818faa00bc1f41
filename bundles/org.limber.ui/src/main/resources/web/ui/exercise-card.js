// One exercise in the list: thumbnail, name, kind and positions, "In bed", and the main dose in plain words.

import { h } from 'preact';
import { describeDose, mainDose } from '../lib/dose.js';
import { label, labels } from '../lib/labels.js';

export const exerciseHref = (id) => `/exercises/${encodeURIComponent(id)}`;

export function ExerciseCard({ exercise }) {
  const dose = describeDose(mainDose(exercise.doses));
  return h('li', { class: 'card exercise-card' },
    h('div', { class: 'thumb' },
      exercise.thumbnail ? h('img', { src: exercise.thumbnail, alt: '', width: 96, height: 72 }) : null),
    h('div', { class: 'card-body' },
      h('h3', null, h('a', { class: 'card-link', href: exerciseHref(exercise.id) }, exercise.name)),
      h('p', { class: 'meta' },
        h('span', null, `${label(exercise.category)} · ${labels(exercise.positions)}`),
        exercise.inBed ? h('span', { class: 'badge in-bed' }, 'In bed') : null),
      dose ? h('p', { class: 'dose' }, dose) : null));
}
