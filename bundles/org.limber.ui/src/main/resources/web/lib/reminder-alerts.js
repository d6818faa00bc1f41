// Reminders that reach this tab over the shared event stream (the `reminder` event of the browser channel): kept
// for the in-page banner until the user starts, snoozes or dismisses them, and shown as a system notification
// when the user allowed them. A reminder that reaches several tabs shows one notification (same tag).

import { useEffect, useState } from 'preact/hooks';
import { navigate } from './router.js';

let alerts = [];
const listeners = new Set();

function publish(next) {
  alerts = next;
  for (const fn of [...listeners]) fn(alerts);
}

/**
 * Goes to the page a reminder links to, in this tab. The link is made for every channel from the configured public
 * address, which may name another host or port than the one this tab uses: only its path counts here.
 */
export function openLink(link) {
  let url;
  try { url = new URL(link || '/routines', location.href); } catch { url = new URL('/routines', location.href); }
  const inApp = !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/app/');
  navigate(inApp ? url.pathname + url.search + url.hash : '/routines');
}

export function dismiss(deliveryId) {
  publish(alerts.filter((a) => a.deliveryId !== deliveryId));
}

export function clearAlerts() {
  if (alerts.length) publish([]);
}

function notify(reminder) {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  try {
    const notification = new Notification(reminder.title || 'Limber', {
      body: reminder.text || '', tag: `limber-reminder-${reminder.deliveryId}`, icon: '/app/icon.svg',
    });
    notification.addEventListener('click', () => {
      window.focus();
      openLink(reminder.link);
      dismiss(reminder.deliveryId);
      notification.close();
    });
  } catch {
    // Some mobile browsers show notifications only through a service worker; the banner still shows it.
  }
}

/** Handles one `reminder` event's data: { deliveryId, title, text, link, dueAt }. */
export function receive(reminder) {
  if (!reminder || typeof reminder !== 'object') return;
  if (alerts.some((a) => a.deliveryId === reminder.deliveryId)) return;
  publish([...alerts, reminder]);
  notify(reminder);
}

export function useReminderAlerts() {
  const [current, setCurrent] = useState(alerts);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(alerts);
    return () => listeners.delete(setCurrent);
  }, []);
  return current;
}
