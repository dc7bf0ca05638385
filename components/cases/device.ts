import { deviceTimeZone } from '../../lib/intl';

/** The device's time zone (IANA name), for clocks and the facts of a case. */
export { deviceTimeZone };

/** What a new case records about the device it was started on. */
export function deviceEnv(): { timeZone: string; userAgent: string } {
  return { timeZone: deviceTimeZone(), userAgent: navigator.userAgent };
}
