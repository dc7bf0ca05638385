import { browser } from 'wxt/browser';

/**
 * The one optional permission: access to all sites, which browsers require for a screenshot that
 * no click on the extension preceded. With it, the record of the moment a problem is detected
 * includes a screenshot. It is asked for only from a click on the options page, with the reason
 * shown beside the switch, and can be given back there at any time.
 */
const ALL_SITES = { origins: ['<all_urls>'] };

/** True when the person has allowed screenshots at the moment of detection. */
export function hasDetectionScreenshots(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

/**
 * Asks the browser (which asks the person) for the permission. Call it straight from the click
 * handler: browsers grant permission requests only during a user gesture.
 */
export function requestDetectionScreenshots(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES);
}

/** Gives the permission back. */
export function removeDetectionScreenshots(): Promise<boolean> {
  return browser.permissions.remove(ALL_SITES);
}
