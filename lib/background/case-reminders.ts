import { browser, type Browser } from 'wxt/browser';
import { openCasesDb } from '../cases/db';
import { recordReminder } from '../cases/operations';
import {
  caseIdFromName,
  nextReminder,
  reminderAlarmName,
  type ReminderReason,
} from '../cases/reminders';
import type { CaseRecord } from '../cases/schema';
import { getCase, listCases, updateCase } from '../cases/store';
import { isAwaitingAnswer } from '../cases/status';
import { translate, type Locale } from '../i18n';
import { providerName } from '../providers';
import { getSettings, SETTINGS_KEY } from '../settings';
import { backgroundLocale } from './locale';

/**
 * Follow-up reminders. Each case that still awaits an answer has one alarm, `case:<id>`, set to
 * its next reminder (a promised date passing, or N days without news). Alarms survive a worker
 * restart and a browser restart; every change to a case replaces its alarm. When the alarm rings,
 * a notification names the case and a click on it opens the case page.
 */

/** (Re)sets or clears the alarm of `record` from what is stored now. */
export async function scheduleCaseReminder(record: CaseRecord, now: Date): Promise<void> {
  const name = reminderAlarmName(record.id);
  const { cases } = await getSettings(browser.storage.local);
  const next = nextReminder(record, cases.followUpAfterDays);
  if (!next) {
    await browser.alarms.clear(name);
    return;
  }
  // An overdue reminder (the worker was asleep, or a promise date was entered in the past)
  // rings a moment from now rather than never.
  await browser.alarms.create(name, { when: Math.max(next.at, now.getTime() + 1000) });
}

function reasonText(reason: ReminderReason, locale: Locale): string {
  return translate(
    locale,
    reason === 'promised' ? 'cases.reminder.promised' : 'cases.reminder.noNews',
  );
}

/**
 * An alarm rang. The alarm was set for the reminder's time, so it is trusted as the moment to
 * remind; the stored case is re-read first, and a case that no longer awaits an answer (closed
 * meanwhile) gets no notification. The reminder is written to the case's timeline and the next
 * one is scheduled.
 */
export async function onCaseAlarm(alarm: Browser.alarms.Alarm, now = new Date()): Promise<void> {
  const id = caseIdFromName(alarm.name);
  if (!id) return;
  const db = await openCasesDb();
  const record = await getCase(db, id);
  if (!record || !isAwaitingAnswer(record.status)) return;
  const { cases } = await getSettings(browser.storage.local);
  const reason = nextReminder(record, cases.followUpAfterDays)?.reason ?? 'no_news';
  const locale = await backgroundLocale();
  const provider = providerName(record.providerId, locale);
  try {
    await browser.notifications.create(reminderAlarmName(id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(locale, 'cases.reminder.title', {
        provider,
        state: translate(locale, `state.${record.state}`),
      }),
      message: reasonText(reason, locale),
    });
  } catch (error) {
    // Notifications can be switched off for the browser; the reminder still goes on the
    // timeline and the next one is still scheduled.
    console.error('Wallet Assist: could not show a case reminder', error);
  }
  const updated = await updateCase(db, id, (c) => recordReminder(c, reason, { now }));
  await scheduleCaseReminder(updated, now);
}

/** A click on a reminder opens its case. */
export async function onCaseNotificationClicked(notificationId: string): Promise<void> {
  const id = caseIdFromName(notificationId);
  if (!id) return;
  await browser.tabs.create({ url: browser.runtime.getURL(`/cases.html#case=${id}`) });
  await browser.notifications.clear(notificationId);
}

/**
 * Sets every case's alarm again from the stored cases. Browsers may drop alarms when the
 * extension is updated or the browser restarts, and a changed follow-up setting moves every
 * "no news" reminder, so this runs at start-up, after an install or update, and on that change.
 */
export async function rescheduleAllCaseReminders(now = new Date()): Promise<void> {
  const db = await openCasesDb();
  const { records, invalid } = await listCases(db, Number.MAX_SAFE_INTEGER);
  if (invalid.length) console.error('Wallet Assist: cases failing validation', invalid);
  for (const record of records) await scheduleCaseReminder(record, now);
}

/** True when a `storage.onChanged` event changed the settings (which hold the follow-up days). */
export function settingsChanged(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && SETTINGS_KEY in changes;
}
