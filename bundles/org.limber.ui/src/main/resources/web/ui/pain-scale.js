// A 0–10 pain picker (numeric rating scale): eleven big radio tiles, one tap each, arrow keys work.

import { h } from 'preact';
import { FieldMessages } from './field.js';

const NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export function PainScale({ name, legend, value, onValue, error, hint = '0 is no pain, 10 is the worst pain you can imagine.' }) {
  const id = `${name}-scale`;
  return h('fieldset', {
    class: 'pain-scale', id, 'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' '),
  },
  h('legend', null, legend, value != null ? h('span', { class: 'picked' }, `: ${value}`) : null),
  h('div', { class: 'scale' }, NUMBERS.map((n) =>
    h('label', { key: n, class: `scale-option level-${n}` },
      h('input', { type: 'radio', name, value: n, checked: value === n, onChange: () => onValue(n) }),
      h('span', null, String(n))))),
  h('div', { class: 'scale-ends', 'aria-hidden': 'true' }, h('span', null, 'No pain'), h('span', null, 'Worst')),
  h(FieldMessages, { id, hint, error }));
}
