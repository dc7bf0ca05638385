import { browser } from 'wxt/browser';
import { forgetTicks } from '../checklists/ticks';
import { tabIdFromKey } from '../tab-state';
import {
  forgetSnapshotTime,
  keepMomentOfDetection,
  onSaveEvidenceCommand,
  onShortcutNotificationClicked,
  PENDING_SWEEP_ALARM,
  sweepPending,
} from './capture-events';
import { restoreInterruptedCaptures } from './capture-full';
import {
  onCaseAlarm,
  onCaseNotificationClicked,
  rescheduleAllCaseReminders,
  settingsChanged,
} from './case-reminders';
import { onProblemDetected } from './events';
import {
  forgetGuard,
  onGuardNavigation,
  onGuardPermissionRemoved,
  restoreGuardStates,
  syncGuard,
} from './guard';
import { createNumberMenu, onNumberMenuClicked } from './numbers';
import { hidePrompt, problemCleared, showPrompt } from './prompt';
import { handleMessage } from './router';
import { forgetTab, onTabNavigation, restoreTabStates } from './tab-states';
import { welcomeAfterInstall } from './welcome';

/**
 * Runs the background's reactions to one event. Each reaction runs on its own: one that fails
 * is logged under the event's and its own name and never stops the others.
 */
function react(event: string, reactions: Record<string, () => unknown>): void {
  for (const [name, reaction] of Object.entries(reactions)) {
    void (async () => reaction())().catch((error: unknown) =>
      console.error(`Wallet Assist: ${event} → ${name} failed`, error),
    );
  }
}

/** Puts up the hourly alarm that deletes unkept moment-of-detection snapshots. */
async function ensurePendingSweep(): Promise<void> {
  if (!(await browser.alarms.get(PENDING_SWEEP_ALARM))) {
    await browser.alarms.create(PENDING_SWEEP_ALARM, { periodInMinutes: 60 });
  }
  await sweepPending();
}

/**
 * Wires the background: one listener per browser event, each handing the event to the features
 * that care about it. Listeners are registered synchronously at start-up, as MV3 requires for a
 * service worker woken by an event; all state lives in `storage.session` and IndexedDB, so a
 * restarted worker carries on where the last one stopped.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // A new document is loading: whatever was detected belonged to the old one. `tab.url` is
    // only visible on hosts we have permission for, i.e. on wallets; elsewhere it is undefined
    // and the tab is forgotten.
    if (changeInfo.status !== 'loading') return;
    react('tabs.onUpdated', {
      // The guard's warning is looked at after the detection's reset, whose badge it may restore.
      tabState: async () => {
        await onTabNavigation(tabId, tab.url, new Date());
        await onGuardNavigation(tabId, tab.url);
      },
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    react('tabs.onRemoved', {
      tabState: () => forgetTab(tabId),
      guard: () => forgetGuard(tabId),
      checklistTicks: () => forgetTicks(browser.storage.session, tabId),
      snapshotTime: () => forgetSnapshotTime(tabId),
    });
  });

  // The page guard's optional permission, granted or withdrawn in the browser.
  try {
    browser.permissions.onAdded.addListener(() =>
      react('permissions.onAdded', { guard: syncGuard }),
    );
    browser.permissions.onRemoved.addListener(() =>
      react('permissions.onRemoved', { guard: onGuardPermissionRemoved }),
    );
  } catch {
    // No permission events (WXT's fake browser in unit tests): the guard is synced at start-up.
  }

  try {
    browser.contextMenus.onClicked.addListener((info, tab) => {
      react('contextMenus.onClicked', { numberCheck: () => onNumberMenuClicked(info, tab) });
    });
  } catch {
    // Browsers without context menus (Firefox for Android).
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    react('alarms.onAlarm', {
      [alarm.name]: () =>
        alarm.name === PENDING_SWEEP_ALARM ? sweepPending() : onCaseAlarm(alarm),
    });
  });

  browser.notifications.onClicked.addListener((id) => {
    react('notifications.onClicked', {
      caseReminder: () => onCaseNotificationClicked(id),
      shortcut: () => onShortcutNotificationClicked(id),
    });
  });

  const reschedule = { caseReminders: () => rescheduleAllCaseReminders() };
  const setUp = { ...reschedule, numberMenu: createNumberMenu, guard: syncGuard };
  browser.runtime.onInstalled.addListener((details) =>
    react('runtime.onInstalled', { ...setUp, welcome: () => welcomeAfterInstall(details) }),
  );
  browser.runtime.onStartup.addListener(() => react('runtime.onStartup', setUp));

  browser.storage.onChanged.addListener((changes, area) => {
    // The follow-up setting moves every "no news" reminder; the language retitles the badges
    // and the context menu; the guard setting registers or removes the guard's script.
    if (settingsChanged(changes, area)) {
      react('storage.onChanged', {
        ...reschedule,
        badges: async () => {
          await restoreTabStates();
          await restoreGuardStates();
        },
        numberMenu: createNumberMenu,
        guard: syncGuard,
      });
    }
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdFromKey(key);
      // Navigation within a single-page app cleared the problem: the prompt goes too. (A full
      // navigation has already removed it with the old document; then this finds nothing.)
      // A tab the prompt cannot reach any more (closed, or no longer a wallet) has nothing to
      // hide: that failure is expected and not logged.
      if (tabId !== null && problemCleared(change)) {
        react('storage.onChanged', { prompt: () => hidePrompt(tabId).catch(() => undefined) });
      }
    }
  });

  try {
    browser.commands.onCommand.addListener((command, tab) => {
      react('commands.onCommand', { capture: () => onSaveEvidenceCommand(command, tab?.id) });
    });
  } catch {
    // Browsers without keyboard shortcuts (Firefox for Android) have no `commands` API.
  }

  // A problem was just detected in a tab: the in-page prompt (only where it is wanted), and the
  // moment-of-detection evidence. Neither waits for the other.
  onProblemDetected((event) => {
    react('problem detected', {
      prompt: () => showPrompt(event),
      momentOfDetection: () => keepMomentOfDetection(event),
    });
  });

  react('start-up', {
    tabStates: async () => {
      await restoreTabStates();
      await restoreGuardStates();
    },
    pendingSweep: ensurePendingSweep,
    guard: syncGuard,
    // A worker stopped during a full-page capture left the page scrolled, its header hidden.
    interruptedCaptures: restoreInterruptedCaptures,
  });

  // The end-to-end tests cannot open a context menu: in their build only, they may call what
  // its item does. (Dropped from other builds: the mode is known at build time.)
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { walletAssistTest?: unknown }).walletAssistTest = { onNumberMenuClicked };
  }
}
