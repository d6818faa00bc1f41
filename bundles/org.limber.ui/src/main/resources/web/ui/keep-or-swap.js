// Saving was refused because the routine holds an exercise the user's journal says to stop (leg pain spread after
// it). One question per such exercise, in a modal dialog: keep it anyway, or swap it for another.

import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function KeepOrSwap({ warning, name, position, count, onKeep, onSwap, onCancel }) {
  const dialog = useRef(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => { if (d?.open) d.close(); };
  }, []);
  return h('dialog', {
    ref: dialog, class: 'keep-or-swap', 'aria-labelledby': 'keep-or-swap-title', 'aria-describedby': 'keep-or-swap-text',
    onCancel: (e) => { e.preventDefault(); onCancel(); },
  },
  h('h2', { id: 'keep-or-swap-title' },
    h('span', { class: 'stop-icon', 'aria-hidden': 'true' }, '!'),
    `Keep ${name}?`),
  count > 1 ? h('p', { class: 'muted small' }, `Question ${position} of ${count}`) : null,
  h('p', { id: 'keep-or-swap-text' }, warning.message),
  h('p', null, 'Keep it if you and your physiotherapist decided so; otherwise swap it for another exercise.'),
  h('div', { class: 'form-actions' },
    h('button', { type: 'button', class: 'button secondary danger', onClick: onKeep }, 'Keep it'),
    h('button', { type: 'button', class: 'button', onClick: onSwap }, 'Swap'),
    h('button', { type: 'button', class: 'link-button', onClick: onCancel }, 'Cancel')));
}
