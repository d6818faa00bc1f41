// Picks exercises from the catalog for a session: a search box and the matching exercises, each with "Add".

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { useExerciseSearch } from '../lib/use-exercise-search.js';
import { ErrorState } from './states.js';

export function ExercisePicker({ chosenIds, onAdd }) {
  const [q, setQ] = useState('');
  const found = useExerciseSearch(q);
  return h('div', { class: 'picker' },
    h('div', { class: 'field' },
      h('label', { for: 'exercise-search' }, 'Find an exercise'),
      h('input', { id: 'exercise-search', type: 'search', value: q, autocomplete: 'off', spellcheck: false,
        placeholder: 'e.g. knee, piriformis, bridge', onInput: (e) => setQ(e.currentTarget.value),
        onKeyDown: (e) => { if (e.key === 'Enter') e.preventDefault(); } })),
    found.error ? h(ErrorState, { error: found.error, retry: found.retry }) : null,
    found.items === null && !found.error ? h('p', { class: 'muted', role: 'status' }, 'Searching…') : null,
    found.items
      ? h('ul', { class: 'pick-list', 'aria-label': 'Exercises found' }, found.items.map((ex) => {
        const added = chosenIds.includes(ex.id);
        return h('li', { key: ex.id, class: 'pick' },
          h('span', { class: 'pick-name' }, ex.name),
          h('button', { type: 'button', class: 'button secondary small-button', onClick: () => onAdd(ex),
            'aria-label': `Add ${ex.name}${added ? ' again' : ''}` }, added ? 'Add again' : 'Add'));
      }))
      : null,
    found.items && found.total === 0 ? h('p', { class: 'muted' }, 'No exercise matches. Try another word.') : null,
    found.items && found.total > found.items.length ? h('p', { class: 'muted small' }, `${found.total - found.items.length} more match: type more of the name.`) : null);
}
