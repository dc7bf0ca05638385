// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPage } from '../../components/boot';
import { CasesApp } from '../../components/cases/CasesApp';
import { loadCase } from '../../components/data/cases';
import { readLockerList } from '../../components/data/evidence';
import { LockerApp } from '../../components/evidence/LockerApp';
import { PopupApp } from '../../components/PopupApp';
import { handleMessage } from '../../lib/background/router';
import { loadTarget } from '../../lib/client/tabs';
import { openEvidenceDb } from '../../lib/evidence/db';
import { saveCapture } from '../../lib/evidence/store';
import type { CaseRecord } from '../../lib/cases/schema';
import { tabStateKey } from '../../lib/tab-state';
import { paypalCase } from './cases-fixtures';
import { blobOf, draftFor } from './evidence-fixtures';
import { answerFromBackground, DETECTED_PAYMENT, freshApp, pageSender } from './page-fixtures';

/**
 * What a page shows in its very first render when it read its data before rendering: the popup
 * its problem, checklist and contacts; a case opened at its address the case itself; the locker
 * its first rows. None passes through "Loading…", and nothing is asked for twice.
 */

const TAB = 7;
const DETECTED = DETECTED_PAYMENT;

let app: HTMLElement;
let sent: string[];

beforeEach(() => {
  sent = [];
  answerFromBackground((type) => sent.push(type));
  app = freshApp();
});

afterEach(() => {
  render(null, app);
  vi.restoreAllMocks();
});

describe('the popup’s first render', () => {
  it('reads the named tab and its detection together', async () => {
    await browser.storage.session.set({ [tabStateKey(TAB)]: DETECTED });
    const get = vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB } as never);
    expect(await loadTarget(`?tabId=${TAB}`)).toEqual({
      target: { tabId: TAB, url: undefined },
      tabState: DETECTED,
    });
    expect(get).toHaveBeenCalledWith(TAB);
    expect(await loadTarget('?tabId=8')).toMatchObject({ tabState: null });
  });

  it('shows the problem, its checklist and the contacts at once', async () => {
    await mountPage(
      <PopupApp
        target={{ tabId: TAB, url: DETECTED.url }}
        initialTabState={DETECTED}
        languages={['en-GB']}
      />,
    );
    // Right after the first render: no "Loading…" step before the content.
    const main = app.querySelector('main.popup');
    expect(main?.getAttribute('data-state')).toBe('payment_failed');
    expect(app.querySelectorAll('.checklist li').length).toBeGreaterThan(2);
    expect(app.querySelector('.contacts')).not.toBeNull();
    // The capture section follows once the first screen is there.
    await vi.waitFor(() => expect(app.querySelector('.capture__button')).not.toBeNull());
  });

  it('without a detection read beforehand it still loads it itself', async () => {
    await browser.storage.session.set({ [tabStateKey(TAB)]: DETECTED });
    await mountPage(<PopupApp target={{ tabId: TAB, url: undefined }} languages={['en-GB']} />);
    expect(app.textContent).toContain('Loading');
    await vi.waitFor(() => expect(app.querySelector('.checklist')).not.toBeNull());
  });
});

describe('a case opened at its address', () => {
  async function storedCase(): Promise<CaseRecord> {
    const { id: _id, createdAt: _c, updatedAtUtc: _u, timeline: _t, ...rest } = paypalCase();
    const reply = (await handleMessage(
      {
        type: 'cases/create',
        payload: { providerId: rest.providerId, state: rest.state, facts: rest.facts },
      },
      pageSender(),
    )) as { ok: true; value: CaseRecord };
    return reply.value;
  }

  it('shows the case in the first render and asks for it once', async () => {
    const record = await storedCase();
    history.replaceState(null, '', `/cases.html#case=${record.id}`);
    sent = [];
    const first = { id: record.id, record: await loadCase(record.id) };
    await mountPage(<CasesApp languages={['en-GB']} firstCase={first} />);
    expect(app.querySelector('.case')?.getAttribute('data-case-id')).toBe(record.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.filter((type) => type === 'cases/get')).toHaveLength(1);
  });

  it('a case read for another address is not used', async () => {
    const record = await storedCase();
    const other = await storedCase();
    history.replaceState(null, '', `/cases.html#case=${record.id}`);
    await mountPage(<CasesApp languages={['en-GB']} firstCase={{ id: other.id, record: other }} />);
    await vi.waitFor(() =>
      expect(app.querySelector('.case')?.getAttribute('data-case-id')).toBe(record.id),
    );
  });
});

describe('the locker’s first render', () => {
  it('shows the first 100 rows of a long list read before rendering, then the rest', async () => {
    const db = await openEvidenceDb();
    const blob = await blobOf('screenshot');
    for (let i = 0; i < 130; i++) await saveCapture(db, draftFor([blob], i), [blob]);
    const list = await readLockerList();
    expect(list.summaries).toHaveLength(130);
    await mountPage(<LockerApp initialList={list} />);
    expect(app.querySelectorAll('.locker__record')).toHaveLength(100);
    expect(app.querySelector('.locker__record')?.getAttribute('data-id')).toBe(
      list.summaries[0]!.id,
    );
    await vi.waitFor(() => expect(app.querySelectorAll('.locker__record')).toHaveLength(130));
  });
});
