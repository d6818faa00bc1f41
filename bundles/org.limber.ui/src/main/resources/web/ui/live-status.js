// A small polite live region that says "Catalog updated" when packs or the catalog change.

import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { subscribe } from '../lib/events.js';

const SHOW_MS = 5000;

export function LiveStatus() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer = null;
    const show = () => {
      setMessage('Catalog updated');
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(''), SHOW_MS);
    };
    const offs = ['catalog', 'packs'].map((name) => subscribe(name, show));
    return () => { offs.forEach((off) => off()); clearTimeout(timer); };
  }, []);
  return h('div', { class: `live-status${message ? ' shown' : ''}`, role: 'status', 'aria-live': 'polite' }, message);
}
