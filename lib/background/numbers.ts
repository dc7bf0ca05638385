import { browser, type Browser } from 'wxt/browser';
import { translate } from '../i18n';
import { checkPhoneNumber } from '../numbers/check';
import { PENDING_NUMBER_KEY } from '../numbers/pending';
import type { Handlers } from './handlers';
import { backgroundLocale } from './locale';

/**
 * The number check, from the background's side: the `numbers/check` message of the directory,
 * and the context-menu item "Check this number with Wallet Assist" on selected text. The
 * selection goes only to the extension: it is kept for a moment in session storage (which pages
 * cannot read) and shown in the extension's own window.
 */

/** The context-menu item's id. */
export const NUMBER_MENU_ID = 'wallet-assist-check-number';

/** The longest selection kept (a longer one is answered "not a phone number" anyway). */
const MAX_SELECTION = 200;

/** Puts up (or renames, after a language change) the context-menu item for selected text. */
export async function createNumberMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  const title = translate(await backgroundLocale(), 'menu.checkNumber');
  await menus.removeAll();
  menus.create({ id: NUMBER_MENU_ID, title, contexts: ['selection'] });
}

/**
 * What the menu item does: keeps the selection for the extension's window and opens it there.
 * Called by the browser's `contextMenus.onClicked` (and by the end-to-end test, which cannot
 * open a context menu).
 */
export async function onNumberMenuClicked(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<void> {
  if (info.menuItemId !== NUMBER_MENU_ID) return;
  const text = (info.selectionText ?? '').slice(0, MAX_SELECTION);
  await browser.storage.session.set({ [PENDING_NUMBER_KEY]: { text, at: Date.now() } });
  const query = `check=pending${tab?.id === undefined ? '' : `&tabId=${tab.id}`}`;
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${query}`),
    type: 'popup',
    width: 420,
    height: 720,
  });
}

/** The directory's number field. */
export const numberHandlers: Handlers<'numbers/check'> = {
  'numbers/check': async ({ text, region }) => checkPhoneNumber(text, region),
};
