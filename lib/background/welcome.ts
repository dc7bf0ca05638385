import { browser } from 'wxt/browser';
import { pageAfterInstall } from '../welcome';

/**
 * Opens the welcome page after an install, or after an update with notable changes (see
 * `lib/welcome.ts`); nothing otherwise.
 */
export async function welcomeAfterInstall(details: {
  reason: string;
  previousVersion?: string;
}): Promise<void> {
  const page = pageAfterInstall(details, browser.runtime.getManifest().version);
  if (page) await browser.tabs.create({ url: browser.runtime.getURL(page as '/welcome.html') });
}
