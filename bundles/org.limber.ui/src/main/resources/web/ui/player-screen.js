// The session under way: the exercise, a big timer or count, what comes next, and huge controls that work with
// one thumb (or the keyboard: space pauses, the right arrow skips). The "made my leg pain worse" button stops the
// exercise, records it, and moves on.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { view } from '../lib/player.js';
import { doseText } from '../lib/routines.js';
import { isMuted, setMuted, unlockAudio } from '../lib/cues.js';
import { TextList } from './bits.js';
import { Icon } from './icons.js';

const SIDE = { left: 'Left side', right: 'Right side' };

const LABELS = {
  ready: 'Get ready',
  hold: 'Hold',
  relax: 'Relax',
  switch: 'Switch sides',
  rest: 'Rest',
  count: 'Count',
  timed: 'Keep going',
  manual: 'Your pace',
};

// The button that ends a step early, where that makes sense.
const DONE_LABELS = {
  ready: 'Start now',
  relax: 'Next hold',
  switch: 'Ready',
  rest: 'Skip the rest',
  count: 'Done',
  timed: 'Done',
  manual: 'Done',
};

/** The time left as big digits and their unit: "45" s, or "1:30" for a minute or more. */
function clock(ms) {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return [String(seconds), 's'];
  return [`${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`, 'min'];
}

function stepDetail(step) {
  const parts = [];
  if (step.side) parts.push(step.kind === 'ready' ? `Start with the ${step.side} side` : SIDE[step.side]);
  if (step.sets > 1 && step.kind !== 'ready') parts.push(`Set ${step.set} of ${step.sets}`);
  if (step.kind === 'hold' && step.reps > 1) parts.push(`Hold ${step.rep} of ${step.reps}`);
  if (step.kind === 'switch') parts.push(`Switch to the ${step.side} side`);
  return parts.join(' · ');
}

function BigNumber({ v }) {
  const step = v.step;
  if (step.kind === 'count') {
    return h('div', { class: 'player-timer count' },
      h('span', { class: 'timer-digits' }, String(v.count)),
      h('span', { class: 'timer-unit' }, `of ${step.reps}`));
  }
  if (v.remainingMs == null) return h('div', { class: 'player-timer manual' }, h('span', { class: 'timer-digits' }, '✓'));
  const [digits, unit] = clock(v.remainingMs);
  return h('div', { class: 'player-timer' },
    h('span', { class: `timer-digits${digits.length > 2 ? ' long' : ''}` }, digits), h('span', { class: 'timer-unit' }, unit));
}

export function MuteButton({ muted, onClick }) {
  return h('button', { type: 'button', class: 'button secondary control mute-button', 'aria-pressed': muted ? 'true' : 'false', onClick },
    h(Icon, { name: muted ? 'muted' : 'sound' }), h('span', null, muted ? 'Sound off' : 'Sound on'));
}

export function useMuteToggle() {
  const [muted, setMutedState] = useState(isMuted);
  const toggle = () => { const next = !muted; setMuted(next); setMutedState(next); if (!next) unlockAudio(); };
  return [muted, toggle];
}

export function PlayerScreen({ state, send, wakeLock }) {
  const v = view(state);
  const [muted, toggleMute] = useMuteToggle();
  const [ending, setEnding] = useState(false);

  useEffect(() => {
    const ignored = (e) => e.altKey || e.ctrlKey || e.metaKey || e.target.closest?.('input, textarea, select, summary');
    const onKey = (e) => {
      if (ignored(e)) return;
      if (e.key === ' ') { e.preventDefault(); if (!e.repeat) send('toggle'); } else if (e.key === 'ArrowRight') { e.preventDefault(); send('skip'); }
    };
    // Space on a focused button would also press it (on key up): here it only pauses.
    const onKeyUp = (e) => { if (e.key === ' ' && !ignored(e)) e.preventDefault(); };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keyup', onKeyUp);
    return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('keyup', onKeyUp); };
  }, []);

  if (!v.exercise || !v.step) return null;
  const step = v.step;
  const ex = v.exercise;
  const worseName = state.exercises[v.worseTarget]?.name || ex.name;
  const detail = stepDetail(step);
  const doneLabel = DONE_LABELS[step.kind];
  return h('div', { class: `player phase-${step.kind}${v.paused ? ' paused' : ''}`, 'data-step': step.kind },
    h('p', { class: 'player-progress' }, `Exercise ${v.exerciseNumber} of ${v.exerciseCount}`, ex.section ? ` · ${ex.section}` : ''),
    h('h2', { class: 'player-exercise' }, ex.name),
    h('p', { class: 'player-step', 'aria-live': 'polite' },
      h('span', { class: 'step-label' }, v.paused ? 'Paused' : LABELS[step.kind]),
      detail ? h('span', { class: 'step-detail' }, detail) : null),
    h(BigNumber, { v }),
    v.fraction != null ? h('progress', { class: 'player-bar', max: 1000, value: Math.round(v.fraction * 1000), 'aria-hidden': 'true' }) : null,
    doneLabel ? h('button', { type: 'button', class: 'button player-done', onClick: () => send('done') }, doneLabel) : null,
    h('div', { class: 'player-controls', role: 'group', 'aria-label': 'Session controls' },
      h('button', { type: 'button', class: 'button secondary control', onClick: () => send('previous'), 'aria-label': 'Previous exercise' }, h(Icon, { name: 'previous' }), h('span', null, 'Previous')),
      h('button', { type: 'button', class: 'button control pause-button', onClick: () => send('toggle'), 'aria-pressed': v.paused ? 'true' : 'false' },
        h(Icon, { name: v.paused ? 'play' : 'pause' }), h('span', null, v.paused ? 'Resume' : 'Pause')),
      h('button', { type: 'button', class: 'button secondary control', onClick: () => send('skip'), 'aria-label': 'Skip this exercise' }, h(Icon, { name: 'skip' }), h('span', null, 'Skip'))),
    h('button', { type: 'button', class: 'button danger worse-button', onClick: () => send({ type: 'worse', response: 'worse' }) },
      'This made my leg pain worse / spread', h('span', { class: 'worse-target' }, `Stops ${worseName} and notes it`)),
    h('div', { class: 'player-controls minor' },
      h('button', { type: 'button', class: 'button secondary control', onClick: () => send('repeat') }, h(Icon, { name: 'repeat' }), h('span', null, 'Repeat')),
      h(MuteButton, { muted, onClick: toggleMute }),
      ending
        ? h('button', { type: 'button', class: 'button danger control', onClick: () => send('finish') }, h(Icon, { name: 'stop' }), h('span', null, 'Yes, end'))
        : h('button', { type: 'button', class: 'button secondary control', onClick: () => setEnding(true) }, h(Icon, { name: 'stop' }), h('span', null, 'End session'))),
    h('div', { class: 'player-instructions' },
      h('p', { class: 'player-dose' }, doseText(ex.dose)),
      ex.note ? h('p', { class: 'player-note' }, ex.note) : null,
      h(TextList, { items: ex.steps, ordered: true, className: 'steps' }),
      ex.stopIf?.length ? h('div', { class: 'player-stop-if' }, h('strong', null, 'Stop if: '), ex.stopIf.join(' ')) : null),
    v.next
      ? h('p', { class: 'player-next' }, h('span', { class: 'muted' }, 'Next: '), v.next.name, v.next.dose ? h('span', { class: 'muted' }, ` — ${doseText(v.next.dose)}`) : null)
      : h('p', { class: 'player-next muted' }, 'This is the last exercise.'),
    wakeLock.problem ? h('p', { class: 'muted small wake-note' }, wakeLock.problem) : null);
}
