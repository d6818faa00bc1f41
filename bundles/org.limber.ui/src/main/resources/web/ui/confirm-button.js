// A destructive action that asks once more in place ("Delete?" then "Yes, delete" / "Keep"), no pop-up dialog.

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function ConfirmButton({ label, confirmLabel, question, onConfirm, busy = false, className = '' }) {
  const [asking, setAsking] = useState(false);
  const yes = useRef(null);
  const start = useRef(null);
  useEffect(() => { if (asking) yes.current?.focus(); }, [asking]);
  if (!asking) {
    return h('button', { type: 'button', ref: start, class: `button secondary danger ${className}`.trim(), disabled: busy, onClick: () => setAsking(true) }, label);
  }
  return h('span', { class: 'confirm', role: 'group', 'aria-label': question },
    h('span', { class: 'confirm-question' }, question),
    h('button', { type: 'button', ref: yes, class: 'button danger', disabled: busy, onClick: () => { setAsking(false); onConfirm(); } }, confirmLabel),
    h('button', { type: 'button', class: 'button secondary', onClick: () => setAsking(false) }, 'Keep'));
}
