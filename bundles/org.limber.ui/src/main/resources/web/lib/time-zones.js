// Time zone choices: every zone the browser knows, with UTC and the current one always among them.

export function timeZoneOptions(current) {
  let zones = [];
  try { zones = Intl.supportedValuesOf('timeZone'); } catch { zones = []; }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return zones.map((z) => [z, z.replaceAll('_', ' ')]);
}

export const zoneName = (zone) => (zone || '').replaceAll('_', ' ');
