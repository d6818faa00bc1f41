// The user's account: plan, password, export and import, and deleting the account.

import { h } from 'preact';
import { getJson } from '../lib/api.js';
import { dateTime } from '../lib/dates.js';
import { useResource } from '../lib/use-resource.js';
import { Section, useTitle } from '../ui/bits.js';
import { Resource } from '../ui/states.js';
import { PlanForm } from '../ui/plan-form.js';
import { PasswordForm } from '../ui/password-form.js';
import { JournalData } from '../ui/journal-data.js';
import { DeleteAccount } from '../ui/delete-account.js';

export function AccountPage() {
  useTitle('Account');
  const account = useResource((signal) => getJson('/api/v1/account', { signal }), [], { refreshOn: [] });
  const plan = useResource((signal) => getJson('/api/v1/journal/plan', { signal }), [], { refreshOn: [] });
  return h('div', { class: 'page account-page' },
    h('h1', null, 'Your account'),
    h(Resource, { resource: account, what: 'your account' }, (a) =>
      h('dl', { class: 'facts' },
        h('dt', null, 'Username'), h('dd', null, a.username),
        h('dt', null, 'Role'), h('dd', null, a.role === 'admin' ? 'Administrator' : 'User'),
        h('dt', null, 'Member since'), h('dd', null, dateTime(a.createdAt)))),
    h(Section, { title: 'Your plan', id: 'plan' },
      h(Resource, { resource: plan, what: 'your plan' }, (p) => h(PlanForm, { plan: p }))),
    h(Section, { title: 'Change password', id: 'password' }, h(PasswordForm, null)),
    h(Section, { title: 'Your data', id: 'data' }, h(JournalData, null)),
    h(Section, { title: 'Delete your account', id: 'delete', className: 'danger-section' }, h(DeleteAccount, null)));
}
