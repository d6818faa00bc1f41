// The tab's one EventSource on /api/v1/events, shared by everything that wants live updates.
// subscribe(name, fn) listens to a server event name (e.g. 'catalog', 'packs', 'reminder') and returns an unsubscribe
// function. After the connection was lost and comes back, RECONNECTED subscribers are told, since events
// may have been missed meanwhile.

const STREAM = '/api/v1/events';
export const RECONNECTED = 'limber:reconnected';

const handlers = new Map();
let source = null;
let retryTimer = null;
let retryDelay = 2000;
let lost = false;

function relay(event) {
  let data = null;
  try { data = event.data ? JSON.parse(event.data) : null; } catch { data = event.data; }
  emit(event.type, data);
}

function emit(name, data) {
  for (const fn of [...(handlers.get(name) || [])]) {
    try { fn(data); } catch (error) { console.error('event handler failed', error); }
  }
}

function connect() {
  source = new EventSource(STREAM);
  for (const name of handlers.keys()) {
    if (name !== RECONNECTED) source.addEventListener(name, relay);
  }
  source.addEventListener('open', () => {
    retryDelay = 2000;
    if (lost) { lost = false; emit(RECONNECTED, null); }
  });
  source.addEventListener('error', () => {
    lost = true;
    // The browser retries by itself unless the server refused the stream; then try again later ourselves.
    if (source.readyState === EventSource.CLOSED) {
      source = null;
      retryTimer = setTimeout(() => { retryTimer = null; connect(); }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 60000);
    }
  });
}

// A page kept in the back/forward cache must not hold its stream open: browsers allow only a few
// connections per server over HTTP/1.1, and forgotten streams would starve the next page's requests.
window.addEventListener('pagehide', () => {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (source) { source.close(); source = null; lost = true; }
});
window.addEventListener('pageshow', (event) => {
  if (event.persisted && handlers.size && !source && !retryTimer) connect();
});

export function subscribe(name, fn) {
  let set = handlers.get(name);
  if (!set) {
    set = new Set();
    handlers.set(name, set);
    if (source && name !== RECONNECTED) source.addEventListener(name, relay);
  }
  set.add(fn);
  if (!source && !retryTimer) connect();
  return () => set.delete(fn);
}

/**
 * Opens the stream again, after signing in, out or as someone else: the server binds a stream to the session it
 * was opened with, and sends user events (such as `reminder`) only to that user's streams.
 */
export function restartStream() {
  clearTimeout(retryTimer);
  retryTimer = null;
  if (source) { source.close(); source = null; }
  retryDelay = 2000;
  if (handlers.size) connect();
}
