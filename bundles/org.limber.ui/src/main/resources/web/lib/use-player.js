// Drives the player's state machine (player.js) in the page: a clock feeds it the time that passed, taps become its
// events, and the cues it gives are played (unless muted).

import { useEffect, useRef, useState } from 'preact/hooks';
import { send, start, tick } from './player.js';
import { playCues } from './cues.js';

const TICK_MS = 200;

export function usePlayer() {
  const [state, setState] = useState(null);
  const ref = useRef(null);
  const apply = ({ state: next, cues }) => {
    if (next !== ref.current) {
      ref.current = next;
      setState(next);
    }
    playCues(cues);
  };
  const running = !!state && !state.finished;

  useEffect(() => {
    if (!running) return undefined;
    // Time is measured, not counted: a throttled background tab still moves the timer on correctly.
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      apply(tick(ref.current, elapsed));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running]);

  return {
    state,
    begin: (items) => apply(start(items)),
    send: (event) => { if (ref.current) apply(send(ref.current, event)); },
  };
}
