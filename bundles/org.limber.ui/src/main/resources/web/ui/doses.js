// An exercise's doses: each variant in plain words, with how to build up, notes and its source.
// Sources often disagree a little; then every variant says where it comes from.

import { h } from 'preact';
import { describeDose } from '../lib/dose.js';

function title(dose, index, doses) {
  if (dose.label) return dose.label;
  if (doses.length === 1) return 'Dose';
  const firstUnlabelled = doses.findIndex((d) => !d.label);
  return index === firstUnlabelled ? 'Usual dose' : 'Also suggested';
}

export function Doses({ doses }) {
  if (!doses?.length) return h('p', { class: 'muted' }, 'The sources give no dose for this one: go by how it feels.');
  const sources = new Set(doses.map((d) => d.source?.id).filter(Boolean));
  return h('div', null,
    sources.size > 1 ? h('p', { class: 'muted small' }, 'The sources suggest slightly different doses. Start with the gentlest.') : null,
    h('ul', { class: 'doses' }, doses.map((dose, i) => {
      const text = describeDose(dose);
      return h('li', { key: i, class: 'dose-item' },
        h('p', { class: 'dose-main' }, h('strong', null, title(dose, i, doses)), text ? `: ${text}` : ''),
        dose.buildUp ? h('p', null, h('span', { class: 'muted' }, 'Build up: '), dose.buildUp) : null,
        dose.note ? h('p', null, dose.note) : null,
        dose.source ? h('p', { class: 'muted small' }, `Source: ${dose.source.title}`) : null);
    })));
}
