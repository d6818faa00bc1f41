// A check-in reported warning signs: says at once, at the top of every signed-in page, that this needs urgent
// medical attention, until the user presses "I understand". Limber names what was reported; it never diagnoses.

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { acknowledge } from '../lib/red-flags.js';
import { checkInFlags, loadSafety } from '../lib/safety.js';
import { dateTime } from '../lib/dates.js';
import { FormProblem } from './form-problem.js';

function useCheckInFlags() {
  const [flags, setFlags] = useState([]);
  useEffect(() => {
    let live = true;
    loadSafety().then((s) => { if (live) setFlags(checkInFlags(s)); }, () => {});
    return () => { live = false; };
  }, []);
  return flags;
}

export function RedFlagAlert({ checkIn, focus = false }) {
  const flags = useCheckInFlags();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const box = useRef(null);
  useEffect(() => {
    if (focus && box.current) {
      box.current.focus({ preventScroll: true });
      box.current.scrollIntoView({ block: 'start' });
    }
  }, [focus, checkIn.id]);

  const reported = checkIn.redFlags.map((id) => flags.find((f) => f.id === id) || { id, title: id, urgency: 'urgent' });
  const emergency = reported.some((f) => f.urgency === 'emergency');
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await acknowledge(checkIn);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return h('section', {
    class: `red-flag-alert ${emergency ? 'emergency' : 'urgent'}`, role: 'alert', tabindex: '-1', ref: box,
    'aria-labelledby': `red-flag-title-${checkIn.id}`,
  },
  h('h2', { id: `red-flag-title-${checkIn.id}` },
    h('span', { class: 'stop-icon', 'aria-hidden': 'true' }, '!'),
    'This needs urgent medical attention'),
  emergency
    ? h('p', { class: 'red-flag-action' }, 'Call your local emergency number (for example 999, 112 or 911) or go to A&E, the emergency department, now.')
    : h('p', { class: 'red-flag-action' }, 'Contact a doctor or an urgent care service today.'),
  h('p', null, `In your check-in of ${dateTime(checkIn.at)} you reported:`),
  h('ul', { class: 'red-flag-list' }, reported.map((f) =>
    h('li', { key: f.id }, f.title, f.urgency === 'emergency' ? h('span', { class: 'badge danger' }, 'Emergency') : h('span', { class: 'badge warn' }, 'Urgent')))),
  emergency && reported.some((f) => f.urgency === 'urgent')
    ? h('p', null, 'The other signs you reported also need a doctor today.') : null,
  h('p', { class: 'small' }, 'Limber cannot tell what causes these signs; only a health professional can. Pressing “I understand” records that you have read this; it does not replace getting help. ',
    h('a', { href: '/safety' }, 'More about these warning signs'), '.'),
  h(FormProblem, { error }),
  h('button', { type: 'button', class: 'button danger', disabled: busy, onClick: confirm }, busy ? 'Saving…' : 'I understand'));
}
