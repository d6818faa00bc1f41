// When reminders may come: time zone, quiet hours, a daily cap, the snooze delay, and whether their text may name
// the exercises. Stored as UTC while the user never chose a zone: then the device's zone is offered, never set
// silently.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { browserTimeZone } from '../lib/dates.js';
import { fieldErrors } from '../lib/fields.js';
import { timeZoneOptions, zoneName } from '../lib/time-zones.js';
import { SelectField, TextField } from './field.js';
import { FormProblem, Saved } from './form-problem.js';

const KEEP_UTC_KEY = 'limber.reminders.keepUtc';

function keptUtc(userId) {
  try { return localStorage.getItem(`${KEEP_UTC_KEY}.${userId}`) === 'true'; } catch { return false; }
}

function keepUtc(userId) {
  try { localStorage.setItem(`${KEEP_UTC_KEY}.${userId}`, 'true'); } catch { /* asked again next time */ }
}

const text = (v) => (v == null ? '' : String(v));

function ZoneQuestion({ device, onUse, onKeep, busy }) {
  return h('div', { class: 'callout zone-question', role: 'group', 'aria-labelledby': 'zone-question-text' },
    h('p', { id: 'zone-question-text' }, `Your reminders follow UTC. This device is set to ${zoneName(device)}. Should reminders follow ${zoneName(device)}?`),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', disabled: busy, onClick: onUse }, `Use ${zoneName(device)}`),
      h('button', { type: 'button', class: 'button secondary', onClick: onKeep }, 'Keep UTC')));
}

export function ReminderPreferences({ preferences, userId }) {
  const [form, setForm] = useState(() => ({
    timeZone: preferences.timeZone || 'UTC', quietFrom: text(preferences.quietFrom), quietUntil: text(preferences.quietUntil),
    dailyCap: text(preferences.dailyCap), snoozeMinutes: text(preferences.snoozeMinutes ?? 10), detailedText: !!preferences.detailedText,
  }));
  const [storedZone, setStoredZone] = useState(preferences.timeZone || 'UTC');
  const [asked, setAsked] = useState(() => keptUtc(userId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };
  const device = browserTimeZone();
  const set = (name) => (value) => { setSaved(''); setForm((f) => ({ ...f, [name]: value })); };

  const save = async (values) => {
    const local = {};
    if (!values.quietFrom !== !values.quietUntil) local[values.quietFrom ? 'quietUntil' : 'quietFrom'] = 'Give both ends of the quiet hours, or neither.';
    if (Object.keys(local).length) { setError({ title: 'Quiet hours need a start and an end', detail: '', errors: [], local }); return; }
    setBusy(true);
    setError(null);
    try {
      const answer = await putJson('/api/v1/reminders/preferences', {
        timeZone: values.timeZone, quietFrom: values.quietFrom || null, quietUntil: values.quietUntil || null,
        dailyCap: values.dailyCap === '' ? null : Number(values.dailyCap),
        snoozeMinutes: values.snoozeMinutes === '' ? null : Number(values.snoozeMinutes), detailedText: values.detailedText,
      });
      setStoredZone(answer.timeZone);
      setForm((f) => ({ ...f, timeZone: answer.timeZone }));
      setSaved('Preferences saved.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event) => { event.preventDefault(); save(form); };
  const useDevice = () => { setAsked(true); const next = { ...form, timeZone: device }; setForm(next); save(next); };

  return h('div', null,
    storedZone === 'UTC' && device !== 'UTC' && !asked
      ? h(ZoneQuestion, { device, busy, onUse: useDevice, onKeep: () => { keepUtc(userId); setAsked(true); } })
      : null,
    h('form', { class: 'form reminder-preferences', onSubmit: submit, noValidate: true },
      h(SelectField, { id: 'pref-timeZone', label: 'Time zone', value: form.timeZone, onValue: set('timeZone'), options: timeZoneOptions(form.timeZone), error: errors.timeZone,
        hint: 'Reminders come at their times in this zone, also across daylight-saving changes.' }),
      h('fieldset', { class: 'quiet-hours' },
        h('legend', null, 'Quiet hours (optional)'),
        h('div', { class: 'two-columns' },
          h(TextField, { id: 'pref-quietFrom', label: 'From', type: 'time', value: form.quietFrom, onValue: set('quietFrom'), error: errors.quietFrom }),
          h(TextField, { id: 'pref-quietUntil', label: 'Until', type: 'time', value: form.quietUntil, onValue: set('quietUntil'), error: errors.quietUntil })),
        h('p', { class: 'field-hint' }, 'A reminder due in quiet hours comes when they end.')),
      h('div', { class: 'two-columns' },
        h(TextField, { id: 'pref-dailyCap', label: 'At most this many reminders a day (optional)', type: 'number', inputmode: 'numeric', min: 1, max: 50, value: form.dailyCap, onValue: set('dailyCap'), error: errors.dailyCap }),
        h(TextField, { id: 'pref-snoozeMinutes', label: 'Snooze for (minutes)', type: 'number', inputmode: 'numeric', min: 5, max: 240, value: form.snoozeMinutes, onValue: set('snoozeMinutes'), error: errors.snoozeMinutes })),
      h('div', { class: 'field' },
        h('label', { class: 'check detailed-text', for: 'pref-detailedText' },
          h('input', { id: 'pref-detailedText', type: 'checkbox', checked: form.detailedText, onChange: (e) => set('detailedText')(e.currentTarget.checked) }),
          h('span', null, 'Show exercise names in reminders')),
        h('p', { class: 'field-hint' }, 'Off by default: reminders say only “Time for your evening routine”. They appear on lock screens and pass through other servers (mail, push services), so names of exercises would too.')),
      h(FormProblem, { error, shown: ['timeZone', 'quietFrom', 'quietUntil', 'dailyCap', 'snoozeMinutes'] }),
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Saving…' : 'Save preferences'),
        h(Saved, { text: saved }))));
}
