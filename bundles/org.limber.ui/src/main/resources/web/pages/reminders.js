// Reminders: per routine its times and channels; when reminders may come; where each channel reaches the user;
// browser notifications; the calendar feed; and a link to the delivery log.

import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { getJson } from '../lib/api.js';
import { useResource } from '../lib/use-resource.js';
import { Section, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { NotificationSetup } from '../ui/notification-setup.js';
import { ReminderPlanForm } from '../ui/reminder-plan-form.js';
import { ReminderPreferences } from '../ui/reminder-preferences.js';
import { ChannelAddresses } from '../ui/channel-addresses.js';
import { CalendarFeed } from '../ui/calendar-feed.js';

async function loadReminders(signal) {
  const [reminders, routines, addresses, calendar] = await Promise.all([
    getJson('/api/v1/reminders', { signal }),
    getJson('/api/v1/routines', { signal }),
    getJson('/api/v1/reminders/addresses', { signal }),
    getJson('/api/v1/reminders/calendar', { signal }),
  ]);
  return { ...reminders, routines: routines.routines || [], addresses: addresses.addresses || [], calendar };
}

function Plans({ data }) {
  if (!data.routines.length) {
    return h('p', { class: 'empty' }, 'You have no routines yet. ', h('a', { href: '/routines' }, 'Make or pick one'), ', then choose when to be reminded.');
  }
  return h('div', { class: 'reminder-plans' }, data.routines.map((r) => h(ReminderPlanForm, {
    key: r.id, routine: r, plan: (data.plans || []).find((p) => p.routineId === r.id) || null, channels: data.channels || [],
    upcoming: (data.upcoming || []).filter((u) => u.routineId === r.id),
  })));
}

function Reminders({ data, session, reload }) {
  // Arriving from "Set reminders" of one routine: show that routine's form.
  useEffect(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, []);
  return h('div', null,
    h(Section, { title: 'Your routines', id: 'plans' }, h(Plans, { data })),
    h(Section, { title: 'In this browser', id: 'browser' }, h(NotificationSetup, null)),
    h(Section, { title: 'When reminders may come', id: 'preferences' },
      h(ReminderPreferences, { preferences: data.preferences || {}, userId: session.user.id })),
    h(Section, { title: 'Where reminders reach you', id: 'channels' },
      h(ChannelAddresses, { channels: data.channels || [], addresses: data.addresses, onChanged: reload })),
    h(Section, { title: 'Calendar', id: 'calendar' }, h(CalendarFeed, { active: !!data.calendar?.active })),
    h('p', null, h('a', { href: '/reminders/log' }, 'Delivery log: every reminder sent and each attempt')));
}

export function RemindersPage({ session }) {
  useTitle('Reminders');
  const reminders = useResource(loadReminders, [], { refreshOn: [] });
  return h('div', { class: 'page reminders-page' },
    h('p', { class: 'back' }, h('a', { href: '/routines' }, '← Routines')),
    h('h1', null, 'Reminders'),
    h('p', { class: 'lead' }, 'Choose when each routine reminds you, and how. Reminders say only “Time for your evening routine” unless you choose otherwise.'),
    h(Resource, { resource: reminders, what: 'your reminders' }, (data) => h(Reminders, { data, session, reload: reminders.retry })));
}
