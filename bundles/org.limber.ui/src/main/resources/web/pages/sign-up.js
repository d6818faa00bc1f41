// Self-registration, when an administrator has opened it.

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

function SignUpForm() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const errors = fieldErrors(error);

  const submit = async (event) => {
    event.preventDefault();
    if (password !== repeat) {
      setError({ title: 'The passwords differ', detail: '', errors: [{ pointer: '/repeat', message: 'Type the same password twice.' }] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await postJson('/api/v1/auth/register', { username: username.trim(), password });
      acceptSession(session);
      navigate('/check-in');
    } catch (e) {
      setError(e.status === 409 && !e.errors.length ? { ...e, errors: [{ pointer: '/username', message: e.detail || 'This username is taken.' }] } : e);
      setBusy(false);
    }
  };

  return h('form', { class: 'form narrow', onSubmit: submit, noValidate: true },
    h(FormProblem, { error, shown: ['username', 'password', 'repeat'] }),
    h(TextField, { id: 'username', label: 'Username', value: username, onValue: setUsername, error: errors.username, required: true, autocomplete: 'username', autocapitalize: 'off', spellcheck: false, hint: '3 to 64 letters, digits, dots, dashes or underscores.' }),
    h(TextField, { id: 'password', label: 'Password', type: 'password', value: password, onValue: setPassword, error: errors.password, required: true, autocomplete: 'new-password', hint: h(PasswordRules, null) }),
    h(TextField, { id: 'repeat', label: 'Password again', type: 'password', value: repeat, onValue: setRepeat, error: errors.repeat, required: true, autocomplete: 'new-password' }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Creating…' : 'Create my account')));
}

export function SignUpPage() {
  useTitle('Create an account');
  const { status, session, error, retry } = useSession();
  useEffect(() => {
    if (session?.authenticated) navigate('/check-in', { replace: true });
  }, [session?.authenticated]);
  let body;
  if (status === 'error' && !session) body = h(ErrorState, { error, retry });
  else if (!session) body = h(Loading, { what: 'your session' });
  else if (!session.setUp) body = h('p', null, 'Limber is not set up yet. ', h('a', { href: '/setup' }, 'Set it up'), ' first.');
  else if (!session.registrationOpen) {
    body = h('p', null, 'This Limber does not take new accounts by itself. Ask its administrator to create one for you, then ', h('a', { href: '/sign-in' }, 'sign in'), '.');
  } else body = h(SignUpForm, null);
  return h('div', { class: 'page auth-page' },
    h('h1', null, 'Create an account'),
    h('p', { class: 'lead' }, 'Your check-ins and sessions stay on this Limber, visible to you only.'),
    body);
}
