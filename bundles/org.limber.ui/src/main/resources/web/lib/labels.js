// Human labels for the API's kebab-case wire names.

const LABELS = {
  'lying-on-back': 'Lying on your back',
  'lying-face-down': 'Lying face down',
  'hands-and-knees': 'On hands and knees',
  'nerve-glide': 'Nerve glide',
  'acute': 'Acute (pain is high)',
  'subacute': 'Subacute (pain is easing)',
  'recovery': 'Recovery (little pain)',
  'see-professional': 'See a professional',
  'below-knee': 'Below the knee',
  'no-change': 'No change',
  'spread': 'Spread down the leg',
  'centralized': 'Moved toward the back',
  'not-sided': 'Not sided',
  'before-session': 'Before a session',
  'after-session': 'After a session',
  'standalone': 'Check-in',
};

export function label(wire) {
  if (wire == null) return '';
  if (LABELS[wire]) return LABELS[wire];
  const words = String(wire).replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const labels = (values) => (values || []).map(label).join(', ');
