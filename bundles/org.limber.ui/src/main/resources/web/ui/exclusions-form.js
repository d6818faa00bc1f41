// The user's standing limits ("no kneeling", "nothing face down"...): routines warn about exercises they rule out,
// and the routine editor's picker marks them.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { EXCLUSIONS } from '../lib/routines.js';
import { FormProblem, Saved } from './form-problem.js';

export function ExclusionsForm({ exclusions }) {
  const [chosen, setChosen] = useState(exclusions || []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const toggle = (wire, on) => { setSaved(''); setChosen(on ? [...chosen.filter((x) => x !== wire), wire] : chosen.filter((x) => x !== wire)); };
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await putJson('/api/v1/exclusions', { exclusions: EXCLUSIONS.map(([w]) => w).filter((w) => chosen.includes(w)) });
      setChosen(answer.exclusions || []);
      setSaved('Limits saved.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'form exclusions-form', onSubmit: submit, noValidate: true },
    h('fieldset', null,
      h('legend', null, 'What you avoid'),
      h('ul', { class: 'exclusion-list' }, EXCLUSIONS.map(([wire, text, hint]) => h('li', { key: wire },
        h('label', { class: 'check exclusion', for: `exclusion-${wire}` },
          h('input', { id: `exclusion-${wire}`, type: 'checkbox', name: 'exclusions', value: wire, checked: chosen.includes(wire), onChange: (e) => toggle(wire, e.currentTarget.checked) }),
          h('span', null, text, h('span', { class: 'exclusion-hint' }, hint))))))),
    h(FormProblem, { error, shown: [] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Saving…' : 'Save limits'),
      h(Saved, { text: saved })));
}
