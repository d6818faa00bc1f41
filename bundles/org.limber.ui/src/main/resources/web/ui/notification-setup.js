// Whether this browser may show reminder notifications, and a button to ask for permission. Notifications (and
// keeping the screen awake in the player) need a secure context: HTTPS, or localhost on the same computer.

import { h } from 'preact';
import { useState } from 'preact/hooks';

const permissionNow = () => ('Notification' in window ? Notification.permission : 'unsupported');

export function NotificationSetup() {
  const [permission, setPermission] = useState(permissionNow);
  const [asking, setAsking] = useState(false);
  if (!window.isSecureContext) {
    return h('div', { class: 'callout insecure-note', role: 'note' },
      h('p', null, h('strong', null, 'Notifications and keeping the screen awake need HTTPS or localhost.')),
      h('p', null, 'This page was opened over plain HTTP, so the browser does not allow them. Reminders still show inside open Limber tabs; for notifications, open Limber over HTTPS (your administrator can set it up) or on this computer at localhost.'));
  }
  if (permission === 'unsupported') {
    return h('p', { class: 'muted' }, 'This browser cannot show notifications. Reminders still show inside open Limber tabs.');
  }
  const ask = async () => {
    setAsking(true);
    try {
      setPermission(await Notification.requestPermission());
    } catch {
      setPermission(permissionNow());
    } finally {
      setAsking(false);
    }
  };
  return h('div', { class: 'notification-setup' },
    permission === 'granted'
      ? h('p', { class: 'saved notification-state' }, 'Notifications are on in this browser: reminders show even while you use another tab.')
      : permission === 'denied'
        ? h('p', { class: 'notification-state' }, 'This browser blocks Limber’s notifications. To allow them, change the site’s permissions in the browser’s settings (the icon left of the address).')
        : h('p', { class: 'notification-state' }, 'Reminders show inside open Limber tabs. Allow notifications to see them while you use another tab too.'),
    permission === 'default'
      ? h('button', { type: 'button', class: 'button', disabled: asking, onClick: ask }, asking ? 'Asking…' : 'Allow notifications')
      : null);
}
