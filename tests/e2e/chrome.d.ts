// Test code evaluated inside the extension's service worker or pages uses the `chrome` global.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
