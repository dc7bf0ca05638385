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
    react('tabs.onUpdated', { tabState: () => onTabNavigation(tabId, tab.url, new Date()) });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    react('tabs.onRemoved', {
      tabState: () => forgetTab(tabId),
      checklistTicks: () => forgetTicks(browser.storage.session, tabId),
      snapshotTime: () => forgetSnapshotTime(tabId),
    });
  });

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
  browser.runtime.onInstalled.addListener((details) =>
    react('runtime.onInstalled', { ...reschedule, welcome: () => welcomeAfterInstall(details) }),
  );
  browser.runtime.onStartup.addListener(() => react('runtime.onStartup', reschedule));

  browser.storage.onChanged.addListener((changes, area) => {
    // The follow-up setting moves every "no news" reminder; the language retitles the badges.
    if (settingsChanged(changes, area)) {
      react('storage.onChanged', { ...reschedule, badges: restoreTabStates });
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
    tabStates: restoreTabStates,
    pendingSweep: ensurePendingSweep,
    // A worker stopped during a full-page capture left the page scrolled, its header hidden.
    interruptedCaptures: restoreInterruptedCaptures,
  });
}
