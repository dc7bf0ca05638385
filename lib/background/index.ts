import { browser } from 'wxt/browser';
import { forgetTicks } from '../checklists/ticks';
import { onProblemDetected } from './events';
import { hidePrompt, problemCleared, showPrompt } from './prompt';
import { tabIdFromKey } from '../tab-state';
import {
  keepMomentOfDetection,
  onSaveEvidenceCommand,
  PENDING_SWEEP_ALARM,
  sweepPending,
} from './capture-events';
import { handleMessage } from './router';
import {
  onCaseAlarm,
  onCaseNotificationClicked,
  rescheduleAllCaseReminders,
  settingsChanged,
} from './case-reminders';
import { forgetTab, onTabNavigation, restoreTabStates } from './tab-states';

/**
 * Wires the background's listeners. Listeners are registered synchronously at start-up, as MV3
 * requires for a service worker woken by an event; all state lives in `storage.session` and
 * IndexedDB, so a restarted worker carries on where the last one stopped.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId).catch((error) => console.error('Wallet Assist: forgetTab', error));
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // A new document is loading: whatever was detected belonged to the old one. `tab.url` is
    // only visible on hosts we have permission for, i.e. on wallets; elsewhere it is undefined
    // and the tab is forgotten.
    if (changeInfo.status !== 'loading') return;
    void onTabNavigation(tabId, tab.url, new Date()).catch((error) =>
      console.error('Wallet Assist: onTabNavigation', error),
    );
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void onCaseAlarm(alarm).catch((error) => console.error('Wallet Assist: case reminder', error));
  });
  browser.notifications.onClicked.addListener((id) => {
    void onCaseNotificationClicked(id).catch((error) =>
      console.error('Wallet Assist: open case from notification', error),
    );
  });
  const rescheduleReminders = () => {
    void rescheduleAllCaseReminders().catch((error) =>
      console.error('Wallet Assist: reschedule case reminders', error),
    );
  };
  browser.runtime.onInstalled.addListener(rescheduleReminders);
  browser.runtime.onStartup.addListener(rescheduleReminders);
  browser.storage.onChanged.addListener((changes, area) => {
    if (settingsChanged(changes, area)) rescheduleReminders();
  });

  // The in-page prompt: injected only when a problem appears, and only where it is wanted.
  onProblemDetected((event) => showPrompt(event).then(() => undefined));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdFromKey(key);
      // Navigation within a single-page app cleared the problem: the prompt goes too. (A full
      // navigation has already removed it with the old document; then this finds nothing.)
      if (tabId !== null && problemCleared(change)) void hidePrompt(tabId).catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTicks(tabId).catch((error) => console.error('Wallet Assist: forgetTicks', error));
  });

  void restoreTabStates().catch((error) => console.error('Wallet Assist: restore', error));

  // Evidence: the moment of detection (not awaited, so other listeners are not held up), the
  // keyboard shortcut, and the hourly sweep of pending snapshots nobody kept.
  onProblemDetected((event) => {
    void keepMomentOfDetection(event).catch((error) =>
      console.error('Wallet Assist: moment of detection', error),
    );
  });
  try {
    browser.commands.onCommand.addListener((command, tab) => {
      void onSaveEvidenceCommand(command, tab?.id).catch((error) =>
        console.error('Wallet Assist: shortcut capture', error),
      );
    });
  } catch {
    // Browsers without keyboard shortcuts (Firefox for Android) have no `commands` API.
  }
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== PENDING_SWEEP_ALARM) return;
    void sweepPending().catch((error) => console.error('Wallet Assist: pending sweep', error));
  });
  void (async () => {
    if (!(await browser.alarms.get(PENDING_SWEEP_ALARM))) {
      await browser.alarms.create(PENDING_SWEEP_ALARM, { periodInMinutes: 60 });
    }
    await sweepPending();
  })().catch((error) => console.error('Wallet Assist: pending sweep', error));
}
