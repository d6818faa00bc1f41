// A calendar feed of the user's reminder times, for phone calendars: a secret link, shown once when created. It
// reveals routine names and times only, and can be revoked (or replaced) at any time.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { deleteJson, postJson } from '../lib/api.js';
import { FormProblem } from './form-problem.js';

function CopyLink({ url }) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied.');
    } catch {
      document.getElementById('calendar-url')?.select();
      setCopied('Select the link and copy it.');
    }
  };
  return h('div', { class: 'calendar-link' },
    h('label', { for: 'calendar-url' }, 'Your calendar link'),
    h('div', { class: 'copy-row' },
      h('input', { id: 'calendar-url', type: 'text', readOnly: true, value: url, onFocus: (e) => e.currentTarget.select() }),
      h('button', { type: 'button', class: 'button secondary', onClick: copy }, 'Copy')),
    h('p', { class: 'saved', role: 'status' }, copied),
    h('p', { class: 'field-hint' }, 'Add it to your calendar app as a subscription. It is shown only now: keep it private, since anyone with it can see your routine names and times.'));
}

export function CalendarFeed({ active: initiallyActive }) {
  const [active, setActive] = useState(initiallyActive);
  const [url, setUrl] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await postJson('/api/v1/reminders/calendar');
      setUrl(new URL(answer.url, location.origin).href);
      setActive(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteJson('/api/v1/reminders/calendar');
      setUrl(null);
      setActive(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('div', { class: 'calendar-feed' },
    url ? h(CopyLink, { url }) : null,
    !url && active ? h('p', null, 'A calendar link is active. Its address was shown once when it was made; make a new one if you need it again (the old one then stops working).') : null,
    !active ? h('p', { class: 'muted' }, 'No calendar link. Make one to see your reminder times in your phone’s calendar.') : null,
    h(FormProblem, { error }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button secondary', disabled: busy, onClick: create }, active ? 'Make a new link' : 'Make a calendar link'),
      active ? h('button', { type: 'button', class: 'button secondary danger', disabled: busy, onClick: revoke }, 'Revoke the link') : null));
}
