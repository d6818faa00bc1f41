// A failed form submission: the problem's title and detail, and field errors no field of the form shows.

import { h } from 'preact';
import { otherErrors } from '../lib/fields.js';

export function FormProblem({ error, shown = [] }) {
  if (!error) return null;
  const rest = otherErrors(error, shown);
  let detail = error.detail;
  if (error.status === 429 && error.retryAfter) {
    detail = `${detail ? `${detail} ` : ''}Try again in ${error.retryAfter} seconds.`;
  }
  return h('div', { class: 'form-problem', role: 'alert' },
    h('p', { class: 'form-problem-title' }, error.title || 'That did not work'),
    detail ? h('p', null, detail) : null,
    rest.length ? h('ul', null, rest.map((e) => h('li', { key: e.key }, `${e.key}: ${e.message}`))) : null);
}

/** A short polite confirmation after a form was saved. */
export function Saved({ text }) {
  return h('p', { class: 'saved', role: 'status' }, text || '');
}
