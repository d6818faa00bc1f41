// The exercise search box: sends its text after a short pause in typing (or at once on Enter).

import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

const PAUSE_MS = 300;

export function SearchBox({ value, onSearch }) {
  const [text, setText] = useState(value);
  const timer = useRef(null);
  const sent = useRef(value);

  // The address changed some other way (back button, "Clear"): show what it says.
  useEffect(() => {
    if (value !== sent.current) { sent.current = value; setText(value); }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (raw) => {
    clearTimeout(timer.current);
    const q = raw.trim();
    if (q === sent.current) return;
    sent.current = q;
    onSearch(q);
  };

  return h('form', { role: 'search', class: 'search', onSubmit: (e) => { e.preventDefault(); send(text); } },
    h('label', { for: 'q' }, 'Search exercises'),
    h('input', {
      id: 'q', name: 'q', type: 'search', value: text, autocomplete: 'off', spellcheck: false,
      placeholder: 'Try “knee” or “piriformis”',
      onInput: (e) => {
        const next = e.currentTarget.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => send(next), PAUSE_MS);
      },
    }));
}
