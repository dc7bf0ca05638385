import type { Settings } from './schema';

/** True when the prompt for `host` is snoozed at `now`. */
export function isSnoozed(settings: Settings, host: string, now: Date): boolean {
  const until = settings.snoozedSites[host];
  if (until === undefined) return false;
  return until === 'always' || Date.parse(until) > now.getTime();
}
