// One exercise of a routine in the editor: its name, what the routine rules say about it, its dose (each field
// empty for the exercise's own default, shown as the placeholder), a note, and move, swap and remove.

import { h } from 'preact';
import { DOSE_NUMBERS, hasOverride } from '../lib/routines.js';
import { FieldMessages } from './field.js';

const PER_SIDE = (fallback) => [
  ['', fallback === 'yes' ? 'Default (each side)' : fallback === 'no' ? 'Default (not sided)' : 'Default'],
  ['yes', 'Each side'],
  ['no', 'Not sided'],
];

function DoseField({ id, label, value, placeholder, max, error, onValue }) {
  return h('div', { class: 'field number-field' },
    h('label', { for: id }, label),
    h('input', { id, type: 'number', inputmode: 'numeric', min: 0, max, step: 1, value, placeholder: placeholder || '–',
      'aria-invalid': error ? 'true' : undefined, 'aria-describedby': error ? `${id}-error` : undefined,
      onInput: (e) => onValue(e.currentTarget.value) }),
    h(FieldMessages, { id, error }));
}

function Warnings({ warnings }) {
  const shown = warnings.filter((w) => w.code !== 'unavailable' && w.code !== 'excluded');
  if (!shown.length) return null;
  return h('ul', { class: 'item-warnings' }, shown.map((w, i) =>
    h('li', { key: i, class: `routine-warning${w.needsConfirmation || w.code === 'stop-this-one' ? ' stop' : ''}`, 'data-code': w.code }, w.message)));
}

export function RoutineItem({ item, info, position, count, pointer, warnings, errors, onChange, onMove, onRemove, onSwap }) {
  const id = (name) => `item${item.key}-${name}`;
  const err = (name) => errors[`${pointer}/${name}`];
  const setDose = (name) => (value) => onChange({ ...item, dose: { ...item.dose, [name]: value } });
  const unavailable = !info.available || warnings.some((w) => w.code === 'unavailable');
  const excluded = warnings.find((w) => w.code === 'excluded');
  const doseErrors = DOSE_NUMBERS.some(([name]) => err(`dose/${name}`)) || err('dose/perSide');
  return h('li', { class: `card routine-item${unavailable ? ' unavailable' : ''}`, 'data-exercise-id': item.exerciseId },
    h('div', { class: 'item-head' },
      h('h4', { class: 'item-name' }, `${position + 1}. ${info.name}`,
        unavailable ? h('span', { class: 'badge danger' }, 'Not available') : null,
        excluded ? h('span', { class: 'badge warn', title: excluded.message }, 'Ruled out by your limits') : null,
        info.personal && !unavailable ? h('span', { class: 'badge' }, 'Yours') : null),
      h('div', { class: 'item-actions', role: 'group', 'aria-label': `Arrange ${info.name}` },
        h('button', { type: 'button', class: 'button secondary small-button', disabled: position === 0, onClick: () => onMove(-1), 'aria-label': `Move ${info.name} up` }, '↑'),
        h('button', { type: 'button', class: 'button secondary small-button', disabled: position === count - 1, onClick: () => onMove(1), 'aria-label': `Move ${info.name} down` }, '↓'),
        h('button', { type: 'button', class: 'button secondary small-button', onClick: onSwap, 'aria-label': `Swap ${info.name}` }, 'Swap'),
        h('button', { type: 'button', class: 'button secondary danger small-button', onClick: onRemove, 'aria-label': `Remove ${info.name}` }, 'Remove'))),
    unavailable
      ? h('p', { class: 'muted small' }, info.personal
        ? 'This exercise of yours was deleted. The player skips it; swap or remove it.'
        : 'Its pack is not installed now. The routine keeps it and the player skips it until the pack is back.')
      : null,
    excluded ? h('p', { class: 'routine-warning', 'data-code': 'excluded' }, excluded.message) : null,
    h(Warnings, { warnings }),
    h('details', { class: 'more-details item-dose', open: hasOverride(item.dose) || doseErrors ? true : undefined },
      h('summary', null, hasOverride(item.dose) ? 'Dose (changed)' : 'Dose (the exercise’s own)'),
      h('div', { class: 'details-body' },
        h('p', { class: 'field-hint' }, 'Leave a field empty for the exercise’s own dose, shown in grey.'),
        h('div', { class: 'dose-fields' },
          DOSE_NUMBERS.map(([name, text, max]) => h(DoseField, {
            key: name, id: id(name), label: text, max, value: item.dose[name], placeholder: info.defaults?.[name],
            error: err(`dose/${name}`), onValue: setDose(name),
          })),
          h('div', { class: 'field' },
            h('label', { for: id('perSide') }, 'Sides'),
            h('select', { id: id('perSide'), value: item.dose.perSide, onChange: (e) => setDose('perSide')(e.currentTarget.value) },
              PER_SIDE(info.defaults?.perSide).map(([v, t]) => h('option', { key: v, value: v }, t))))),
        h('div', { class: 'field' },
          h('label', { for: id('note') }, 'Note (optional)'),
          h('input', { id: id('note'), type: 'text', maxLength: 500, value: item.note, placeholder: 'e.g. only if it helps',
            'aria-invalid': err('note') ? 'true' : undefined, onInput: (e) => onChange({ ...item, note: e.currentTarget.value }) }),
          h(FieldMessages, { id: id('note'), error: err('note') })))));
}
