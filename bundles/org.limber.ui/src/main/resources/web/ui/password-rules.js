// What a password must be, said once for every form that sets one.

import { h } from 'preact';

export function PasswordRules() {
  return h('span', null, '8 to 128 characters. A long phrase is easier to remember than a short, complicated password; commonly used passwords are refused.');
}
