// Client-side routing on the history API: navigate(), a useLocation() hook, and link interception.

import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();
let focusRequested = false;

const current = () => ({ path: location.pathname, search: location.search });

function notify() {
  for (const fn of [...listeners]) fn(current());
}

/** Goes to a same-origin URL; a new page scrolls to the top and takes focus, a changed query does not. */
export function navigate(url, { replace = false } = {}) {
  const target = new URL(url, location.href);
  const newPage = target.pathname !== location.pathname;
  const address = target.pathname + target.search + target.hash;
  if (replace || (!newPage && target.search === location.search)) {
    history.replaceState(null, '', address);
  } else {
    history.pushState(null, '', address);
  }
  if (newPage) {
    focusRequested = true;
    window.scrollTo(0, 0);
  }
  notify();
}

/** True once after a navigation to another page: the new page should move focus to its main content. */
export function takeFocusRequest() {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

window.addEventListener('popstate', () => { focusRequested = true; notify(); });

export function useLocation() {
  const [location_, setLocation] = useState(current);
  useEffect(() => {
    listeners.add(setLocation);
    setLocation(current());
    return () => listeners.delete(setLocation);
  }, []);
  return location_;
}

export function interceptLinks(root) {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target.closest?.('a[href]');
    if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/app/')) return;
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
