// Searches the catalog as the user types (after a short pause), for the exercise pickers.

import { useEffect, useState } from 'preact/hooks';
import { getJson, isAbort } from './api.js';

const PAUSE_MS = 250;

/** { items (null while searching), total, error, retry } for the words typed so far; by name when none. */
export function useExerciseSearch(q, size = 12) {
  const [state, setState] = useState({ items: null, total: 0, error: null });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ size: String(size), page: '0' });
      if (q.trim()) params.set('q', q.trim()); else params.set('sort', 'name');
      getJson(`/api/v1/exercises?${params}`, { signal: controller.signal }).then(
        (data) => setState({ items: data.items || [], total: data.total || 0, error: null }),
        (error) => { if (!isAbort(error)) setState({ items: null, total: 0, error }); });
    }, PAUSE_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [q, size, generation]);
  return { ...state, retry: () => setGeneration((g) => g + 1) };
}
