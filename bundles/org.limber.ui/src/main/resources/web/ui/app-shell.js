// The page frame (header, main, footer, live status) and the route table.

import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest, useLocation } from '../lib/router.js';
import { Header } from './header.js';
import { Footer } from './footer.js';
import { LiveStatus } from './live-status.js';
import { ExercisesPage } from '../pages/exercises.js';
import { ExercisePage } from '../pages/exercise.js';
import { GuidanceListPage } from '../pages/guidance-list.js';
import { GuidancePage } from '../pages/guidance.js';
import { SafetyPage } from '../pages/safety.js';
import { PacksPage } from '../pages/packs.js';
import { AboutPage } from '../pages/about.js';
import { NotFoundPage } from '../pages/not-found.js';

function param(text) {
  try { return decodeURIComponent(text); } catch { return null; }
}

export function route(path) {
  if (path === '/' || path === '/exercises' || path === '/exercises/') return [ExercisesPage, {}];
  let m = path.match(/^\/exercises\/([^/]+)$/);
  if (m && param(m[1])) return [ExercisePage, { id: param(m[1]) }];
  if (path === '/guidance' || path === '/guidance/') return [GuidanceListPage, {}];
  m = path.match(/^\/guidance\/([^/]+)$/);
  if (m && param(m[1])) return [GuidancePage, { id: param(m[1]) }];
  if (path === '/safety') return [SafetyPage, {}];
  if (path === '/packs') return [PacksPage, {}];
  if (path === '/about') return [AboutPage, {}];
  return [NotFoundPage, {}];
}

export function App() {
  const { path, search } = useLocation();
  const main = useRef(null);
  const [Page, props] = route(path);

  useEffect(() => {
    if (takeFocusRequest()) main.current?.focus({ preventScroll: true });
  }, [path]);

  return h('div', { class: 'shell' },
    h(Header, { path }),
    h('main', { id: 'main', tabindex: '-1', ref: main },
      h(Page, { key: path, search, ...props })),
    h(LiveStatus, null),
    h(Footer, null));
}
