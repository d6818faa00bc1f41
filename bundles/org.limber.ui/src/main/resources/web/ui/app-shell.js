// The page frame (header, red-flag banner, main, footer, live status) and the route table.

import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest, useLocation } from '../lib/router.js';
import { Header } from './header.js';
import { Footer } from './footer.js';
import { LiveStatus } from './live-status.js';
import { RedFlagBanner } from './red-flag-banner.js';
import { ReminderBanner } from './reminder-banner.js';
import { RequireSession } from './require-session.js';
import { ExercisesPage } from '../pages/exercises.js';
import { ExercisePage } from '../pages/exercise.js';
import { GuidanceListPage } from '../pages/guidance-list.js';
import { GuidancePage } from '../pages/guidance.js';
import { SafetyPage } from '../pages/safety.js';
import { PacksPage } from '../pages/packs.js';
import { AboutPage } from '../pages/about.js';
import { NotFoundPage } from '../pages/not-found.js';
import { SetupPage } from '../pages/setup.js';
import { SignInPage } from '../pages/sign-in.js';
import { SignUpPage } from '../pages/sign-up.js';
import { CheckInPage } from '../pages/check-in.js';
import { JournalPage } from '../pages/journal.js';
import { NewSessionPage } from '../pages/new-session.js';
import { InsightsPage } from '../pages/insights.js';
import { AccountPage } from '../pages/account.js';
import { AdminPage } from '../pages/admin.js';
import { RoutinesPage } from '../pages/routines.js';
import { RoutineEditorPage } from '../pages/routine-editor.js';
import { MyExercisesPage } from '../pages/my-exercises.js';
import { PlayerPage } from '../pages/player.js';
import { RemindersPage } from '../pages/reminders.js';
import { DeliveryLogPage } from '../pages/delivery-log.js';

function param(text) {
  try { return decodeURIComponent(text); } catch { return null; }
}

// Pages that need a signed-in user ('user') or an administrator ('admin').
const PRIVATE = {
  '/check-in': [CheckInPage, 'user'],
  '/journal': [JournalPage, 'user'],
  '/journal/new-session': [NewSessionPage, 'user'],
  '/insights': [InsightsPage, 'user'],
  '/account': [AccountPage, 'user'],
  '/routines': [RoutinesPage, 'user'],
  '/routines/new': [RoutineEditorPage, 'user'],
  '/routines/my-exercises': [MyExercisesPage, 'user'],
  '/reminders': [RemindersPage, 'user'],
  '/reminders/log': [DeliveryLogPage, 'user'],
  '/admin': [AdminPage, 'admin'],
};

/** [Page, props, access]: access is null for public pages. */
export function route(path) {
  if (path === '/' || path === '/exercises' || path === '/exercises/') return [ExercisesPage, {}, null];
  let m = path.match(/^\/exercises\/([^/]+)$/);
  if (m && param(m[1])) return [ExercisePage, { id: param(m[1]) }, null];
  if (path === '/guidance' || path === '/guidance/') return [GuidanceListPage, {}, null];
  m = path.match(/^\/guidance\/([^/]+)$/);
  if (m && param(m[1])) return [GuidancePage, { id: param(m[1]) }, null];
  if (path === '/safety') return [SafetyPage, {}, null];
  if (path === '/packs') return [PacksPage, {}, null];
  if (path === '/about') return [AboutPage, {}, null];
  if (path === '/setup') return [SetupPage, {}, null];
  if (path === '/sign-in') return [SignInPage, {}, null];
  if (path === '/sign-up') return [SignUpPage, {}, null];
  const mine = PRIVATE[path];
  if (mine) return [mine[0], {}, mine[1]];
  m = path.match(/^\/routines\/(\d+)\/(edit|play)$/);
  if (m) return [m[2] === 'edit' ? RoutineEditorPage : PlayerPage, { id: Number(m[1]) }, 'user'];
  return [NotFoundPage, {}, null];
}

export function App() {
  const { path, search } = useLocation();
  const main = useRef(null);
  const [Page, props, access] = route(path);

  useEffect(() => {
    if (takeFocusRequest()) main.current?.focus({ preventScroll: true });
  }, [path]);

  const page = access
    ? h(RequireSession, { key: path, admin: access === 'admin', path, search },
      (session) => h(Page, { search, session, ...props }))
    : h(Page, { key: path, search, ...props });

  return h('div', { class: 'shell' },
    h(Header, { path }),
    h('main', { id: 'main', tabindex: '-1', ref: main },
      h(RedFlagBanner, null),
      h(ReminderBanner, null),
      page),
    h(LiveStatus, null),
    h(Footer, null));
}
