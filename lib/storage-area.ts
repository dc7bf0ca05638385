/**
 * The part of a `browser.storage` area that pure modules use. Callers pass the real area
 * (`browser.storage.local`, `browser.storage.session`), tests the fake browser's, so the modules
 * themselves never reach for the browser.
 */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
