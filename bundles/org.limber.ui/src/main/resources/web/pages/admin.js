// Administration: accounts, self-registration, packs and backups.

import { h } from 'preact';
import { Section, useTitle } from '../ui/bits.js';
import { AdminUsers } from '../ui/admin-users.js';
import { AdminRegistration } from '../ui/admin-registration.js';
import { AdminPacks } from '../ui/admin-packs.js';
import { AdminBackup } from '../ui/admin-backup.js';

export function AdminPage({ session }) {
  useTitle('Administration');
  return h('div', { class: 'page admin-page' },
    h('h1', null, 'Administration'),
    h(Section, { title: 'Accounts', id: 'users' }, h(AdminUsers, { session })),
    h(Section, { title: 'Registration', id: 'registration' }, h(AdminRegistration, null)),
    h(Section, { title: 'Packs', id: 'packs' }, h(AdminPacks, null)),
    h(Section, { title: 'Backup', id: 'backup' }, h(AdminBackup, null)));
}
