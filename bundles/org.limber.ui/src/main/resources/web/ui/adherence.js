// Sessions this week against the plan, and streaks (planned rest days and flare-up days do not break them).

import { h } from 'preact';

const days = (n) => `${n} day${n === 1 ? '' : 's'}`;

export function Adherence({ adherence: a }) {
  if (!a) return null;
  const tiles = [
    ['This week', a.plannedPerWeek ? `${a.sessionsThisWeek} of ${a.plannedPerWeek}` : String(a.sessionsThisWeek), 'sessions'],
    ['Current streak', days(a.currentStreakDays), 'rest and flare days count'],
    ['Longest streak', days(a.longestStreakDays), ''],
    ['Last 28 days', String(a.sessionsLast28Days), 'sessions'],
  ];
  return h('section', { class: 'adherence', 'aria-labelledby': 'adherence-title' },
    h('h2', { id: 'adherence-title' }, 'Keeping it up'),
    h('dl', { class: 'tiles' }, tiles.map(([term, value, note]) =>
      h('div', { key: term, class: 'tile' },
        h('dt', null, term),
        h('dd', null, h('span', { class: 'tile-value' }, value), note ? h('span', { class: 'tile-note' }, note) : null)))),
    h('p', { class: 'small muted' }, 'Change your plan (sessions per week, rest days) on your ', h('a', { href: '/account' }, 'account page'), '.'));
}
