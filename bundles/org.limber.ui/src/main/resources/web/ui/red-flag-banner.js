// On every signed-in page: the latest check-in whose warning signs were not yet acknowledged, at the top.

import { h } from 'preact';
import { usePendingRedFlags } from '../lib/red-flags.js';
import { useSession } from '../lib/session.js';
import { RedFlagAlert } from './red-flag-alert.js';

export function RedFlagBanner() {
  const { session } = useSession();
  const userId = session?.authenticated ? session.user?.id : null;
  const { checkIn, fresh } = usePendingRedFlags(userId);
  if (userId == null || !checkIn) return null;
  return h('div', { class: 'red-flag-banner' }, h(RedFlagAlert, { key: checkIn.id, checkIn, focus: fresh }));
}
