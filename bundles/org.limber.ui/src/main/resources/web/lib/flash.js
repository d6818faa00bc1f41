// A one-time message for the next page, e.g. "Session saved" after leaving the form for the journal.

let message = null;

export function setFlash(text) {
  message = text;
}

export function takeFlash() {
  const text = message;
  message = null;
  return text;
}
