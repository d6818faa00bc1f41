// Sign in with username and password; afterwards go back to the page that asked for it.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { navigate } from '../lib/router.js';
import { acceptSession, safeNext, useSession } from '../lib/session.js';
import { useTitle } from '../ui/bits.js';
import { TextField } from '../ui/field.js';
import { FormProblem } from '../ui/form-problem.js';
import { ErrorState, Loading } from '../ui/states.js';

function SignInForm({ next }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const errors = fieldErrors(error);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await postJson('/api/v1/auth/login', { username: username.trim(), password });
      acceptSession(session);
      navigate(next);
    } catch (e) {
      setError(e);
      setPassword('');
      setBusy(false);
    }
  };

  return h('form', { class: 'form narrow', onSubmit: submit, noValidate: true },
    h(FormProblem, { error, shown: ['username', 'password'] }),
    h(TextField, { id: 'username', label: 'Username', value: username, onValue: setUsername, error: errors.username, required: true, autocomplete: 'username', autocapitalize: 'off', spellcheck: false }),
    h(TextField, { id: 'password', label: 'Password', type: 'password', value: password, onValue: setPassword, error: errors.password, required: true, autocomplete: 'current-password' }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Signing in…' : 'Sign in')));
}

export function SignInPage({ search }) {
  useTitle('Sign in');
  const next = safeNext(new URLSearchParams(search).get('next') || '/check-in');
  const { status, session, error, retry } = useSession();
  useEffect(() => {
    if (session?.authenticated) navigate(next, { replace: true });
  }, [session?.authenticated]);
  let body;
  if (status === 'error' && !session) body = h(ErrorState, { error, retry });
  else if (!session) body = h(Loading, { what: 'your session' });
  else if (!session.setUp) body = h('p', null, 'Limber is not set up yet. ', h('a', { href: '/setup' }, 'Set it up'), ' with the token from its console or log.');
  else {
    body = [
      h(SignInForm, { next, key: 'form' }),
      h('p', { class: 'muted', key: 'more' }, session.registrationOpen
        ? h('span', null, 'No account yet? ', h('a', { href: '/sign-up' }, 'Create one'), '.')
        : 'No account yet? Ask the administrator of this Limber for one.'),
    ];
  }
  return h('div', { class: 'page auth-page' },
    h('h1', null, 'Sign in'),
    h('p', { class: 'lead' }, 'Your journal is private to your account.'),
    body);
}
