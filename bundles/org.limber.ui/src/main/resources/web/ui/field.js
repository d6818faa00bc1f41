// Labelled form fields. A field's error from the server shows right under it, and the input says it is invalid.

import { h } from 'preact';

const described = (id, hint, error) => [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function FieldMessages({ id, hint, error }) {
  return [
    hint ? h('p', { id: `${id}-hint`, class: 'field-hint', key: 'hint' }, hint) : null,
    error ? h('p', { id: `${id}-error`, class: 'field-error', key: 'error' }, error) : null,
  ];
}

/** A text-like input: text, password, number, datetime-local... */
export function TextField({ id, label, hint, error, value, onValue, type = 'text', className, ...rest }) {
  return h('div', { class: `field ${className || ''}`.trim() },
    h('label', { for: id }, label),
    h('input', {
      id, name: id, type, value: value ?? '',
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': described(id, hint, error),
      onInput: (e) => onValue(e.currentTarget.value),
      ...rest,
    }),
    h(FieldMessages, { id, hint, error }));
}

export function TextArea({ id, label, hint, error, value, onValue, rows = 3, ...rest }) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('textarea', {
      id, name: id, rows, value: value ?? '',
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': described(id, hint, error),
      onInput: (e) => onValue(e.currentTarget.value),
      ...rest,
    }),
    h(FieldMessages, { id, hint, error }));
}

export function SelectField({ id, label, hint, error, value, onValue, options, ...rest }) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('select', {
      id, name: id, value: value ?? '',
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': described(id, hint, error),
      onChange: (e) => onValue(e.currentTarget.value),
      ...rest,
    }, options.map(([v, text]) => h('option', { key: v, value: v }, text))),
    h(FieldMessages, { id, hint, error }));
}

/** A checkbox shown as a tappable chip. */
export function Toggle({ id, label, checked, onValue, className }) {
  return h('label', { class: `chip toggle ${className || ''}`.trim(), for: id },
    h('input', { id, name: id, type: 'checkbox', checked: !!checked, onChange: (e) => onValue(e.currentTarget.checked) }),
    h('span', null, label));
}
