// Test code evaluated inside the extension's Firefox pages uses the `browser` global: Chrome's
// API surface (as typed by WXT) plus the Firefox-only parts the tests call.
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

declare global {
  const browser: Omit<typeof Browser, 'extension' | 'notifications'> & FirefoxOnly;
}
