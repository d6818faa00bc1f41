// Picks an exercise for a routine: the user's own exercises and the catalog, found by a search box. Exercises the
// user's exclusions rule out are hidden unless the user asks to see them, and then marked (they can still be picked:
// the routine then warns about them).

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useExerciseSearch } from '../lib/use-exercise-search.js';
import { catalogInfo, personalInfo } from '../lib/exercise-info.js';
import { label, labels } from '../lib/labels.js';
import { exclusionLabel, rulingOut } from '../lib/routines.js';
import { ErrorState } from './states.js';

function Pick({ info, exclusions, action, onPick }) {
  const out = rulingOut(info, exclusions);
  return h('li', { class: `pick${out.length ? ' ruled-out' : ''}` },
    h('span', { class: 'pick-name' }, info.name,
      h('span', { class: 'pick-meta' }, [label(info.category), labels(info.positions)].filter(Boolean).join(' · ')),
      out.length ? h('span', { class: 'badge warn' }, `Ruled out: ${out.map(exclusionLabel).join(', ')}`) : null),
    h('button', { type: 'button', class: 'button secondary small-button', onClick: () => onPick(info),
      'aria-label': `${action} ${info.name}` }, action));
}

export function RoutinePicker({ title, action = 'Add', personal, exclusions, onPick, onClose }) {
  const [q, setQ] = useState('');
  const [showRuledOut, setShowRuledOut] = useState(false);
  const input = useRef(null);
  const found = useExerciseSearch(q);
  useEffect(() => { input.current?.focus(); }, []);
  const words = q.trim().toLowerCase();
  const allowed = (info) => showRuledOut || rulingOut(info, exclusions).length === 0;
  const allMine = personal.filter((p) => !words || p.name.toLowerCase().includes(words)).map(personalInfo);
  const mine = allMine.filter(allowed);
  const allFound = found.items ? found.items.map(catalogInfo) : null;
  const shown = allFound ? allFound.filter(allowed) : null;
  const hidden = allMine.length - mine.length + (allFound ? allFound.length - shown.length : 0);
  return h('div', { class: 'picker routine-picker', role: 'group', 'aria-label': title },
    h('div', { class: 'picker-head' },
      h('h3', null, title),
      h('button', { type: 'button', class: 'link-button', onClick: onClose }, 'Close')),
    h('div', { class: 'field' },
      h('label', { for: 'routine-exercise-search' }, 'Find an exercise'),
      h('input', { id: 'routine-exercise-search', type: 'search', value: q, autocomplete: 'off', spellcheck: false, ref: input,
        placeholder: 'e.g. knee, piriformis, bridge', onInput: (e) => setQ(e.currentTarget.value),
        onKeyDown: (e) => { if (e.key === 'Enter') e.preventDefault(); if (e.key === 'Escape') onClose(); } })),
    mine.length
      ? h('ul', { class: 'pick-list', 'aria-label': 'Your own exercises' },
        mine.map((info) => h(Pick, { key: info.exerciseId, info, exclusions, action, onPick })))
      : null,
    found.error ? h(ErrorState, { error: found.error, retry: found.retry }) : null,
    found.items === null && !found.error ? h('p', { class: 'muted', role: 'status' }, 'Searching…') : null,
    shown
      ? h('ul', { class: 'pick-list', 'aria-label': 'Exercises found' },
        shown.map((info) => h(Pick, { key: info.exerciseId, info, exclusions, action, onPick })))
      : null,
    (exclusions || []).length
      ? h('label', { class: 'check ruled-out-toggle' },
        h('input', { type: 'checkbox', checked: showRuledOut, onChange: (e) => setShowRuledOut(e.currentTarget.checked) }),
        showRuledOut || hidden === 0 ? ' Show exercises my limits rule out'
          : ` Show exercises my limits rule out (${hidden} hidden here)`)
      : null,
    found.items && found.total === 0 && !mine.length ? h('p', { class: 'muted' }, 'No exercise matches. Try another word.') : null,
    found.items && found.total > found.items.length ? h('p', { class: 'muted small' }, `${found.total - found.items.length} more match: type more of the name.`) : null);
}
