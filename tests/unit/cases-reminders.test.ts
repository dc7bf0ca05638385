import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onCaseAlarm,
  onCaseNotificationClicked,
  rescheduleAllCaseReminders,
  scheduleCaseReminder,
  settingsChanged,
} from '../../lib/background/case-reminders';
import { handleMessage } from '../../lib/background/router';
import { openCasesDb, resetCasesDbCache } from '../../lib/cases/db';
import { caseIdFromName, nextReminder, reminderAlarmName } from '../../lib/cases/reminders';
import { addCase, getCase } from '../../lib/cases/store';
import type { CaseRecord } from '../../lib/cases/schema';
import type { Reply } from '../../lib/protocol/errors';
import { updateSettings } from '../../lib/settings';
import { NOW, paypalCase } from './cases-fixtures';

beforeEach(() => {
  resetCasesDbCache();
  vi.clearAllMocks();
});

const DAY = 86_400_000;
const contact = {
  id: 'c6a1e0f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  channel: 'phone' as const,
  at: '2026-11-25T15:00:00.000+08:00',
  promisedBy: '2026-11-27',
};

describe('nextReminder', () => {
  it('reminds after N days without news', () => {
    const record = paypalCase({ status: 'waiting_for_provider' });
    expect(nextReminder(record, 7)).toEqual({
      at: Date.parse(record.lastNewsAt) + 7 * DAY,
      reason: 'no_news',
    });
  });

  it('reminds the morning after a promised date, in the zone of the call', () => {
    const record = paypalCase({ status: 'waiting_for_provider', contacts: [contact] });
    expect(nextReminder(record, 7)).toEqual({
      at: Date.parse('2026-11-28T09:00:00+08:00'),
      reason: 'promised',
    });
  });

  it('does not repeat a promise already reminded about, and nudges again N days later', () => {
    const record = paypalCase({
      status: 'waiting_for_provider',
      contacts: [contact],
      lastReminderAt: '2026-11-28T09:00:05.000+08:00',
    });
    expect(nextReminder(record, 3)).toEqual({
      at: Date.parse('2026-11-28T09:00:05.000+08:00') + 3 * DAY,
      reason: 'no_news',
    });
  });

  it('is silent once the case is resolved, rejected or closed', () => {
    for (const status of ['resolved', 'rejected', 'closed'] as const) {
      expect(nextReminder(paypalCase({ status }), 7)).toBeNull();
    }
  });

  it('names alarms after the case and reads them back', () => {
    const id = paypalCase().id;
    expect(caseIdFromName(reminderAlarmName(id))).toBe(id);
    expect(caseIdFromName('something-else')).toBeNull();
  });
});

