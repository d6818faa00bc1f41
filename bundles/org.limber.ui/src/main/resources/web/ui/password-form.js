// Change one's password (other sessions of the account end).

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { putJson } from '../lib/api.js';
import { loadSession } from '../lib/session.js';
import { fieldErrors } from '../lib/fields.js';
import { TextField } from './field.js';
import { FormProblem, Saved } from './form-problem.js';
import { PasswordRules } from './password-rules.js';

export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = fieldErrors(error);

  const submit = async (event) => {
    event.preventDefault();
    setSaved('');
    if (next !== repeat) {
      setError({ title: 'The new passwords differ', detail: '', errors: [{ pointer: '/repeatPassword', message: 'Type the same new password twice.' }] });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await putJson('/api/v1/account/password', { currentPassword: current, newPassword: next });
      // The server renews the session (a new id, so a new CSRF token) after a credential change.
      await loadSession();
      setCurrent(''); setNext(''); setRepeat('');
      setSaved('Password changed. Your other sessions have been signed out.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return h('form', { class: 'form narrow', onSubmit: submit, noValidate: true },
    h(TextField, { id: 'currentPassword', label: 'Current password', type: 'password', value: current, onValue: setCurrent, error: errors.currentPassword, autocomplete: 'current-password', required: true }),
    h(TextField, { id: 'newPassword', label: 'New password', type: 'password', value: next, onValue: setNext, error: errors.newPassword, autocomplete: 'new-password', required: true, hint: h(PasswordRules, null) }),
    h(TextField, { id: 'repeatPassword', label: 'New password again', type: 'password', value: repeat, onValue: setRepeat, error: errors.repeatPassword, autocomplete: 'new-password', required: true }),
    h(FormProblem, { error, shown: ['currentPassword', 'newPassword', 'repeatPassword'] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Changing…' : 'Change password'),
      h(Saved, { text: saved })));
}
