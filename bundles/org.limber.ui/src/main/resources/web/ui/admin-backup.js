// "Back up now": a consistent copy of the database while Limber runs.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { bytes, dateTime } from '../lib/dates.js';
import { FormProblem } from './form-problem.js';

export function AdminBackup() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [backup, setBackup] = useState(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setBackup(await postJson('/api/v1/admin/backups'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('div', null,
    h('p', null, 'Writes a consistent copy of the database into the backups folder while Limber keeps running. See the backup guide for restoring it.'),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'button', disabled: busy, onClick: run }, busy ? 'Backing up…' : 'Back up now')),
    h(FormProblem, { error }),
    backup
      ? h('div', { class: 'saved-panel backup-result', role: 'status' },
        h('p', null, 'Backup written.'),
        h('dl', { class: 'facts' },
          h('dt', null, 'File'), h('dd', null, h('code', { class: 'source-name' }, backup.file)),
          h('dt', null, 'Size'), h('dd', null, bytes(backup.bytes)),
          backup.schemaVersion != null ? [h('dt', { key: 'sv' }, 'Schema version'), h('dd', { key: 'svv' }, String(backup.schemaVersion))] : null,
          backup.createdAt ? [h('dt', { key: 'c' }, 'Written'), h('dd', { key: 'cv' }, dateTime(backup.createdAt))] : null))
      : null);
}
