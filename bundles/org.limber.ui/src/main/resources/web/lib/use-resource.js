// A hook that loads data, reloads it when the catalog or packs change (live events), and offers retry.
// While reloading, the previous data stays on screen; a failed load shows its error.

import { useEffect, useState } from 'preact/hooks';
import { isAbort } from './api.js';
import { RECONNECTED, subscribe } from './events.js';

export const CATALOG_EVENTS = ['catalog', 'packs'];

export function useResource(load, deps, { refreshOn = CATALOG_EVENTS } = {}) {
  const [state, setState] = useState({ status: 'loading', data: null, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: s.data ? 'refreshing' : 'loading', data: s.data, error: null }));
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setState({ status: 'ready', data, error: null }); },
      (error) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState({ status: 'error', data: null, error });
      });
    return () => controller.abort();
  }, [...deps, generation]);

  useEffect(() => {
    const reload = () => setGeneration((g) => g + 1);
    const offs = [...refreshOn, RECONNECTED].map((name) => subscribe(name, reload));
    return () => offs.forEach((off) => off());
  }, []);

  return { ...state, retry: () => setGeneration((g) => g + 1) };
}
