// Pack management for administrators without a shell: upload a pack file into deploy/, follow its report
// (the list updates live), and remove a pack file that was dropped in.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { deleteJson, getJson, postBytes } from '../lib/api.js';
import { useResource } from '../lib/use-resource.js';
import { Resource } from './states.js';
import { FormProblem, Saved } from './form-problem.js';
import { ConfirmButton } from './confirm-button.js';
import { Pack } from '../pages/packs.js';

const MAX_BYTES = 16 << 20;

function Upload({ onUploaded }) {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState('');
  const submit = async (event) => {
    event.preventDefault();
    setError(null);
    setDone('');
    if (!file) {
      setError({ title: 'Choose a pack file first', detail: 'A .pack.json file, or a pack bundle (.jar).', errors: [] });
      return;
    }
    if (file.size > MAX_BYTES) {
      setError({ title: 'This file is too large', detail: 'Pack files are at most 16 MB.', errors: [] });
      return;
    }
    setBusy(true);
    try {
      const answer = await postBytes(`/api/v1/admin/packs?file=${encodeURIComponent(file.name)}`, file,
        { contentType: file.type || 'application/octet-stream' });
      const name = answer?.file || file.name;
      setDone(`Uploaded ${name}. Its report appears in the list below within seconds.`);
      onUploaded(name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'form', onSubmit: submit, noValidate: true },
    h('div', { class: 'field' },
      h('label', { for: 'pack-file' }, 'Pack file'),
      h('input', { id: 'pack-file', type: 'file', accept: '.json,.jar,application/json,application/java-archive', 'aria-describedby': 'pack-file-hint',
        onChange: (e) => setFile(e.currentTarget.files?.[0] || null) }),
      h('p', { class: 'field-hint', id: 'pack-file-hint' }, 'A file with the same name replaces the earlier one; a bad update keeps the last good version serving.')),
    h(FormProblem, { error }),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button', disabled: busy }, busy ? 'Uploading…' : 'Upload pack'),
      h(Saved, { text: done })));
}

export function AdminPacks() {
  const packs = useResource((signal) => getJson('/api/v1/packs', { signal }), []);
  const [uploaded, setUploaded] = useState(null);
  const [busy, setBusy] = useState(null);
  const [error, setError] = useState(null);
  const remove = async (file) => {
    setBusy(file);
    setError(null);
    try {
      await deleteJson(`/api/v1/admin/packs/${encodeURIComponent(file)}`);
      packs.retry();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return h('div', null,
    h(Upload, { onUploaded: (name) => { setUploaded(name); packs.retry(); } }),
    h(FormProblem, { error }),
    h(Resource, { resource: packs, what: 'packs' }, (data) => {
      const items = [...(data.items || [])].sort((a, b) => (a.source === uploaded ? -1 : b.source === uploaded ? 1 : 0));
      return h('ul', { class: 'cards packs admin-packs' }, items.map((p) => h(Pack, {
        key: `${p.packId}|${p.source}`, pack: p, highlight: p.source === uploaded, heading: 'h3',
        actions: p.sourceKind === 'file'
          ? h(ConfirmButton, { label: 'Remove', confirmLabel: 'Yes, remove', question: `Remove ${p.source}?`, busy: busy === p.source, onConfirm: () => remove(p.source) })
          : h('p', { class: 'muted small' }, 'Installed as a bundle: remove it with the Karaf console (feature:uninstall).'),
      })));
    }));
}
