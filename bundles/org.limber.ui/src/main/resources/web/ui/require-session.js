// Private pages: signed-out visitors go to sign-in (or to set-up while Limber has no administrator), and
// administrators' pages tell others they are not for them.

import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { navigate } from '../lib/router.js';
import { isAdmin, useSession } from '../lib/session.js';
import { useTitle } from './bits.js';
import { ErrorState, Loading } from './states.js';

function NotForYou() {
  useTitle('Administrators only');
  return h('div', { class: 'page' },
    h('h1', null, 'Administrators only'),
    h('p', null, 'This page is for the administrators of this Limber. ', h('a', { href: '/check-in' }, 'Go to your check-in'), '.'));
}

export function RequireSession({ admin = false, path, search, children }) {
  const { status, session, error, retry } = useSession();
  const signedOut = status === 'ready' && !session.authenticated;
  useEffect(() => {
    if (!signedOut) return;
    if (!session.setUp) navigate('/setup', { replace: true });
    else navigate(`/sign-in?next=${encodeURIComponent(path + (search || ''))}`, { replace: true });
  }, [signedOut, session?.setUp, path]);

  if (status === 'error' && !session) {
    return h('div', { class: 'page' }, h('h1', null, 'Limber'), h(ErrorState, { error, retry }));
  }
  if (!session || signedOut) return h('div', { class: 'page' }, h(Loading, { what: 'your session' }));
  if (admin && !isAdmin(session)) return h(NotForYou, null);
  return children(session);
}
