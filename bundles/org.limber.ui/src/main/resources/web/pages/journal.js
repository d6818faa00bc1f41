// The journal: check-ins and sessions, newest first, grouped by day; each day can be marked as a rest day or a
// flare-up day; entries can be deleted.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { deleteJson, getJson, putJson } from '../lib/api.js';
import { addDays, dayKey, longDay, todayKey } from '../lib/dates.js';
import { takeFlash } from '../lib/flash.js';
import { refreshRedFlags } from '../lib/red-flags.js';
import { loadSafety } from '../lib/safety.js';
import { useResource } from '../lib/use-resource.js';
import { useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { FormProblem } from '../ui/form-problem.js';
import { CheckInEntry, SessionEntry } from '../ui/journal-entry.js';
import { DayMark } from '../ui/day-mark.js';

const LIMIT = 100;
const MORE = 1000;
const DAYS_BACK = 400;

async function loadJournal(limit, signal) {
  const today = todayKey();
  const days = new URLSearchParams({ from: addDays(today, -DAYS_BACK), to: addDays(today, 1) });
  const [checkIns, sessions, marks] = await Promise.all([
    getJson(`/api/v1/journal/check-ins?limit=${limit}`, { signal }),
    getJson(`/api/v1/journal/sessions?limit=${limit}`, { signal }),
    getJson(`/api/v1/journal/days?${days}`, { signal }),
  ]);
  return { checkIns: checkIns.items || [], sessions: sessions.items || [], days: marks.items || [], limit };
}

/** Day groups, newest first: every day with an entry or a mark, and always today. */
function groups(data) {
  const byDay = new Map([[todayKey(), []]]);
  const entries = [
    ...data.checkIns.map((c) => ({ kind: 'check-in', at: c.at, item: c })),
    ...data.sessions.map((s) => ({ kind: 'session', at: s.at, item: s })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  for (const entry of entries) {
    const day = dayKey(entry.at);
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(entry);
  }
  const marks = new Map(data.days.map((d) => [d.day, d.kind]));
  for (const day of marks.keys()) if (!byDay.has(day)) byDay.set(day, []);
  return [...byDay.entries()].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([day, list]) => ({ day, entries: list, mark: marks.get(day) || null }));
}

function useFlagTitles() {
  const [titles, setTitles] = useState({});
  useEffect(() => {
    loadSafety().then((s) => setTitles(Object.fromEntries((s.redFlags || []).map((f) => [f.id, f.title]))), () => {});
  }, []);
  return titles;
}

function Journal({ data, reload, userId }) {
  const [busy, setBusy] = useState(null);
  const [error, setError] = useState(null);
  const flagTitles = useFlagTitles();
  const act = async (key, work) => {
    setBusy(key);
    setError(null);
    try { await work(); await reload(); } catch (e) { setError(e); } finally { setBusy(null); }
  };
  const removeCheckIn = (c) => act(`c${c.id}`, async () => {
    await deleteJson(`/api/v1/journal/check-ins/${encodeURIComponent(c.id)}`);
    refreshRedFlags(userId);
  });
  const removeSession = (s) => act(`s${s.id}`, () => deleteJson(`/api/v1/journal/sessions/${encodeURIComponent(s.id)}`));
  const mark = (day, kind) => act(`d${day}`, () => (kind
    ? putJson(`/api/v1/journal/days/${day}`, { kind })
    : deleteJson(`/api/v1/journal/days/${day}`)));

  const list = groups(data);
  const empty = !data.checkIns.length && !data.sessions.length;
  const full = data.checkIns.length >= data.limit || data.sessions.length >= data.limit;
  return h('div', null,
    h(FormProblem, { error }),
    empty ? h('p', { class: 'empty' }, 'Nothing logged yet. Start with a check-in: it takes a few seconds.') : null,
    h('ol', { class: 'journal-days' }, list.map(({ day, entries, mark: kind }) => {
      const text = longDay(day);
      return h('li', { key: day, class: `journal-day${kind ? ` marked-${kind}` : ''}` },
        h('div', { class: 'day-head' },
          h('h2', null, day === todayKey() ? `Today, ${text}` : text),
          h(DayMark, { day, dayText: text, kind, busy: busy === `d${day}`, onChange: (next) => mark(day, next) })),
        entries.length
          ? h('ul', { class: 'entries' }, entries.map((e) => (e.kind === 'check-in'
            ? h(CheckInEntry, { key: `c${e.item.id}`, checkIn: e.item, flagTitles, busy: busy === `c${e.item.id}`, onDelete: () => removeCheckIn(e.item) })
            : h(SessionEntry, { key: `s${e.item.id}`, session: e.item, busy: busy === `s${e.item.id}`, onDelete: () => removeSession(e.item) }))))
          : h('p', { class: 'muted small' }, 'Nothing logged.'));
    })),
    full && data.limit < MORE ? h('p', null, h('button', { type: 'button', class: 'button secondary', onClick: () => reload(MORE) }, 'Show older entries')) : null);
}

export function JournalPage({ session }) {
  useTitle('Journal');
  const [limit, setLimit] = useState(LIMIT);
  const [flash] = useState(takeFlash);
  const journal = useResource((signal) => loadJournal(limit, signal), [limit], { refreshOn: [] });
  const reload = async (nextLimit) => {
    if (nextLimit && nextLimit !== limit) setLimit(nextLimit);
    else journal.retry();
  };
  return h('div', { class: 'page journal-page' },
    h('h1', null, 'Journal'),
    flash ? h('p', { class: 'saved', role: 'status' }, flash) : null,
    h('div', { class: 'page-actions' },
      h('a', { class: 'button', href: '/check-in' }, 'Check in'),
      h('a', { class: 'button secondary', href: '/journal/new-session' }, 'Log a session')),
    h(Resource, { resource: journal, what: 'your journal' }, (data) => h(Journal, { data, reload, userId: session.user.id })));
}