describe('reminder alarms and notifications', () => {
  it('schedules the alarm with the configured follow-up days', async () => {
    await updateSettings(fakeBrowser.storage.local, (s) => ({
      ...s,
      cases: { followUpAfterDays: 3 },
    }));
    const record = paypalCase({ status: 'waiting_for_provider' });
    await scheduleCaseReminder(record, NOW);
    const alarm = await fakeBrowser.alarms.get(reminderAlarmName(record.id));
    expect(alarm?.scheduledTime).toBe(Date.parse(record.lastNewsAt) + 3 * DAY);
  });

  it('clears the alarm when the case no longer awaits an answer', async () => {
    const record = paypalCase({ status: 'waiting_for_provider' });
    await scheduleCaseReminder(record, NOW);
    await scheduleCaseReminder({ ...record, status: 'closed' }, NOW);
    expect(await fakeBrowser.alarms.get(reminderAlarmName(record.id))).toBeUndefined();
  });

  it('shows a notification naming the case, records it and schedules the next one', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    const db = await openCasesDb();
    const record = paypalCase({ status: 'waiting_for_provider', contacts: [contact] });
    await addCase(db, record);
    const firedAt = new Date('2026-11-28T01:00:00Z');
    await onCaseAlarm(
      { name: reminderAlarmName(record.id), scheduledTime: firedAt.getTime() },
      firedAt,
    );
    expect(create).toHaveBeenCalledWith(
      reminderAlarmName(record.id),
      expect.objectContaining({
        type: 'basic',
        title: 'Follow up: PayPal — Payment failed',
        message: expect.stringContaining('promised has passed'),
      }),
    );
    const stored = await getCase(db, record.id);
    expect(stored?.timeline.at(-1)).toMatchObject({ kind: 'reminder', detail: 'promised' });
    const next = await fakeBrowser.alarms.get(reminderAlarmName(record.id));
    expect(next?.scheduledTime).toBe(firedAt.getTime() + 7 * DAY);
  });

  it('speaks the language chosen in the settings, not the browser UI language', async () => {
    await updateSettings(fakeBrowser.storage.local, (s) => ({ ...s, language: 'zh-Hant' }));
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    const db = await openCasesDb();
    const record = paypalCase({ status: 'waiting_for_provider', contacts: [contact] });
    await addCase(db, record);
    await onCaseAlarm({ name: reminderAlarmName(record.id), scheduledTime: 0 }, NOW);
    expect(create).toHaveBeenCalledWith(
      reminderAlarmName(record.id),
      expect.objectContaining({
        title: '追蹤提醒：PayPal — 付款失敗',
        message: expect.stringContaining('業者承諾的日期已經過了'),
      }),
    );
  });

  it('shows nothing for a closed case', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    const db = await openCasesDb();
    const record = paypalCase({ status: 'closed' });
    await addCase(db, record);
    await onCaseAlarm({ name: reminderAlarmName(record.id), scheduledTime: 0 }, NOW);
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the case page when the notification is clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);
    const id = paypalCase().id;
    await onCaseNotificationClicked(reminderAlarmName(id));
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(new RegExp(`/cases\\.html#case=${id}$`)),
    });
  });
});

describe('cases/* messages in the background', () => {
  const fromCasesPage = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/cases.html'),
  };
  const handleCaseMessage = (message: unknown) => handleMessage(message, fromCasesPage);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('creates a case, logs a call (moving it to waiting) and schedules the reminder', async () => {
    const created = (await handleCaseMessage({
      type: 'cases/create',
      payload: { providerId: 'paypal', state: 'payment_failed', facts: { merchant: 'Shop' } },
    })) as Reply<CaseRecord>;
    if (!created.ok) throw new Error(created.detail);
    const logged = (await handleCaseMessage({
      type: 'cases/add-contact',
      payload: { id: created.value.id, entry: { channel: 'chat', at: contact.at } },
    })) as Reply<CaseRecord>;
    expect(logged.ok && logged.value.status).toBe('waiting_for_provider');
    expect(await fakeBrowser.alarms.get(reminderAlarmName(created.value.id))).toBeDefined();
  });

  it('refuses an invalid transition with a caseTransition error', async () => {
    const db = await openCasesDb();
    const record = paypalCase();
    await addCase(db, record);
    const reply = await handleCaseMessage({
      type: 'cases/transition',
      payload: { id: record.id, to: 'escalated' },
    });
    expect(reply).toMatchObject({ ok: false, code: 'caseTransition' });
    expect((await getCase(db, record.id))?.status).toBe('open');
  });

  it('says the device is full when a change cannot be stored, and keeps the case as it was', async () => {
    const db = await openCasesDb();
    const record = paypalCase();
    await addCase(db, record);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reply = await handleCaseMessage({
      type: 'cases/transition',
      payload: { id: record.id, to: 'closed' },
    });
    put.mockRestore();
    expect(reply).toMatchObject({ ok: false, code: 'storageFull' });
    expect((await getCase(db, record.id))?.status).toBe('open');
  });

  it('refuses an import with unknown fields with a caseInvalid error', async () => {
    const reply = await handleCaseMessage({
      type: 'cases/import',
      payload: { json: JSON.stringify({ ...paypalCase(), x: 1 }) },
    });
    expect(reply).toMatchObject({ ok: false, code: 'caseInvalid' });
    expect(!reply.ok && reply.detail).toMatch(/x/);
    expect((await handleCaseMessage({ type: 'cases/list', payload: {} })).ok).toBe(true);
    const list = (await handleCaseMessage({ type: 'cases/list', payload: {} })) as Reply<{
      records: CaseRecord[];
    }>;
    expect(list.ok && list.value.records).toEqual([]);
  });
});

