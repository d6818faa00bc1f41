// First run: the one-time set-up token from Limber's console or log, and the first administrator's account.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { navigate } from '../lib/router.js';
import { acceptSession, useSession } from '../lib/session.js';
import { useTitle } from '../ui/bits.js';
import { TextField } from '../ui/field.js';
import { FormProblem } from '../ui/form-problem.js';
import { ErrorState, Loading } from '../ui/states.js';
import { PasswordRules } from '../ui/password-rules.js';

function SetupForm() {
  const [token, setToken] = useState('');
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
      const session = await postJson('/api/v1/auth/setup', { token: token.trim(), username: username.trim(), password });
      acceptSession(session);
      navigate('/check-in');
    } catch (e) {
      setError(e.status === 403 && !e.errors.length ? { ...e, errors: [{ pointer: '/token', message: e.detail || 'This is not the set-up token.' }] } : e);
      setBusy(false);
    }
  };

  return h('form', { class: 'form narrow', onSubmit: submit, noValidate: true },
    h(FormProblem, { error, shown: ['token', 'username', 'password'] }),
    h(TextField, {
      id: 'token', label: 'Set-up token', value: token, onValue: setToken, error: errors.token, required: true,
      autocomplete: 'off', spellcheck: false, autocapitalize: 'off',
      hint: h('span', null, 'Limber prints it in its console and in its log (', h('code', null, 'data/log/karaf.log'),
        ') each time it starts until set-up is done, on the line that begins ', h('code', null, 'Limber set-up token:'), '.'),
    }),
    h(TextField, { id: 'username', label: 'Administrator’s username', value: username, onValue: setUsername, error: errors.username, required: true, autocomplete: 'username', autocapitalize: 'off', spellcheck: false, hint: '3 to 64 letters, digits, dots, dashes or underscores.' }),
    h(TextField, { id: 'password', label: 'Password', type: 'password', value: password, onValue: setPassword, error: errors.password, required: true, autocomplete: 'new-password', hint: h(PasswordRules, null) }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Setting up…' : 'Create the administrator')));
}

export function SetupPage() {
  useTitle('Set up Limber');
  const { status, session, error, retry } = useSession();
  useEffect(() => {
    if (session?.authenticated) navigate('/check-in', { replace: true });
  }, [session?.authenticated]);
  let body;
  if (status === 'error' && !session) body = h(ErrorState, { error, retry });
  else if (!session) body = h(Loading, { what: 'the set-up state' });
  else if (session.setUp) {
    body = h('p', null, 'Limber is already set up. ', h('a', { href: '/sign-in' }, 'Sign in'), ' with your account, or ask an administrator for one.');
  } else body = h(SetupForm, null);
  return h('div', { class: 'page auth-page' },
    h('h1', null, 'Set up Limber'),
    h('p', { class: 'lead' }, 'Create the first administrator. Only someone who can read Limber’s console or log has the set-up token, so nobody else who reaches this page first can take over your Limber.'),
    body);
}
