// How far down the leg the pain reaches: five one-tap tiles, each with a small body-line drawing that marks
// the painful stretch from the lower back down to that point.

import { h } from 'preact';
import { FieldMessages } from './field.js';

export const EXTENTS = [
  ['none', 'None', 'Back only, or no pain'],
  ['buttock', 'Buttock', ''],
  ['thigh', 'Thigh', ''],
  ['below-knee', 'Below knee', ''],
  ['foot', 'Foot', ''],
];

// Points of a side-view line from the lower back to the toes.
const LINE = 'M14 3 L14 17 L13 31 L13 44 L13 56 L22 56';
const REACH = {
  none: 'M14 3 L14 9',
  buttock: 'M14 3 L14 17',
  thigh: 'M14 3 L14 17 L13 31',
  'below-knee': 'M14 3 L14 17 L13 31 L13 44',
  foot: LINE,
};

export function BodyLine({ extent }) {
  return h('svg', { class: 'body-line', viewBox: '0 0 28 60', width: 22, height: 48, 'aria-hidden': 'true', focusable: 'false' },
    h('path', { class: 'body-line-base', d: LINE }),
    h('circle', { class: 'body-line-knee', cx: 13, cy: 31, r: 1.8 }),
    h('path', { class: 'body-line-pain', d: REACH[extent] || REACH.none }));
}

export function LegExtent({ name = 'legExtent', legend = 'How far down the leg does the pain reach?', value, onValue, error }) {
  const id = `${name}-choice`;
  return h('fieldset', { class: 'extent-choice', id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': error ? `${id}-error` : undefined },
    h('legend', null, legend),
    h('div', { class: 'extent-options' }, EXTENTS.map(([wire, text, help]) =>
      h('label', { key: wire, class: 'extent-option' },
        h('input', { type: 'radio', name, value: wire, checked: value === wire, onChange: () => onValue(wire) }),
        h(BodyLine, { extent: wire }),
        h('span', { class: 'extent-text' }, text, help ? h('span', { class: 'extent-help' }, help) : null)))),
    h(FieldMessages, { id, error }));
}
