// The guided session of one routine: held back while warning signs wait to be read; an optional quick check-in
// before; then each exercise timed, counted and switched side by side (player.js keeps the timing); at the end a
// ten-second check-in, saved with the session in the journal, and the routine's reminder stops nagging.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson, postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { results } from '../lib/player.js';
import { usePlayer } from '../lib/use-player.js';
import { stopSpeaking, unlockAudio } from '../lib/cues.js';
import { usePendingRedFlags } from '../lib/red-flags.js';
import { doseText, reminderPath, sectionTitle } from '../lib/routines.js';
import { useResource } from '../lib/use-resource.js';
import { useWakeLock } from '../lib/wake-lock.js';
import { useTitle } from '../ui/bits.js';
import { Loading, Resource } from '../ui/states.js';
import { FormProblem } from '../ui/form-problem.js';
import { CheckInFields, EMPTY_CHECK_IN, checkInBody, missing } from '../ui/check-in-form.js';
import { MuteButton, PlayerScreen, useMuteToggle } from '../ui/player-screen.js';
import { Icon } from '../ui/icons.js';
import { SessionEnd, SessionResults } from '../ui/session-end.js';
import { editHref } from '../ui/routine-card.js';

const touched = (c) => c.backPain != null || c.legPain != null || c.legExtent != null;

/** The routine's items in order, each with the title of its section. */
const itemsOf = (resolved) => (resolved.sections || []).flatMap((s) =>
  (s.items || []).map((item) => ({ ...item, name: item.name || item.exerciseId, section: sectionTitle(s) })));

/** Waits while a check-in's warning signs are not acknowledged (the alert at the top of the page says what to do). */
function useRedFlagHold(userId) {
  const { checkIn } = usePendingRedFlags(userId);
  const gate = useResource((signal) => getJson('/api/v1/journal/insights', { signal }).then((i) => ({ pending: i?.pendingRedFlags || null })),
    [checkIn?.id ?? null], { refreshOn: [] });
  if (checkIn) return 'held';
  if (gate.status === 'loading') return 'checking';
  if (gate.status === 'error') return 'clear';
  return gate.data?.pending ? 'held' : 'clear';
}

function Overview({ items }) {
  const sections = [];
  for (const item of items) {
    if (!sections.length || sections[sections.length - 1].title !== item.section) sections.push({ title: item.section, items: [] });
    sections[sections.length - 1].items.push(item);
  }
  return h('div', { class: 'play-overview' }, sections.map((section, s) => h('section', { key: s },
    sections.length > 1 ? h('h2', { class: 'overview-section' }, section.title) : null,
    h('ol', null, section.items.map((item, i) => h('li', { key: i, class: item.available === false ? 'unavailable' : undefined },
      h('span', { class: 'done-name' }, item.name),
      item.available === false
        ? h('span', { class: 'muted' }, ' — not available (its pack was removed): skipped')
        : h('span', { class: 'muted' }, ` — ${doseText(item.dose)}`),
      item.excluded ? h('span', { class: 'badge warn' }, 'Ruled out by your limits') : null))))));
}

function Intro({ resolved, items, before, onBefore, errors, onStart, hold, wakeLock }) {
  const [muted, toggleMute] = useMuteToggle();
  const playable = items.filter((i) => i.available !== false).length;
  return h('div', { class: 'player-intro' },
    h(Overview, { items }),
    (resolved.warnings || []).filter((w) => w.code !== 'unavailable').length
      ? h('ul', { class: 'item-warnings' }, resolved.warnings.filter((w) => w.code !== 'unavailable').map((w, i) =>
        h('li', { key: i, class: `routine-warning${w.code === 'stop-this-one' ? ' stop' : ''}` }, w.message,
          w.needsConfirmation
            ? h('span', null, ' ', h('a', { href: editHref(resolved.routine.id) }, 'Keep or swap it in the routine'), '.')
            : null)))
      : null,
    hold === 'held'
      ? h('div', { class: 'callout red-flag-hold', role: 'alert' },
        h('p', null, h('strong', null, 'Not now: please read the warning at the top of this page first.')),
        h('p', null, 'You reported warning signs that need medical attention. The session waits until you have read the notice and pressed “I understand”.'))
      : null,
    hold === 'checking' ? h(Loading, { what: 'your latest check-in' }) : null,
    hold === 'clear' && playable === 0
      ? h('p', { class: 'callout' }, 'None of this routine’s exercises is available now. ', h('a', { href: editHref(resolved.routine.id) }, 'Change the routine'), '.')
      : null,
    hold === 'clear' && playable > 0
      ? h('div', { class: 'player-start' },
        h('details', { class: 'more-details before-check-in', open: touched(before) ? true : undefined },
          h('summary', null, 'Quick check-in before you start (optional)'),
          h('div', { class: 'details-body' },
            h(CheckInFields, { form: before, onChange: onBefore, errors, idPrefix: 'before-', errorPrefix: 'before/', short: true }))),
        h('div', { class: 'player-controls minor' }, h(MuteButton, { muted, onClick: toggleMute })),
        wakeLock.problem ? h('p', { class: 'muted small wake-note' }, wakeLock.problem) : null,
        h('button', { type: 'button', class: 'button big start-button', onClick: onStart }, h(Icon, { name: 'play' }), 'Start'))
      : null);
}

