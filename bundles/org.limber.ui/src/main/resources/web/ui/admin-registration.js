// Open or close self-registration.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { getJson, putJson } from '../lib/api.js';
import { loadSession } from '../lib/session.js';
import { useResource } from '../lib/use-resource.js';
import { Resource } from './states.js';
import { FormProblem, Saved } from './form-problem.js';

function Switch({ settings, onSaved }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const change = async (open) => {
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      await putJson('/api/v1/admin/settings', { ...settings, registrationOpen: open });
      setSaved(open ? 'Registration is open.' : 'Registration is closed.');
      onSaved();
      loadSession().catch(() => {});
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('div', null,
    h('label', { class: 'check', for: 'registration-open' },
      h('input', { id: 'registration-open', type: 'checkbox', checked: !!settings.registrationOpen, disabled: busy,
        onChange: (e) => change(e.currentTarget.checked) }),
      h('span', null, 'Anyone who can reach this Limber may create an account')),
    h('p', { class: 'field-hint' }, 'Leave this off unless you trust everyone on your network; you can always create accounts yourself.'),
    h(FormProblem, { error }),
    h(Saved, { text: saved }));
}

export function AdminRegistration() {
  const settings = useResource((signal) => getJson('/api/v1/admin/settings', { signal }), [], { refreshOn: [] });
  return h(Resource, { resource: settings, what: 'the settings' }, (data) => h(Switch, { settings: data, onSaved: settings.retry }));
}
