// Every reminder sent, newest first: through which channel, whether it arrived, and each attempt with its outcome.
// A reminder whose channel is not installed waits, and says so.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { dateTime } from '../lib/dates.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';

const LIMIT = 50;

const STATUS = {
  pending: ['Pending', 'warn'],
  retrying: ['Retrying', 'warn'],
  delivered: ['Delivered', ''],
  failed: ['Failed', 'danger'],
};

function Status({ delivery: d }) {
  if (d.waiting) return h('span', { class: 'badge warn' }, 'Waiting');
  const [text, tone] = STATUS[d.status] || [d.status, ''];
  return h('span', { class: `badge ${tone}`.trim() }, text);
}

function Delivery({ delivery: d }) {
  return h('li', { class: `card delivery status-${d.status}${d.waiting ? ' waiting' : ''}`, 'data-delivery-id': d.id },
    h('div', { class: 'card-body' },
      h('div', { class: 'entry-head' },
        h('h3', null, h('span', { class: 'entry-time' }, dateTime(d.dueAt)), ' ', d.routineName || `Routine ${d.routineId}`),
        h(Status, { delivery: d })),
      h('p', { class: 'meta' }, h('span', null, `Through ${d.channelId}`),
        h('span', null, d.attempts === 1 ? '1 attempt' : `${d.attempts} attempts`)),
      d.waiting ? h('p', { class: 'waiting-note' }, `The channel “${d.channelId}” is not installed now. This reminder waits and is sent when it is back.`) : null,
      d.status === 'retrying' && d.nextAttemptAt ? h('p', { class: 'small' }, `Next attempt: ${dateTime(d.nextAttemptAt)}`) : null,
      d.lastError && d.status !== 'delivered' ? h('p', { class: 'small' }, `Last problem: ${d.lastError}`) : null,
      d.attemptLog?.length
        ? h('details', { class: 'attempts' },
          h('summary', null, 'Attempts'),
          h('ol', { class: 'attempt-list' }, d.attemptLog.map((a, i) => h('li', { key: i, class: `attempt outcome-${a.outcome}` },
            h('span', { class: 'entry-time' }, dateTime(a.at)), ' — ', h('strong', null, a.outcome),
            a.detail ? `: ${a.detail}` : '', h('span', { class: 'muted' }, ` (${a.durationMillis} ms)`)))))
        : null));
}

export function DeliveryLogPage() {
  useTitle('Delivery log');
  const log = useResource((signal) => getJson(`/api/v1/reminders/deliveries?limit=${LIMIT}`, { signal }), [], { refreshOn: [] });
  return h('div', { class: 'page delivery-log-page' },
    h('p', { class: 'back' }, h('a', { href: '/reminders' }, '← Reminders')),
    h('h1', null, 'Delivery log'),
    h('div', { class: 'page-actions' }, h('button', { type: 'button', class: 'button secondary', onClick: log.retry }, 'Refresh')),
    h(Resource, { resource: log, what: 'the delivery log' }, (data) => (data.deliveries?.length
      ? h('ol', { class: 'entries deliveries' }, data.deliveries.map((d) => h(Delivery, { key: d.id, delivery: d })))
      : h('p', { class: 'empty' }, 'No reminder has been sent yet.'))),
    h('p', { class: 'muted small' }, `The latest ${LIMIT} reminders.`));
}
