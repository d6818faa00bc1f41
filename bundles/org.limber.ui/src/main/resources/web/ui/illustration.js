// An exercise's drawing: its frames (e.g. Start and End) side by side, always on a light card.

import { h } from 'preact';

export function Illustration({ illustration }) {
  const frames = illustration?.frames || [];
  if (!frames.length) return null;
  const many = frames.length > 1;
  return h('div', { class: 'illustration' },
    frames.map((frame, i) => h('figure', { class: 'frame', key: i },
      h('img', {
        src: frame.url, width: 320, height: 240,
        alt: many ? `${frame.label || `Frame ${i + 1}`}: ${illustration.alt}` : illustration.alt,
      }),
      frame.label ? h('figcaption', null, frame.label) : null)));
}
