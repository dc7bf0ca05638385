import { browser } from 'wxt/browser';

/** Where extension pages go and what they know of the extension itself. */

/** Paths of the extension's own pages (with a query or fragment). */
export type ExtensionPath =
  `/${'cases' | 'locker' | 'popup' | 'options' | 'welcome'}.html${string}`;

/** The full URL of one of the extension's pages. */
export function extensionUrl(path: ExtensionPath): string {
  return browser.runtime.getURL(path as '/popup.html');
}

/** Opens one of the extension's pages in a new tab. */
export async function openExtensionPage(path: ExtensionPath): Promise<void> {
  await browser.tabs.create({ url: extensionUrl(path) });
}

/** Opens the options page. */
export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The extension's version, as the manifest states it. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** Firefox's sidebar API, which the Chrome-typed `browser` does not declare. */
type SidebarAction = { open(): Promise<void> };

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** True where help can stay open beside the page (Chrome's side panel, Firefox's sidebar). */
export function canOpenSidePanel(): boolean {
  return Boolean(sidebarAction()) || Boolean(browser.sidePanel);
}

/** Opens the side panel (Chrome) or sidebar (Firefox) so help stays beside the page. */
export function openSidePanel(tabId: number | null): Promise<void> {
  const sidebar = sidebarAction();
  if (sidebar) return sidebar.open();
  if (browser.sidePanel && tabId !== null) return browser.sidePanel.open({ tabId });
  return Promise.resolve();
}

/** The browser family, for instructions that differ between browsers (pinning the button). */
export function browserFamily(): 'firefox' | 'edge' | 'chromium' {
  if (browser.runtime.getURL('/').startsWith('moz-extension:')) return 'firefox';
  return /\bEdg\//.test(navigator.userAgent) ? 'edge' : 'chromium';
}

/** Closes the page this runs in (a tab the extension opened, such as the welcome page). */
export function closeThisPage(): void {
  window.close();
}
