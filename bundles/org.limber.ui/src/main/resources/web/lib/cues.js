// The player's sound: short beeps (Web Audio) at the start and end of each hold, and spoken instructions (the
// browser's speech synthesis). One mute switch for both, remembered on this device.

const MUTE_KEY = 'limber.player.muted';

const TONES = {
  start: [{ hz: 880, ms: 160 }],
  end: [{ hz: 660, ms: 220 }],
  finish: [{ hz: 660, ms: 160 }, { hz: 880, ms: 160 }, { hz: 1100, ms: 260 }],
};

let audio = null;

export function isMuted() {
  try { return localStorage.getItem(MUTE_KEY) === 'true'; } catch { return false; }
}

export function setMuted(muted) {
  try { localStorage.setItem(MUTE_KEY, muted ? 'true' : 'false'); } catch { /* private mode: only for this page */ }
  if (muted) stopSpeaking();
}

/** Browsers start audio only after a tap: call this from the tap that starts the session. */
export function unlockAudio() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  try {
    if (!audio) audio = new Context();
    if (audio.state === 'suspended') audio.resume().catch(() => {});
  } catch {
    audio = null;
  }
}

function beep(kind, offsetSeconds) {
  if (!audio) return offsetSeconds;
  let at = audio.currentTime + offsetSeconds;
  for (const { hz, ms } of TONES[kind] || TONES.start) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = hz;
    // A quick fade in and out, so the tone does not click.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + ms / 1000 + 0.02);
    at += ms / 1000 + 0.05;
  }
  return at - audio.currentTime;
}

function say(text) {
  if (!('speechSynthesis' in window)) return;
  // A new instruction replaces one still being spoken, so speech never lags behind the timer.
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
}

/** Plays the cues the player's state machine gave, unless muted. */
export function playCues(cues) {
  if (!cues.length || isMuted()) return;
  let offset = 0;
  const spoken = cues.filter((c) => c.say).map((c) => c.say);
  for (const cue of cues) {
    if (cue.beep) {
      try { offset = beep(cue.beep, offset); } catch { /* audio unavailable: the screen still shows everything */ }
    }
  }
  if (spoken.length) say(spoken.join(' '));
}
