// Delete one's account and everything in it, confirmed with the password.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { navigate } from '../lib/router.js';
import { forgetSession, loadSession } from '../lib/session.js';
import { TextField } from './field.js';
import { FormProblem } from './form-problem.js';

export function DeleteAccount() {
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const errors = fieldErrors(error);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await postJson('/api/v1/account/delete', { password });
      forgetSession();
      loadSession().catch(() => {});
      navigate('/');
    } catch (e) {
      setError(e.status === 403 && !e.errors.length ? { ...e, errors: [{ pointer: '/password', message: e.detail || 'Wrong password.' }] } : e);
      setBusy(false);
    }
  };

  return h('form', { class: 'form narrow danger-zone', onSubmit: submit, noValidate: true },
    h('p', null, 'This deletes your account, your journal and your plan from this Limber, for good. Export your journal first if you want to keep it.'),
    h(TextField, { id: 'delete-password', label: 'Your password', type: 'password', value: password, onValue: setPassword, error: errors.password, autocomplete: 'current-password', required: true }),
    h('label', { class: 'check', for: 'delete-sure' },
      h('input', { id: 'delete-sure', type: 'checkbox', checked: sure, onChange: (e) => setSure(e.currentTarget.checked) }),
      h('span', null, 'Yes, delete my account and all my data')),
    h(FormProblem, { error, shown: ['password'] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button danger', disabled: busy || !sure || !password }, busy ? 'Deleting…' : 'Delete my account')));
}
