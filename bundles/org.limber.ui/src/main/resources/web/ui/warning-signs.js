// "Any of these warning signs?": the emergency and urgent red flags as checkboxes, emergencies first.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkInFlags, loadSafety } from '../lib/safety.js';

export function WarningSigns({ selected, onChange, idPrefix = 'flag' }) {
  const [state, setState] = useState({ flags: null, failed: false });
  useEffect(() => {
    let live = true;
    loadSafety().then((s) => { if (live) setState({ flags: checkInFlags(s), failed: false }); },
      () => { if (live) setState({ flags: [], failed: true }); });
    return () => { live = false; };
  }, []);
  const toggle = (id, on) => onChange(on ? [...selected.filter((x) => x !== id), id] : selected.filter((x) => x !== id));
  const flags = [...(state.flags || [])].sort((a, b) => (a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : 1));
  return h('fieldset', { class: 'warning-signs' },
    h('legend', null, 'Any of these warning signs?'),
    h('p', { class: 'small' }, 'Tick any you have now. They need a doctor soon, some of them at once: if you have one, get help, whatever Limber says.'),
    state.flags === null ? h('p', { class: 'muted', role: 'status' }, 'Loading the warning signs…') : null,
    state.failed ? h('p', { class: 'field-error' }, 'The list of warning signs could not be loaded. See the ', h('a', { href: '/safety' }, 'safety page'), '.') : null,
    h('ul', { class: 'sign-list' }, flags.map((flag) => {
      const id = `${idPrefix}-${flag.id}`;
      return h('li', { key: flag.id, class: `sign urgency-${flag.urgency}` },
        h('input', { id, type: 'checkbox', name: 'redFlags', value: flag.id, checked: selected.includes(flag.id),
          'aria-describedby': `${id}-text`, onChange: (e) => toggle(flag.id, e.currentTarget.checked) }),
        h('label', { for: id },
          h('span', { class: 'sign-title' }, flag.title),
          flag.urgency === 'emergency' ? h('span', { class: 'badge danger' }, 'Emergency') : h('span', { class: 'badge warn' }, 'Urgent')),
        h('p', { id: `${id}-text`, class: 'sign-text' }, flag.description));
    })));
}
