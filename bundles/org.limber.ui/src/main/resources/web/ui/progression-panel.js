// Where the user is in the recovery phases the sources describe, and what their journal suggests. Limber only
// suggests: the user moves on (or back) themselves.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { label } from '../lib/labels.js';
import { PHASES } from '../lib/routines.js';
import { TextList } from './bits.js';
import { FormProblem, Saved } from './form-problem.js';

export function ProgressionPanel({ progression }) {
  const [current, setCurrent] = useState(progression);
  const [picked, setPicked] = useState(progression.current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const move = async (phase) => {
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const next = await putJson('/api/v1/progression', { phase });
      setCurrent(next);
      setPicked(next.current);
      setSaved(`Your phase is now: ${label(next.current)}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const suggests = current.suggested && current.suggested !== current.current;
  return h('div', { class: 'progression' },
    h('p', { class: 'phase-now' }, 'Your phase: ', h('strong', null, label(current.current))),
    suggests
      ? h('div', { class: 'note severity-info progression-suggestion' },
        h('p', null, h('strong', null, `Your journal suggests: ${label(current.suggested)}`)),
        current.reason ? h('p', null, current.reason) : null,
        current.changes?.length ? h('div', null, h('p', null, 'What that changes:'), h(TextList, { items: current.changes })) : null,
        h('button', { type: 'button', class: 'button', disabled: busy, onClick: () => move(current.suggested) },
          `Move to ${label(current.suggested).replace(/ \(.*\)$/, '').toLowerCase()}`))
      : h('p', { class: 'muted' }, current.reason || 'Nothing to suggest from your journal just now.'),
    h('details', { class: 'more-details' },
      h('summary', null, 'Set your phase yourself'),
      h('div', { class: 'details-body' },
        h('fieldset', { class: 'radios' },
          h('legend', { class: 'visually-hidden' }, 'Phase'),
          h('div', { class: 'chips' }, PHASES.map((p) => h('label', { key: p, class: 'chip' },
            h('input', { type: 'radio', name: 'phase', value: p, checked: picked === p, onChange: () => setPicked(p) }),
            h('span', null, label(p)))))),
        h('div', { class: 'form-actions' },
          h('button', { type: 'button', class: 'button secondary', disabled: busy || picked === current.current, onClick: () => move(picked) }, 'Set phase')))),
    h(FormProblem, { error }),
    h(Saved, { text: saved }));
}
