// The user's plan: sessions per week, planned rest days and the time zone days are counted in.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { browserTimeZone } from '../lib/dates.js';
import { SelectField, TextField } from './field.js';
import { FormProblem, Saved } from './form-problem.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const dayName = (d) => d.charAt(0).toUpperCase() + d.slice(1);

function timeZones(current) {
  let zones = [];
  try { zones = Intl.supportedValuesOf('timeZone'); } catch { zones = []; }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return zones.map((z) => [z, z.replaceAll('_', ' ')]);
}

export function PlanForm({ plan }) {
  const [perWeek, setPerWeek] = useState(String(plan?.sessionsPerWeek ?? 5));
  const [rest, setRest] = useState(plan?.restDays || []);
  const [zone, setZone] = useState(plan?.timeZone || browserTimeZone());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = fieldErrors(error);
  const device = browserTimeZone();

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      await putJson('/api/v1/journal/plan', { sessionsPerWeek: perWeek === '' ? null : Number(perWeek), restDays: WEEKDAYS.filter((d) => rest.includes(d)), timeZone: zone });
      setSaved('Plan saved.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (day, on) => setRest(on ? [...rest.filter((d) => d !== day), day] : rest.filter((d) => d !== day));

  return h('form', { class: 'form', onSubmit: submit, noValidate: true },
    h(TextField, { id: 'sessionsPerWeek', label: 'Sessions per week', type: 'number', inputmode: 'numeric', min: 0, max: 21, value: perWeek, onValue: setPerWeek, error: errors.sessionsPerWeek, hint: 'Most sources suggest gentle stretching daily; strength work 2–3 times a week.' }),
    h('fieldset', { class: 'weekdays', 'aria-describedby': errors.restDays ? 'restDays-error' : undefined },
      h('legend', null, 'Planned rest days'),
      h('div', { class: 'chips' }, WEEKDAYS.map((d) => h('label', { key: d, class: 'chip' },
        h('input', { type: 'checkbox', name: 'restDays', value: d, checked: rest.includes(d), onChange: (e) => toggle(d, e.currentTarget.checked) }),
        h('span', null, dayName(d))))),
      errors.restDays ? h('p', { class: 'field-error', id: 'restDays-error' }, errors.restDays) : null),
    h(SelectField, { id: 'timeZone', label: 'Time zone', value: zone, onValue: setZone, options: timeZones(zone), error: errors.timeZone, hint: 'Days and weeks are counted in this time zone.' }),
    zone !== device
      ? h('p', { class: 'small' }, h('button', { type: 'button', class: 'link-button', onClick: () => setZone(device) }, `Use this device’s time zone (${device.replaceAll('_', ' ')})`))
      : null,
    h(FormProblem, { error, shown: ['sessionsPerWeek', 'restDays', 'timeZone'] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Saving…' : 'Save plan'),
      h(Saved, { text: saved })));
}