describe('rescheduling every reminder', () => {
  it('sets the alarm of each case still awaiting an answer and clears the others', async () => {
    const db = await openCasesDb();
    const waiting = paypalCase({ status: 'waiting_for_provider' });
    const closed = paypalCase({ id: '3e4f5a6b-7c8d-4e9f-8a0b-c1d2e3f4a5b6', status: 'closed' });
    await addCase(db, waiting);
    await addCase(db, closed);
    await fakeBrowser.alarms.create(reminderAlarmName(closed.id), { when: NOW.getTime() + DAY });
    await updateSettings(fakeBrowser.storage.local, (s) => ({
      ...s,
      cases: { followUpAfterDays: 2 },
    }));
    await rescheduleAllCaseReminders(NOW);
    expect((await fakeBrowser.alarms.get(reminderAlarmName(waiting.id)))?.scheduledTime).toBe(
      Date.parse(waiting.lastNewsAt) + 2 * DAY,
    );
    expect(await fakeBrowser.alarms.get(reminderAlarmName(closed.id))).toBeUndefined();
  });

  it('reacts only to a change of the settings in local storage', () => {
    expect(settingsChanged({ settings: {} }, 'local')).toBe(true);
    expect(settingsChanged({ settings: {} }, 'session')).toBe(false);
    expect(settingsChanged({ 'tab:1': {} }, 'local')).toBe(false);
  });

  it('never rings early for an overdue reminder, but soon', async () => {
    const record = paypalCase({ status: 'waiting_for_provider' });
    const muchLater = new Date(NOW.getTime() + 30 * DAY);
    await scheduleCaseReminder(record, muchLater);
    expect((await fakeBrowser.alarms.get(reminderAlarmName(record.id)))?.scheduledTime).toBe(
      muchLater.getTime() + 1000,
    );
  });
});

describe('who may send cases/* messages', () => {
  const paypal = 'https://www.paypal.com/checkoutnow?token=EC-1';
  const pageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/cases.html') };

  it('serves the extension’s own pages', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleMessage({ type: 'cases/list', payload: {} }, pageSender);
    expect(reply).toEqual({ ok: true, value: { records: [], invalid: [] } });
  });

  it('refuses a wallet page’s content script, and writes nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const contentScript = {
      id: fakeBrowser.runtime.id,
      url: paypal,
      frameId: 0,
      tab: { id: 7, url: paypal } as Browser.tabs.Tab,
    };
    const create = {
      type: 'cases/create',
      payload: { providerId: 'paypal', state: 'payment_failed', facts: {} },
    };
    expect(await handleMessage(create, contentScript)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await (await openCasesDb()).count('cases')).toBe(0);
  });

  it('refuses a malformed case message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleMessage(
      { type: 'cases/transition', payload: { id: 'not-a-uuid', to: 'closed' } },
      pageSender,
    );
    expect(reply).toMatchObject({ ok: false, code: 'invalidMessage' });
  });
});

describe('when notifications are unavailable', () => {
  it('still records the reminder and schedules the next one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('blocked'));
    const db = await openCasesDb();
    const record = paypalCase({ status: 'waiting_for_provider' });
    await addCase(db, record);
    await onCaseAlarm({ name: reminderAlarmName(record.id), scheduledTime: 0 }, NOW);
    expect((await getCase(db, record.id))?.timeline.at(-1)?.kind).toBe('reminder');
    expect(await fakeBrowser.alarms.get(reminderAlarmName(record.id))).toBeDefined();
  });
});
