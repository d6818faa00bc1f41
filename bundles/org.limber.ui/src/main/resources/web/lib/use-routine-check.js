// The routine rules that would apply if the routine were saved as it is now (POST /routines/check), asked again
// a moment after each change. The last answer stays shown while the next one is on its way.

import { useEffect, useState } from 'preact/hooks';
import { isAbort, postJson } from './api.js';

const PAUSE_MS = 500;

/**
 * { warnings, checking, error, key } for the body (RoutineData), checked as routine id when editing. A body the
 * server finds invalid answers its field errors (error), so fields can say what is wrong while the user types.
 */
export function useRoutineCheck(body, id) {
  const key = JSON.stringify(body);
  const [state, setState] = useState({ warnings: [], checking: true, error: null, key: null });
  const empty = !body.sections.some((s) => s.items.length);
  useEffect(() => {
    // A routine without exercises has no rules to apply yet (and cannot be saved: saving says so).
    if (empty) { setState({ warnings: [], checking: false, error: null, key }); return undefined; }
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      // The name is checked when saving; an unnamed routine still gets its rules checked meanwhile.
      const sent = { ...body, name: body.name || 'Routine' };
      const query = id ? `?id=${encodeURIComponent(id)}` : '';
      postJson(`/api/v1/routines/check${query}`, sent, { signal: controller.signal }).then(
        (answer) => setState({ warnings: answer.warnings || [], checking: false, error: null, key }),
        (error) => { if (!isAbort(error)) setState((s) => ({ ...s, checking: false, error, key })); });
    }, PAUSE_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [key, id]);
  return state;
}
