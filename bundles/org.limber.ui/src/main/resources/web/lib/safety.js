// The safety content (notice, red flags, stop rules). The footer on every page needs the notice,
// so one request is shared until it fails.

import { getJson } from './api.js';

let pending = null;

export function loadSafety() {
  if (!pending) {
    pending = getJson('/api/v1/safety').catch((error) => { pending = null; throw error; });
  }
  return pending;
}

/** Shown in the footer while (or if) the notice cannot be loaded, so the footer always says it. */
export const FALLBACK_SHORT_TEXT = 'Limber is not medical advice and does not replace a health professional.';

/** The red flags a check-in asks about: the emergency and urgent ones. */
export const checkInFlags = (safety) =>
  (safety?.redFlags || []).filter((f) => f.urgency === 'emergency' || f.urgency === 'urgent');
