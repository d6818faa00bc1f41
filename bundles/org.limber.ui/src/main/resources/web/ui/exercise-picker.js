// Picks exercises from the catalog for a session: a search box and the matching exercises, each with "Add".

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson, isAbort } from '../lib/api.js';
import { ErrorState } from './states.js';

const SIZE = 12;
const PAUSE_MS = 250;

function useSearch(q) {
  const [state, setState] = useState({ items: null, total: 0, error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ size: String(SIZE), page: '0' });
      if (q.trim()) params.set('q', q.trim()); else params.set('sort', 'name');
      getJson(`/api/v1/exercises?${params}`, { signal: controller.signal }).then(
        (data) => setState({ items: data.items || [], total: data.total || 0, error: null }),
        (error) => { if (!isAbort(error)) setState({ items: null, total: 0, error }); });
    }, PAUSE_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [q, generation]);
  return { ...state, retry: () => setGeneration((g) => g + 1) };
}

export function ExercisePicker({ chosenIds, onAdd }) {
  const [q, setQ] = useState('');
  const found = useSearch(q);
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
