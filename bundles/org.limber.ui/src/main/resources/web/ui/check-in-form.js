// The quick check-in: two pain numbers, how far down the leg, a few one-tap symptoms, and the warning signs.
// Everything else is optional and folded away. Used on its own and after a session (without warning signs there).

import { h } from 'preact';
import { PainScale } from './pain-scale.js';
import { LegExtent } from './leg-extent.js';
import { SelectField, TextArea, Toggle } from './field.js';

export const EMPTY_CHECK_IN = {
  backPain: null, legPain: null, legExtent: null, numbness: false, tingling: false, weakness: false,
  sittingMinutes: '', sleepQuality: '', flare: false, redFlags: [], notes: '',
};

const SITTING = [['', 'Not said'], ['5', '5 minutes or less'], ['10', '10 minutes'], ['15', '15 minutes'], ['20', '20 minutes'],
  ['30', '30 minutes'], ['45', '45 minutes'], ['60', '1 hour'], ['90', '1½ hours'], ['120', '2 hours or more']];
const SLEEP = [['', 'Not said'], ...[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((n) => [String(n),
  n === 10 ? '10 – very good' : n === 0 ? '0 – very bad' : String(n)])];

/** The check-in's create body. */
export function checkInBody(form, extra = {}) {
  const notes = form.notes.trim();
  return {
    backPain: form.backPain, legPain: form.legPain, legExtent: form.legExtent,
    numbness: form.numbness, tingling: form.tingling, weakness: form.weakness,
    sittingMinutes: form.sittingMinutes === '' ? null : Number(form.sittingMinutes),
    sleepQuality: form.sleepQuality === '' ? null : Number(form.sleepQuality),
    flare: form.flare, redFlags: form.redFlags, notes: notes || null, ...extra,
  };
}

/** Field errors (keyed like the server's, e.g. after/legPain) for what must be answered before sending. */
export function missing(form, prefix = '') {
  const errors = {};
  if (form.backPain == null) errors[`${prefix}backPain`] = 'Tap a number from 0 to 10.';
  if (form.legPain == null) errors[`${prefix}legPain`] = 'Tap a number from 0 to 10.';
  if (form.legExtent == null) errors[`${prefix}legExtent`] = 'Choose how far down the leg the pain reaches.';
  return errors;
}

export function CheckInFields({ form, onChange, errors = {}, idPrefix = '', errorPrefix = '', short = false }) {
  const set = (name) => (value) => onChange({ ...form, [name]: value });
  const id = (name) => `${idPrefix}${name}`;
  const err = (name) => errors[`${errorPrefix}${name}`];
  return [
    h(PainScale, { key: 'back', name: id('backPain'), legend: 'Back pain', value: form.backPain, onValue: set('backPain'), error: err('backPain') }),
    h(PainScale, { key: 'leg', name: id('legPain'), legend: 'Leg pain', value: form.legPain, onValue: set('legPain'), error: err('legPain') }),
    h(LegExtent, { key: 'extent', name: id('legExtent'), value: form.legExtent, onValue: set('legExtent'), error: err('legExtent') }),
    short ? null : h('fieldset', { key: 'symptoms', class: 'symptoms' },
      h('legend', null, 'Do you have any of these now?'),
      h('div', { class: 'chips' },
        h(Toggle, { id: id('numbness'), label: 'Numbness', checked: form.numbness, onValue: set('numbness') }),
        h(Toggle, { id: id('tingling'), label: 'Tingling', checked: form.tingling, onValue: set('tingling') }),
        h(Toggle, { id: id('weakness'), label: 'Weakness', checked: form.weakness, onValue: set('weakness') }),
        h(Toggle, { id: id('flare'), label: 'Today is a flare-up', checked: form.flare, onValue: set('flare') }))),
    short ? null : h('details', { key: 'more', class: 'more-details' },
      h('summary', null, 'Sitting and sleep (optional)'),
      h('div', { class: 'details-body two-columns' },
        h(SelectField, { id: id('sittingMinutes'), label: 'How long can you sit comfortably?', value: form.sittingMinutes, onValue: set('sittingMinutes'), options: SITTING, error: err('sittingMinutes') }),
        h(SelectField, { id: id('sleepQuality'), label: 'How well did you sleep?', value: form.sleepQuality, onValue: set('sleepQuality'), options: SLEEP, error: err('sleepQuality') }))),
    short ? null : h('details', { key: 'notes', class: 'more-details', open: err('notes') ? true : undefined },
      h('summary', null, 'Notes (optional)'),
      h('div', { class: 'details-body' },
        h(TextArea, { id: id('notes'), label: 'Anything else to remember', value: form.notes, onValue: set('notes'), maxLength: 2000, error: err('notes') }))),
  ];
}
