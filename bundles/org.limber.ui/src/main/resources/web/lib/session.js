// The browser's session with Limber (GET /api/v1/auth/session), shared by every component through useSession().
// Signing in, setting up and registering answer with the same body, which acceptSession() takes over.

import { useEffect, useState } from 'preact/hooks';
import { getJson, onUnauthorized, postJson, setCsrfToken, setSessionRefresher } from './api.js';

const SIGNED_OUT = { authenticated: false, user: null, csrfToken: null, expiresAt: null, setUp: true, registrationOpen: false };

let state = { status: 'idle', session: null, error: null };
let pending = null;
const listeners = new Set();

function publish(next) {
  state = next;
  const signedIn = next.session?.authenticated;
  setCsrfToken(signedIn ? next.session.csrfToken : null, signedIn ? next.session.user?.id ?? null : null);
  for (const fn of [...listeners]) fn(state);
}

/** Asks the server who is signed in; concurrent callers share one request. */
export function loadSession() {
  if (!pending) {
    if (state.status === 'idle') state = { ...state, status: 'loading' };
    pending = getJson('/api/v1/auth/session').then(
      (session) => { publish({ status: 'ready', session, error: null }); return session; },
      (error) => { publish({ status: 'error', session: state.session, error }); throw error; })
      .finally(() => { pending = null; });
  }
  return pending;
}

/** Takes over the session body a sign-in, set-up or registration answered with. */
export function acceptSession(session) {
  publish({ status: 'ready', session: session || SIGNED_OUT, error: null });
}

/** Forgets the session locally, e.g. after the account was deleted (the server already ended it). */
export function forgetSession() {
  acceptSession({ ...SIGNED_OUT, setUp: state.session?.setUp ?? true, registrationOpen: state.session?.registrationOpen ?? false });
}

export async function signOut() {
  try {
    await postJson('/api/v1/auth/logout');
  } finally {
    forgetSession();
    loadSession().catch(() => {});
  }
}

export const currentSession = () => state.session;

// A signed-in request answered 401: the session expired or ended elsewhere. Ask again who is signed in.
onUnauthorized(() => { loadSession().catch(() => {}); });
setSessionRefresher(() => loadSession().catch(() => null));

// Another tab may have signed out or in as someone else meanwhile: look again when this tab comes back.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.status !== 'idle') loadSession().catch(() => {});
});

/** { status: 'loading' | 'ready' | 'error', session, error, retry } */
export function useSession() {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    if (state.status === 'idle') loadSession().catch(() => {});
    return () => listeners.delete(setCurrent);
  }, []);
  const status = current.status === 'idle' ? 'loading' : current.status;
  return { ...current, status, retry: () => loadSession().catch(() => {}) };
}

export const isAdmin = (session) => session?.authenticated && session.user?.role === 'admin';

/** A local address to go to after signing in; anything else (another site, the API) becomes the check-in. */
export function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/api/')
      || next.startsWith('/app/') || next.includes('\\')) return '/check-in';
  return next;
}
