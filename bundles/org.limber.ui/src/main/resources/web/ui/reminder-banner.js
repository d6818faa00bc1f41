// Reminders that arrive while Limber is open: a banner at the top of every page with Start and Snooze. Listens
// to the event stream only while someone is signed in, and opens it again when who is signed in changes.

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson, postJson } from '../lib/api.js';
import { restartStream, subscribe } from '../lib/events.js';
import { clearAlerts, dismiss, openLink, receive, useReminderAlerts } from '../lib/reminder-alerts.js';
import { time } from '../lib/dates.js';
import { reminderPath, routineIdOf } from '../lib/routines.js';
import { useSession } from '../lib/session.js';
import { Icon } from './icons.js';

const DEFAULT_SNOOZE = 10;

function useSnoozeMinutes(wanted) {
  const [minutes, setMinutes] = useState(DEFAULT_SNOOZE);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    getJson('/api/v1/reminders/preferences').then((p) => { if (live && p?.snoozeMinutes) setMinutes(p.snoozeMinutes); }, () => {});
    return () => { live = false; };
  }, [wanted]);
  return minutes;
}

function Reminder({ reminder, snoozeMinutes }) {
  const [state, setState] = useState({ busy: false, message: '' });
  const routineId = routineIdOf(reminder.link);
  const snooze = async () => {
    setState({ busy: true, message: '' });
    try {
      const answer = await postJson(reminderPath(routineId, 'snooze'), { minutes: snoozeMinutes });
      const next = [answer?.upcoming].flat().find((u) => u?.routineId === routineId);
      setState({ busy: false, done: true, message: next ? `Snoozed until ${time(next.at)}.` : `Snoozed for ${snoozeMinutes} minutes.` });
    } catch (e) {
      setState({ busy: false, message: `Could not snooze: ${e.title}` });
    }
  };
  const start = () => { dismiss(reminder.deliveryId); openLink(reminder.link); };
  return h('div', { class: 'reminder-alert', role: 'status', 'data-delivery-id': reminder.deliveryId },
    h('p', { class: 'reminder-text' }, h(Icon, { name: 'bell' }), reminder.text || 'Time for your routine'),
    state.message ? h('p', { class: 'small reminder-message' }, state.message) : null,
    h('div', { class: 'form-actions' },
      state.done ? null : h('button', { type: 'button', class: 'button', onClick: start }, 'Start'),
      state.done || routineId == null ? null
        : h('button', { type: 'button', class: 'button secondary', disabled: state.busy, onClick: snooze }, `Snooze ${snoozeMinutes} min`),
      h('button', { type: 'button', class: 'link-button', onClick: () => dismiss(reminder.deliveryId) }, state.done ? 'Close' : 'Dismiss')));
}

export function ReminderBanner() {
  const { session } = useSession();
  const userId = session?.authenticated ? session.user?.id ?? null : null;
  const known = session !== null && session !== undefined;
  const previous = useRef(undefined);
  const alerts = useReminderAlerts();
  const snoozeMinutes = useSnoozeMinutes(alerts.length > 0 && userId != null);

  useEffect(() => {
    if (!known) return;
    if (previous.current !== undefined && previous.current !== userId) {
      clearAlerts();
      restartStream();
    }
    previous.current = userId;
  }, [known, userId]);
  useEffect(() => (userId == null ? undefined : subscribe('reminder', receive)), [userId]);

  if (userId == null || !alerts.length) return null;
  return h('div', { class: 'reminder-banner', 'aria-label': 'Reminders' },
    alerts.map((r) => h(Reminder, { key: r.deliveryId, reminder: r, snoozeMinutes })));
}
