// Export the journal (JSON, or CSV files in a zip) and import a JSON export into an empty journal.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { postJson } from '../lib/api.js';
import { FormProblem, Saved } from './form-problem.js';

const MAX_BYTES = 1 << 20;

export function JournalData() {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState('');

  const submit = async (event) => {
    event.preventDefault();
    setDone('');
    setError(null);
    if (!file) {
      setError({ title: 'Choose a file first', detail: 'Pick a Limber journal export (.json).', errors: [] });
      return;
    }
    if (file.size > MAX_BYTES) {
      setError({ title: 'This file is too large', detail: 'Limber takes journal exports of up to 1 MB.', errors: [] });
      return;
    }
    let body;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError({ title: 'This is not a journal export', detail: 'The file is not valid JSON.', errors: [] });
      return;
    }
    setBusy(true);
    try {
      const counts = await postJson('/api/v1/journal/import', body);
      setDone(`Imported ${counts.checkIns} check-ins, ${counts.sessions} sessions and ${counts.days} marked days.`);
    } catch (e) {
      setError(e.status === 409 ? { ...e, detail: `${e.detail ? `${e.detail} ` : ''}An export can only be imported into an empty journal.` } : e);
    } finally {
      setBusy(false);
    }
  };

  return h('div', null,
    h('p', null, 'Download everything you logged: your plan, check-ins, sessions and marked days.'),
    h('div', { class: 'form-actions' },
      h('a', { class: 'button secondary', href: '/api/v1/journal/export', download: 'limber-journal.json' }, 'Export as JSON'),
      h('a', { class: 'button secondary', href: '/api/v1/journal/export?format=csv', download: 'limber-journal.zip' }, 'Export as CSV (zip)')),
    h('h3', null, 'Import'),
    h('form', { class: 'form', onSubmit: submit, noValidate: true },
      h('div', { class: 'field' },
        h('label', { for: 'import-file' }, 'A Limber journal export (JSON)'),
        h('input', { id: 'import-file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'import-file-hint',
          onChange: (e) => setFile(e.currentTarget.files?.[0] || null) }),
        h('p', { class: 'field-hint', id: 'import-file-hint' }, 'Only into an empty journal, e.g. after moving to a new Limber.')),
      h(FormProblem, { error }),
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Importing…' : 'Import'),
        h(Saved, { text: done }))));
}
