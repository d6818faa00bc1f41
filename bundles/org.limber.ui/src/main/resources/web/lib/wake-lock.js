// Keeps the screen on during a session (Screen Wake Lock API). The browser releases the lock whenever the tab is
// hidden, so it is asked for again when the tab comes back. Works only in a secure context (HTTPS or localhost).

import { useEffect, useState } from 'preact/hooks';

/** Why the screen cannot be kept awake here, or null when it can (as far as the browser tells beforehand). */
export function wakeLockProblem() {
  if (!window.isSecureContext) {
    return 'Keeping the screen awake needs a secure connection: open Limber over HTTPS, or on this computer at localhost. Until then, turn off your screen’s auto-lock for the session.';
  }
  if (!('wakeLock' in navigator)) {
    return 'This browser cannot keep the screen awake. Turn off your screen’s auto-lock for the session.';
  }
  return null;
}

/** While active, holds a screen wake lock; answers { held, problem }. */
export function useWakeLock(active) {
  const [state, setState] = useState({ held: false, problem: wakeLockProblem() });
  useEffect(() => {
    if (!active || wakeLockProblem()) return undefined;
    let sentinel = null;
    let live = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      try {
        sentinel = await navigator.wakeLock.request('screen');
        if (!live) { sentinel.release().catch(() => {}); return; }
        setState({ held: true, problem: null });
        sentinel.addEventListener('release', () => { if (live) setState((s) => ({ ...s, held: false })); });
      } catch (error) {
        if (live) setState({ held: false, problem: `The screen could not be kept awake (${error?.message || 'refused by the browser'}). Turn off your screen’s auto-lock for the session.` });
      }
    };
    const onVisible = () => { if (document.visibilityState === 'visible') acquire(); };
    acquire();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      if (sentinel && !sentinel.released) sentinel.release().catch(() => {});
    };
  }, [active]);
  return state;
}
