// Test code evaluated inside the extension's Firefox pages uses their `browser` global: Chrome's
// API surface (as typed by WXT) plus the Firefox-only parts the tests call. Each test file that
// runs such code declares it for itself (`declare const browser: FirefoxBrowser`), so that no
// other code type-checks against a global that Chromium does not have.
import type { Browser } from '@wxt-dev/browser';

interface FirefoxOnly {
  browserAction: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
  };
  sidebarAction: {
    isOpen(details: { windowId?: number }): Promise<boolean>;
    close(): Promise<void>;
  };
  notifications: typeof Browser.notifications & {
    onShown: { addListener(listener: (id: string) => void): void };
  };
  extension: {
    getViews(details?: { type?: 'popup' | 'sidebar' | 'tab'; windowId?: number }): Window[];
  };
}

export type FirefoxBrowser = Omit<typeof Browser, 'extension' | 'notifications'> & FirefoxOnly;
