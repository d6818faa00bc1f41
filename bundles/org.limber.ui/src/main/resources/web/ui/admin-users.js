// Administrators manage accounts: list, create, disable or enable, delete.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { deleteJson, getJson, patchJson, postJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { dateTime } from '../lib/dates.js';
import { useResource } from '../lib/use-resource.js';
import { Resource } from './states.js';
import { SelectField, TextField } from './field.js';
import { FormProblem, Saved } from './form-problem.js';
import { ConfirmButton } from './confirm-button.js';
import { PasswordRules } from './password-rules.js';

function NewUser({ onCreated }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState('user');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = fieldErrors(error);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const user = await postJson('/api/v1/admin/users', { username: username.trim(), password, role });
      setUsername(''); setPassword(''); setRole('user');
      setSaved(`Account “${user.username}” created.`);
      onCreated();
    } catch (e) {
      setError(e.status === 409 && !e.errors.length ? { ...e, errors: [{ pointer: '/username', message: e.detail || 'This username is taken.' }] } : e);
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'form new-user', onSubmit: submit, noValidate: true },
    h('h3', null, 'Create an account'),
    h('div', { class: 'two-columns' },
      h(TextField, { id: 'new-username', label: 'Username', value: username, onValue: setUsername, error: errors.username, autocomplete: 'off', autocapitalize: 'off', spellcheck: false, required: true }),
      h(TextField, { id: 'new-password', label: 'Password', type: 'password', value: password, onValue: setPassword, error: errors.password, autocomplete: 'new-password', required: true, hint: h(PasswordRules, null) })),
    h(SelectField, { id: 'new-role', label: 'Role', value: role, onValue: setRole, error: errors.role, options: [['user', 'User'], ['admin', 'Administrator']] }),
    h(FormProblem, { error, shown: ['username', 'password', 'role'] }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Creating…' : 'Create account'),
      h(Saved, { text: saved })));
}

function UserRow({ user, me, busy, onDisable, onDelete }) {
  return h('tr', { class: user.disabled ? 'disabled-user' : undefined },
    h('th', { scope: 'row' }, user.username, user.id === me ? h('span', { class: 'muted' }, ' (you)') : null),
    h('td', null, user.role === 'admin' ? 'Administrator' : 'User'),
    h('td', null, user.disabled ? h('span', { class: 'badge warn' }, 'Disabled') : 'Active'),
    h('td', null, dateTime(user.createdAt)),
    h('td', null, h('div', { class: 'row-actions' },
      user.id === me ? null : h('button', { type: 'button', class: 'button secondary small-button', disabled: busy, onClick: onDisable,
        'aria-label': `${user.disabled ? 'Enable' : 'Disable'} ${user.username}` }, user.disabled ? 'Enable' : 'Disable'),
      user.id === me ? null : h(ConfirmButton, { label: 'Delete', confirmLabel: 'Yes, delete', question: `Delete ${user.username} and all their data?`, onConfirm: onDelete, busy, className: 'small-button' }))));
}

export function AdminUsers({ session }) {
  const users = useResource((signal) => getJson('/api/v1/admin/users', { signal }), [], { refreshOn: [] });
  const [busy, setBusy] = useState(null);
  const [error, setError] = useState(null);
  const act = async (id, work) => {
    setBusy(id);
    setError(null);
    try { await work(); users.retry(); } catch (e) { setError(e); } finally { setBusy(null); }
  };
  return h('div', null,
    h(FormProblem, { error }),
    h(Resource, { resource: users, what: 'the accounts' }, (data) =>
      h('div', { class: 'table-scroll' },
        h('table', { class: 'users' },
          h('caption', { class: 'visually-hidden' }, 'Accounts'),
          h('thead', null, h('tr', null, ['Username', 'Role', 'State', 'Created', h('span', { class: 'visually-hidden' }, 'Actions')].map((c, i) => h('th', { key: i, scope: 'col' }, c)))),
          h('tbody', null, (data.items || []).map((u) => h(UserRow, {
            key: u.id, user: u, me: session.user.id, busy: busy === u.id,
            onDisable: () => act(u.id, () => patchJson(`/api/v1/admin/users/${encodeURIComponent(u.id)}`, { disabled: !u.disabled })),
            onDelete: () => act(u.id, () => deleteJson(`/api/v1/admin/users/${encodeURIComponent(u.id)}`)),
          })))))),
    h(NewUser, { onCreated: users.retry }));
}
