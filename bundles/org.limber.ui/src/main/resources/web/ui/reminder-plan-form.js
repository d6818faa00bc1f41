// The reminders of one routine: the times of day, the channels to remind through, on or off, and the next ones.
// A channel a plan names that is not installed now keeps its reminders waiting until it is back.

import { h } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { dateTime } from '../lib/dates.js';
import { fieldErrors } from '../lib/fields.js';
import { daysText, reminderPath } from '../lib/routines.js';
import { FieldMessages, Toggle } from './field.js';
import { FormProblem, Saved } from './form-problem.js';
import { editHref } from './routine-card.js';

const MAX_TIMES = 12;

function ChannelChoice({ channel, checked, onValue, prefix }) {
  const id = `${prefix}-channel-${channel.id}`;
  let note = null;
  if (!channel.installed) note = 'not installed — its reminders wait';
  else if (!channel.ready) note = 'set your address below first';
  return h('label', { class: `chip toggle channel-choice${channel.installed ? '' : ' not-installed'}`, for: id },
    h('input', { id, type: 'checkbox', name: `${prefix}-channels`, value: channel.id, checked, onChange: (e) => onValue(e.currentTarget.checked) }),
    h('span', null, channel.label || channel.id, note ? h('span', { class: 'channel-note' }, ` (${note})`) : null));
}

export function ReminderPlanForm({ routine, plan, channels, upcoming }) {
  const keys = useRef(1);
  const prefix = `plan${routine.id}`;
  const [times, setTimes] = useState(() => (plan?.times || []).map((value) => ({ key: keys.current++, value })));
  const [channelIds, setChannelIds] = useState(plan?.channelIds || []);
  const [enabled, setEnabled] = useState(plan ? plan.enabled : true);
  const [next, setNext] = useState(upcoming || []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };
  // Channels named by the plan but unknown now still show, so the user sees them waiting.
  const shown = [...channels, ...channelIds.filter((c) => !channels.some((x) => x.id === c)).map((id) => ({ id, label: id, installed: false, ready: false }))];

  const change = (fn) => (...args) => { setSaved(''); fn(...args); };
  const toggleChannel = change((id, on) => setChannelIds(on ? [...channelIds.filter((c) => c !== id), id] : channelIds.filter((c) => c !== id)));
  const submit = async (event) => {
    event.preventDefault();
    const values = times.map((t) => t.value).filter(Boolean);
    if (times.some((t) => !t.value)) {
      setError({ title: 'A time is empty', detail: 'Fill in each time or remove it.', errors: [], local: { times: 'Fill in each time or remove it.' } });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await putJson(reminderPath(routine.id),
        { times: [...new Set(values)].sort(), channelIds, enabled });
      setTimes((answer.plan?.times || values).map((value) => ({ key: keys.current++, value })));
      setNext((answer.upcoming || []).filter((u) => u.routineId === routine.id));
      setSaved('Reminders saved.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return h('form', { class: 'card reminder-plan', id: `routine-${routine.id}`, 'data-routine-id': routine.id, onSubmit: submit, noValidate: true },
    h('div', { class: 'card-body' },
      h('div', { class: 'plan-head' },
        h('h3', null, routine.name),
        h(Toggle, { id: `${prefix}-enabled`, label: enabled ? 'Reminders on' : 'Reminders off', checked: enabled, onValue: change(setEnabled) })),
      h('p', { class: 'meta' }, `On: ${daysText(routine.days)}. `, h('a', { href: editHref(routine.id) }, 'Change the days')),
      !routine.days?.length ? h('p', { class: 'callout small' }, 'This routine has no planned days, so no reminder comes. Choose its days first.') : null,
      h('fieldset', { class: 'times', 'aria-describedby': errors.times ? `${prefix}-times-error` : undefined },
        h('legend', null, 'Times'),
        times.length
          ? h('ul', { class: 'time-list' }, times.map((t, i) => h('li', { key: t.key },
            h('label', { class: 'visually-hidden', for: `${prefix}-time-${t.key}` }, `Time ${i + 1}`),
            h('input', { id: `${prefix}-time-${t.key}`, type: 'time', value: t.value, required: true,
              'aria-invalid': errors[`times/${i}`] ? 'true' : undefined,
              onInput: change((e) => { const value = e.currentTarget.value; setTimes((list) => list.map((x) => (x.key === t.key ? { ...x, value } : x))); }) }),
            h('button', { type: 'button', class: 'link-button', onClick: change(() => setTimes(times.filter((x) => x.key !== t.key))), 'aria-label': `Remove time ${i + 1}` }, 'Remove'),
            errors[`times/${i}`] ? h('p', { class: 'field-error' }, errors[`times/${i}`]) : null)))
          : h('p', { class: 'muted small' }, 'No times yet.'),
        times.length < MAX_TIMES
          ? h('button', { type: 'button', class: 'button secondary small-button add-time', onClick: change(() => setTimes([...times, { key: keys.current++, value: '' }])) }, '+ Add a time')
          : null,
        h(FieldMessages, { id: `${prefix}-times`, error: errors.times })),
      h('fieldset', { class: 'channels', 'aria-describedby': errors.channelIds ? `${prefix}-channels-error` : undefined },
        h('legend', null, 'Remind me through'),
        shown.length
          ? h('div', { class: 'chips' }, shown.map((c) => h(ChannelChoice, { key: c.id, channel: c, prefix, checked: channelIds.includes(c.id), onValue: (on) => toggleChannel(c.id, on) })))
          : h('p', { class: 'muted small' }, 'No reminder channel is installed. Ask your administrator to install one.'),
        h(FieldMessages, { id: `${prefix}-channels`, error: errors.channelIds })),
      next.length
        ? h('div', { class: 'upcoming' }, h('p', { class: 'field-label' }, 'Next reminders'),
          h('ul', { class: 'upcoming-list' }, next.slice(0, 3).map((u, i) => h('li', { key: i }, dateTime(u.at), u.snoozed ? h('span', { class: 'badge' }, 'Snoozed') : null))))
        : null,
      h(FormProblem, { error, shown: ['times', 'channelIds', ...times.map((_, i) => `times/${i}`)] }),
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Saving…' : 'Save reminders'),
        h(Saved, { text: saved }))));
}
