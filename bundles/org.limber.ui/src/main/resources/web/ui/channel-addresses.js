// Where each channel reaches the user: an address (email, a webhook's URL...) with the channel's options (a webhook's
// message format and signing secret), and "Send a test" to see that it arrives.

import { h } from 'preact';
import { useState } from 'preact/hooks';
import { deleteJson, postJson, putJson } from '../lib/api.js';
import { fieldErrors } from '../lib/fields.js';
import { label } from '../lib/labels.js';
import { SelectField, TextField } from './field.js';
import { FormProblem, Saved } from './form-problem.js';

const PRESETS = [['json', 'Plain JSON'], ['ntfy', 'ntfy'], ['gotify', 'Gotify']];
const OPTION_LABELS = { preset: 'Message format', secret: 'Signing secret (optional)' };

const OUTCOMES = {
  delivered: 'Sent',
  retryable: 'Not sent this time (it may work later)',
  failed: 'Not sent',
};

function TestButton({ channel }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState(null);
  const test = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await postJson(`/api/v1/reminders/channels/${encodeURIComponent(channel.id)}/test`));
    } catch (e) {
      setResult({ outcome: 'failed', detail: e.detail || e.title });
    } finally {
      setBusy(false);
    }
  };
  return h('div', { class: 'channel-test' },
    h('button', { type: 'button', class: 'button secondary', disabled: busy || !channel.installed, onClick: test, 'aria-label': `Send a test through ${channel.label}` },
      busy ? 'Sending…' : 'Send a test'),
    h('p', { class: `test-outcome outcome-${result?.outcome || 'none'}`, role: 'status' },
      result ? `${OUTCOMES[result.outcome] || result.outcome}${result.detail ? `: ${result.detail}` : ''}` : ''));
}

function OptionField({ id, name, value, onValue, error }) {
  if (name === 'preset') {
    return h(SelectField, { id, label: OPTION_LABELS.preset, value: value || 'json', onValue, options: PRESETS, error,
      hint: 'ntfy and Gotify get their own message format; anything else gets Limber’s JSON.' });
  }
  if (name === 'secret') {
    return h(TextField, { id, label: OPTION_LABELS.secret, type: 'password', autocomplete: 'off', value, onValue, error,
      hint: 'If set, each request carries a signature of its body made with this secret.' });
  }
  return h(TextField, { id, label: OPTION_LABELS[name] || label(name), value, onValue, error });
}

function Channel({ channel, address, onChanged }) {
  const prefix = `address-${channel.id}`;
  const [value, setValue] = useState(address?.address || '');
  const [options, setOptions] = useState(() => Object.fromEntries((channel.optionKeys || []).map((k) => [k, address?.options?.[k] || ''])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState('');
  const errors = fieldErrors(error);
  const needsAddress = !!channel.addressLabel;

  const save = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const kept = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== ''));
      await putJson(`/api/v1/reminders/addresses/${encodeURIComponent(channel.id)}`, { address: value.trim(), options: kept });
      setSaved('Saved.');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteJson(`/api/v1/reminders/addresses/${encodeURIComponent(channel.id)}`);
      setValue('');
      setSaved('Removed.');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return h('li', { class: 'card channel', 'data-channel-id': channel.id },
    h('div', { class: 'card-body' },
      h('h3', null, channel.label || channel.id,
        !channel.installed ? h('span', { class: 'badge warn' }, 'Not installed') : channel.ready ? h('span', { class: 'badge' }, 'Ready') : null),
      !channel.installed
        ? h('p', { class: 'muted small' }, 'This channel is not installed now. Its reminders wait and are sent when it is back.')
        : null,
      needsAddress
        ? h('form', { class: 'form channel-address', onSubmit: save, noValidate: true },
          h(TextField, { id: `${prefix}-address`, label: channel.addressLabel, value, onValue: (v) => { setSaved(''); setValue(v); }, error: errors.address, autocomplete: 'off', spellcheck: false }),
          (channel.optionKeys || []).map((k) => h(OptionField, { key: k, id: `${prefix}-${k}`, name: k, value: options[k], error: errors[`options/${k}`],
            onValue: (v) => { setSaved(''); setOptions({ ...options, [k]: v }); } })),
          h(FormProblem, { error, shown: ['address', ...(channel.optionKeys || []).map((k) => `options/${k}`)] }),
          h('div', { class: 'form-actions' },
            h('button', { type: 'submit', class: 'button', disabled: busy }, 'Save'),
            address ? h('button', { type: 'button', class: 'button secondary danger', disabled: busy, onClick: remove }, 'Remove') : null,
            h(Saved, { text: saved })))
        : h('p', { class: 'muted small' }, 'Needs no address.'),
      h(TestButton, { channel })));
}

export function ChannelAddresses({ channels, addresses, onChanged }) {
  if (!channels.length) return h('p', { class: 'empty' }, 'No reminder channel is installed.');
  return h('ul', { class: 'cards channel-list' }, channels.map((c) =>
    h(Channel, { key: c.id, channel: c, address: addresses.find((a) => a.channelId === c.id) || null, onChanged })));
}
