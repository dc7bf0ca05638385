import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n';
import type { StateId } from '../states';
import { backgroundLocale } from './locale';

/** Badge colour: amber reads as "needs attention" without the alarm of red. */
const BADGE_COLOR = '#b45309';

/** `action` in MV3, `browserAction` in Firefox's MV2 build. */
function actionApi(): typeof browser.action {
  const api = browser as unknown as {
    action?: typeof browser.action;
    browserAction?: typeof browser.action;
  };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('No action API in this browser');
  return action;
}

/**
 * Shows or clears the toolbar badge of one tab. The badge is non-empty exactly when `state` is
 * not null (public contract). A tab that closed meanwhile is not an error.
 */
export async function setBadge(tabId: number, state: StateId | null): Promise<void> {
  const action = actionApi();
  const t = createTranslator(await backgroundLocale());
  try {
    await action.setBadgeText({ tabId, text: state ? '!' : '' });
    if (state) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setTitle({
      tabId,
      title: state ? t('badge.title', { state: t(`state.${state}`) }) : t('app.name'),
    });
  } catch (error) {
    if (!/no tab with id|invalid tab/i.test(String(error))) throw error;
  }
}
