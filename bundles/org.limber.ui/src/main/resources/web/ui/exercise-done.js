// One exercise of a session as it was actually done: done, skipped or stopped, the dose, and how it felt.

import { h } from 'preact';
import { mainDose } from '../lib/dose.js';
import { FieldMessages } from './field.js';

export const OUTCOMES = [['done', 'Done'], ['skipped', 'Skipped'], ['stopped', 'Stopped (it hurt)']];
export const SIDES = [['both', 'Both sides'], ['left', 'Left'], ['right', 'Right'], ['not-sided', 'Not sided']];
export const RESPONSES = [
  ['eased', 'Eased'],
  ['no-change', 'No change'],
  ['worse', 'Worse'],
  ['spread', 'Spread down the leg'],
  ['centralized', 'Moved toward the back'],
];

/** A new entry for a catalog exercise, its dose taken from the catalog's main dose. */
export function entryFor(exercise, key) {
  const dose = mainDose(exercise.doses);
  return {
    key, exerciseId: exercise.id, name: exercise.name, outcome: 'done',
    sets: dose?.sets?.min ?? '', reps: dose?.reps?.min ?? '', holdSeconds: dose?.holdSeconds?.min ?? '',
    sides: dose?.perSide ? 'both' : 'not-sided', response: null, notes: '',
  };
}

const number = (value) => (value === '' || value == null ? null : Number(value));

export function entryBody(entry) {
  const skipped = entry.outcome === 'skipped';
  return {
    exerciseId: entry.exerciseId, name: entry.name, outcome: entry.outcome,
    sets: skipped ? null : number(entry.sets), reps: skipped ? null : number(entry.reps),
    holdSeconds: skipped ? null : number(entry.holdSeconds), sides: entry.sides,
    response: skipped ? null : entry.response, notes: entry.notes.trim() || null,
  };
}

function Radios({ name, legend, options, value, onValue, className, error, id }) {
  return h('fieldset', { class: `radios ${className || ''}`.trim(), 'aria-describedby': error ? `${id}-error` : undefined },
    h('legend', null, legend),
    h('div', { class: 'chips' }, options.map(([wire, text]) =>
      h('label', { key: wire, class: `chip response-${wire}` },
        h('input', { type: 'radio', name, value: wire, checked: value === wire, onChange: () => onValue(wire) }),
        h('span', null, text)))),
    h(FieldMessages, { id, error }));
}

function NumberInput({ id, label, value, onValue, error, max }) {
  return h('div', { class: 'field number-field' },
    h('label', { for: id }, label),
    h('input', { id, type: 'number', inputmode: 'numeric', min: 0, max, step: 1, value: value ?? '',
      'aria-invalid': error ? 'true' : undefined, 'aria-describedby': error ? `${id}-error` : undefined,
      onInput: (e) => onValue(e.currentTarget.value) }),
    h(FieldMessages, { id, error }));
}

export function ExerciseDone({ entry, index, onChange, onRemove, errors }) {
  const set = (name) => (value) => onChange({ ...entry, [name]: value });
  const id = (name) => `ex${entry.key}-${name}`;
  const err = (name) => errors[`exercises/${index}/${name}`];
  const skipped = entry.outcome === 'skipped';
  return h('li', { class: 'card done-entry' },
    h('div', { class: 'done-head' },
      h('h3', null, `${index + 1}. ${entry.name}`),
      h('button', { type: 'button', class: 'link-button', onClick: onRemove, 'aria-label': `Remove ${entry.name}` }, 'Remove')),
    h(Radios, { name: id('outcome'), id: id('outcome'), legend: 'What happened', options: OUTCOMES, value: entry.outcome, onValue: set('outcome'), error: err('outcome') }),
    skipped ? null : h('fieldset', { class: 'dose-done' },
      h('legend', null, 'What you did'),
      h('div', { class: 'dose-fields' },
        h(NumberInput, { id: id('sets'), label: 'Sets', value: entry.sets, onValue: set('sets'), error: err('sets'), max: 20 }),
        h(NumberInput, { id: id('reps'), label: 'Reps', value: entry.reps, onValue: set('reps'), error: err('reps'), max: 200 }),
        h(NumberInput, { id: id('holdSeconds'), label: 'Hold (s)', value: entry.holdSeconds, onValue: set('holdSeconds'), error: err('holdSeconds'), max: 3600 }),
        h('div', { class: 'field' },
          h('label', { for: id('sides') }, 'Sides'),
          h('select', { id: id('sides'), value: entry.sides, onChange: (e) => set('sides')(e.currentTarget.value) },
            SIDES.map(([wire, text]) => h('option', { key: wire, value: wire }, text)))))),
    skipped ? null : h(Radios, { name: id('response'), id: id('response'), legend: 'How did it feel afterwards?', options: RESPONSES, value: entry.response, onValue: set('response'), className: 'responses', error: err('response') }),
    entry.response === 'spread'
      ? h('p', { class: 'stop-note', role: 'note' }, 'When leg pain spreads further down the leg after an exercise, the sources say to stop that exercise.')
      : null);
}
