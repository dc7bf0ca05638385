import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetEvidenceDbCache } from '../../lib/evidence/db';

// Every test starts with an empty browser and an empty database.
beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetEvidenceDbCache();
  // The fake browser leaves these unimplemented; the real ones are trivial getters.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // No optional permission is granted until a test says so.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Wallet Assist',
    version: '0.1.0',
  });
});
