// The end of a guided session: what was done, how the stopped exercises felt, and the ten-second check-in (pain
// now and how far down the leg), saved with the session in the journal.

import { h } from 'preact';
import { label } from '../lib/labels.js';
import { CheckInFields } from './check-in-form.js';
import { FormProblem } from './form-problem.js';

const OUTCOME_TEXT = { done: 'Done', skipped: 'Skipped', stopped: 'Stopped' };

function Result({ result, onResponse, index }) {
  const stopped = result.outcome === 'stopped' || result.response === 'worse' || result.response === 'spread';
  return h('li', { class: `session-result outcome-${result.outcome}`, 'data-exercise-id': result.exerciseId },
    h('span', { class: 'done-name' }, result.name), ' — ', OUTCOME_TEXT[result.outcome] || result.outcome,
    result.notes ? h('span', { class: 'muted' }, ` (${result.notes})`) : null,
    stopped && onResponse
      ? h('fieldset', { class: 'radios responses stopped-response' },
        h('legend', null, 'What happened to the leg pain?'),
        h('div', { class: 'chips' }, [['worse', 'It got worse'], ['spread', 'It spread further down the leg']].map(([wire, text]) =>
          h('label', { key: wire, class: `chip response-${wire}` },
            h('input', { type: 'radio', name: `response-${index}`, value: wire, checked: result.response === wire, onChange: () => onResponse(wire) }),
            h('span', null, text)))))
      : result.response ? h('span', { class: `response response-${result.response}` }, label(result.response)) : null);
}

export function SessionResults({ results, onResponse }) {
  return h('ul', { class: 'session-results' }, results.map((r, i) => h(Result, {
    key: i, index: i, result: r, onResponse: r.playedIndex != null && onResponse ? (response) => onResponse(r.playedIndex, response) : null,
  })));
}

export function SessionEnd({ results, after, onAfter, errors, error, busy, onSave, onResponse }) {
  return h('div', { class: 'session-end' },
    h('h2', null, 'Well done'),
    h(SessionResults, { results, onResponse }),
    h('form', { class: 'form after-check-in', onSubmit: (e) => { e.preventDefault(); onSave(true); }, noValidate: true },
      h('h3', null, 'How is the pain now?'),
      h('p', { class: 'muted' }, 'Three taps, then Save. It is saved with the session in your journal.'),
      h(CheckInFields, { form: after, onChange: onAfter, errors, idPrefix: 'after-', errorPrefix: 'after/', short: true }),
      h(FormProblem, { error, shown: ['after/backPain', 'after/legPain', 'after/legExtent'] }),
      h('div', { class: 'form-actions sticky-actions' },
        h('button', { type: 'submit', class: 'button big', disabled: busy }, busy ? 'Saving…' : 'Save session'),
        h('button', { type: 'button', class: 'button secondary', disabled: busy, onClick: () => onSave(false) }, 'Save without check-in'))));
}