function Saved({ saved, shown }) {
  return h('div', { class: 'saved-panel session-saved', role: 'status' },
    h('h2', null, 'Session saved'),
    h('p', null, `${saved.exercises.filter((e) => e.outcome === 'done').length} of ${saved.exercises.length} exercises done`,
      saved.durationMinutes != null ? `, ${saved.durationMinutes} min.` : '.'),
    h(SessionResults, { results: shown }),
    h('div', { class: 'form-actions' },
      h('a', { class: 'button', href: '/journal' }, 'See it in the journal'),
      h('a', { class: 'button secondary', href: '/routines' }, 'Back to routines')));
}

function Player({ resolved, session }) {
  const items = itemsOf(resolved);
  const player = usePlayer();
  const [phase, setPhase] = useState('intro');
  const [startedAt, setStartedAt] = useState(null);
  const [before, setBefore] = useState(EMPTY_CHECK_IN);
  const [after, setAfter] = useState(EMPTY_CHECK_IN);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState(null);
  const hold = useRedFlagHold(session.user.id);
  const playing = phase === 'playing' && player.state && !player.state.finished;
  const wakeLock = useWakeLock(playing);
  const errors = { ...fieldErrors(error), ...(error?.local || {}) };

  const begin = () => {
    if (touched(before)) {
      const local = missing(before, 'before/');
      if (Object.keys(local).length) {
        setError({ title: 'The check-in before is not complete', detail: 'Answer all three, or leave them all empty.', errors: [], local });
        return;
      }
    }
    setError(null);
    unlockAudio();
    setStartedAt(new Date());
    player.begin(items);
    setPhase('playing');
    window.scrollTo(0, 0);
  };

  const state = player.state;
  useEffect(() => {
    if (phase === 'playing' && state?.finished) {
      setPhase('end');
      window.scrollTo(0, 0);
    }
  }, [phase, state?.finished]);
  useEffect(() => stopSpeaking, []);
  const played = new Map((state?.exercises || []).map((e, i) => [e.index, i]));
  const shownResults = () => results(state).map((r, i) => ({ ...r, playedIndex: played.get(i) ?? null }));

  const save = async (withCheckIn) => {
    if (withCheckIn) {
      const local = missing(after, 'after/');
      if (Object.keys(local).length) {
        setError({ title: 'A few answers are missing', detail: 'Back pain, leg pain and how far down the leg: one tap each.', errors: [], local });
        return;
      }
    }
    setBusy(true);
    setError(null);
    const end = new Date();
    const body = {
      at: startedAt.toISOString(), routineId: String(resolved.routine.id), routineName: resolved.routine.name,
      durationMinutes: Math.max(0, Math.round((end - startedAt) / 60000)),
      exercises: results(state), notes: null,
      before: touched(before) ? checkInBody(before) : null,
      after: withCheckIn ? checkInBody(after, { at: end.toISOString() }) : null,
    };
    try {
      const answer = await postJson('/api/v1/journal/sessions', body);
      // The session is logged: the routine's current reminder stops nagging. The session stays saved either way.
      await postJson(reminderPath(resolved.routine.id, 'done')).catch(() => null);
      setSaved({ ...(answer?.session || body), exercises: answer?.session?.exercises || body.exercises });
      setPhase('saved');
      window.scrollTo(0, 0);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (phase === 'saved') return h(Saved, { saved, shown: shownResults() });
  if (phase === 'end') {
    return h(SessionEnd, {
      results: shownResults(), after, onAfter: setAfter, errors, error, busy, onSave: save,
      onResponse: (index, response) => player.send({ type: 'response', index, response }),
    });
  }
  if (phase === 'playing' && state) return h(PlayerScreen, { state, send: player.send, wakeLock });
  return h('div', null,
    h(Intro, { resolved, items, before, onBefore: setBefore, errors, onStart: begin, hold, wakeLock }),
    h(FormProblem, { error, shown: ['before/backPain', 'before/legPain', 'before/legExtent'] }));
}

export function PlayerPage({ id, session }) {
  const routine = useResource((signal) => getJson(`/api/v1/routines/${encodeURIComponent(id)}/play`, { signal }), [id], { refreshOn: [] });
  useTitle(routine.data?.routine?.name || 'Routine');
  return h('div', { class: 'page player-page' },
    h('p', { class: 'back' }, h('a', { href: '/routines', onClick: stopSpeaking }, '← Routines')),
    h('h1', null, routine.data?.routine?.name || 'Routine'),
    h(Resource, { resource: routine, what: 'the routine' }, (resolved) => h(Player, { key: id, resolved, session })));
}
