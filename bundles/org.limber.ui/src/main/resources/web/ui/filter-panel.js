// The exercise filters: in bed, and checkbox groups for each facet. Open by default on wide screens.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { label } from '../lib/labels.js';
import { activeCount } from '../lib/filters.js';

const GROUPS = [
  ['position', 'Position', 'positions'],
  ['category', 'Kind of exercise', 'categories'],
  ['direction', 'Direction of movement', 'directions'],
  ['phase', 'Recovery phase (Limber’s suggestion)', 'phases'],
  ['area', 'Body area', 'areas'],
  ['pack', 'Pack', 'packs'],
];

function options(facets, facetKey, selected) {
  const list = (facets?.[facetKey] || []).map((v) => (typeof v === 'string' ? { value: v, text: label(v) } : { value: v.id, text: v.name || v.id }));
  for (const value of selected) {
    if (!list.some((o) => o.value === value)) list.push({ value, text: label(value) });
  }
  return list;
}

function Group({ name, title, choices, selected, onToggle }) {
  if (!choices.length) return null;
  return h('fieldset', { class: 'filter-group' },
    h('legend', null, title),
    h('div', { class: 'chips' }, choices.map((o) =>
      h('label', { class: 'chip', key: o.value },
        h('input', {
          type: 'checkbox', name, value: o.value, checked: selected.includes(o.value),
          onChange: (e) => onToggle(name, o.value, e.currentTarget.checked),
        }),
        h('span', null, o.text)))));
}

export function FilterPanel({ facets, filters, onChange }) {
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 60rem)').matches);
  const count = activeCount(filters);
  const toggle = (name, value, on) => {
    const values = filters[name].filter((v) => v !== value);
    onChange({ [name]: on ? [...values, value] : values });
  };
  // On phones the list is below a long panel: close it and go to the results.
  const showResults = () => {
    setOpen(false);
    const heading = document.querySelector('.result-count');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
  const clear = () => onChange(Object.fromEntries([['inBed', null], ...GROUPS.map(([name]) => [name, []])]));

  return h('details', { class: 'filters', open, onToggle: (e) => setOpen(e.currentTarget.open) },
    h('summary', null, 'Filters', count ? h('span', { class: 'count' }, ` (${count} on)`) : null),
    h('div', { class: 'filters-body' },
      h('label', { class: 'check in-bed-filter' },
        h('input', {
          type: 'checkbox', name: 'inBed', checked: filters.inBed === true,
          onChange: (e) => onChange({ inBed: e.currentTarget.checked ? true : null }),
        }),
        h('span', null, 'Only exercises I can do in bed')),
      GROUPS.map(([name, title, facetKey]) => h(Group, {
        key: name, name, title, choices: options(facets, facetKey, filters[name]), selected: filters[name], onToggle: toggle,
      })),
      h('div', { class: 'filter-actions' },
        h('button', { type: 'button', class: 'button secondary', onClick: clear, disabled: count === 0 }, 'Clear filters'),
        h('button', { type: 'button', class: 'button show-results', onClick: showResults }, 'Show results'))));
}
