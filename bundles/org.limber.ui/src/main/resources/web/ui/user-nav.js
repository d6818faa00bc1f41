// The header's account corner: who is signed in and "Sign out", or "Sign in" / "Set up" / "Create account".

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { navigate } from '../lib/router.js';
import { signOut } from '../lib/session.js';

export function UserNav({ session, path }) {
  const [busy, setBusy] = useState(false);
  if (!session) return h('div', { class: 'user-nav' });
  if (session.authenticated) {
    const out = async () => {
      setBusy(true);
      try { await signOut(); } catch { /* the local session is gone either way */ }
      setBusy(false);
      navigate('/sign-in');
    };
    return h('div', { class: 'user-nav' },
      h('span', { class: 'user-name' }, h('span', { class: 'visually-hidden' }, 'Signed in as '), session.user?.username),
      h('button', { type: 'button', class: 'link-button', disabled: busy, onClick: out }, 'Sign out'));
  }
  if (!session.setUp) {
    return h('div', { class: 'user-nav' }, h('a', { href: '/setup', 'aria-current': path === '/setup' ? 'page' : undefined }, 'Set up Limber'));
  }
  return h('div', { class: 'user-nav' },
    h('a', { href: '/sign-in', 'aria-current': path === '/sign-in' ? 'page' : undefined }, 'Sign in'),
    session.registrationOpen
      ? h('a', { href: '/sign-up', 'aria-current': path === '/sign-up' ? 'page' : undefined }, 'Create account') : null);
}
