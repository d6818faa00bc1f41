// The signed-in user's check-in with red flags not yet acknowledged (insights' pendingRedFlags), shared by the
// banner on every page and the check-in page that just saved one. Loaded when the user changes and when the tab
// comes back into view (it may have been acknowledged in another tab).

import { useEffect, useState } from 'preact/hooks';
import { getJson, postJson } from './api.js';

let state = { userId: null, checkIn: null, fresh: false };
let loadedFor = null;
// Bumped by local changes, so an answer that was already on its way cannot undo them.
let generation = 0;
const listeners = new Set();

function publish(next) {
  state = next;
  for (const fn of [...listeners]) fn(state);
}

export async function refreshRedFlags(userId) {
  loadedFor = userId;
  if (userId == null) {
    publish({ userId: null, checkIn: null, fresh: false });
    return;
  }
  const started = generation;
  try {
    const insights = await getJson('/api/v1/journal/insights');
    if (loadedFor !== userId || started !== generation) return;
    const checkIn = insights?.pendingRedFlags || null;
    publish({ userId, checkIn, fresh: state.fresh && state.checkIn?.id === checkIn?.id });
  } catch {
    // Keep what is shown; the next page view or tab focus tries again.
    loadedFor = null;
  }
}

/** A check-in just saved: when it reports red flags, it is the one to show at once. */
export function showSavedCheckIn(userId, checkIn) {
  if (checkIn?.redFlags?.length && !checkIn.redFlagsAcknowledgedAt) {
    generation += 1;
    loadedFor = userId;
    publish({ userId, checkIn, fresh: true });
  }
}

export async function acknowledge(checkIn) {
  const updated = await postJson(`/api/v1/journal/check-ins/${encodeURIComponent(checkIn.id)}/acknowledge`);
  generation += 1;
  if (state.checkIn?.id === checkIn.id) publish({ ...state, checkIn: null, fresh: false });
  // An older check-in may have warning signs not acknowledged either.
  refreshRedFlags(state.userId);
  return updated;
}

/** { checkIn, fresh }: the pending check-in for this user (or null), fresh when it was just saved here. */
export function usePendingRedFlags(userId) {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => listeners.delete(setCurrent);
  }, []);
  useEffect(() => {
    if (loadedFor !== userId || state.userId !== userId) refreshRedFlags(userId);
    if (userId == null) return undefined;
    const onVisible = () => { if (document.visibilityState === 'visible') refreshRedFlags(userId); };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [userId]);
  return current.userId === userId ? current : { checkIn: null, fresh: false };
}
