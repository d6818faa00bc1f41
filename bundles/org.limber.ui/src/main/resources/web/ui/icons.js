// Small line-art icons for the player and the reminder banner, drawn as SVG so they look the same on every device
// (symbol characters depend on the fonts installed).

import { h } from 'preact';

const PATHS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  skip: 'M16 5h2v14h-2zM4 5v14l11-7z',
  stop: 'M6 6h12v12H6z',
  repeat: 'M12 5V2L8 6l4 4V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  sound: 'M4 9v6h4l5 4V5L8 9H4zM15.5 8.2l1.4-1.4a7 7 0 0 1 0 10.4l-1.4-1.4a5 5 0 0 0 0-7.6z',
  muted: 'M4 9v6h4l5 4V5L8 9H4zM16.6 9l-1.2 1.2 1.8 1.8-1.8 1.8 1.2 1.2 1.8-1.8 1.8 1.8 1.2-1.2-1.8-1.8 1.8-1.8-1.2-1.2-1.8 1.8z',
  bell: 'M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z',
};

export function Icon({ name }) {
  return h('svg', { class: `icon icon-${name}`, viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true', focusable: 'false' },
    h('path', { d: PATHS[name] }));
}
