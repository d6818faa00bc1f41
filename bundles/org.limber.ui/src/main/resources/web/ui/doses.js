// An exercise's doses: each variant in plain words, with how to build up, notes and its source.

import { h } from 'preact';
import { describeDose } from '../lib/dose.js';

export function Doses({ doses }) {
  if (!doses?.length) return h('p', { class: 'muted' }, 'The sources give no dose for this one: go by how it feels.');
  return h('ul', { class: 'doses' }, doses.map((dose, i) => {
    const text = describeDose(dose);
    return h('li', { key: i, class: 'dose-item' },
      h('p', { class: 'dose-main' },
        h('strong', null, dose.label || (doses.length > 1 ? 'Usual dose' : 'Dose')),
        text ? `: ${text}` : ''),
      dose.buildUp ? h('p', null, h('span', { class: 'muted' }, 'Build up: '), dose.buildUp) : null,
      dose.note ? h('p', null, dose.note) : null,
      dose.source ? h('p', { class: 'muted small' }, `Source: ${dose.source.title}`) : null);
  }));
}
