// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPage } from '../../components/boot';
import { CasesApp } from '../../components/cases/CasesApp';
import { LockerApp } from '../../components/evidence/LockerApp';
import { OptionsApp } from '../../components/OptionsApp';
import { PopupApp } from '../../components/PopupApp';
import { mountPrompt } from '../../components/prompt/in-page-prompt';
import { SidePanel } from '../../components/SidePanel';
import { promptTexts } from '../../lib/background/prompt';
import { handleMessage } from '../../lib/background/router';
import type { CaseRecord } from '../../lib/cases/schema';
import { TRANSITIONS } from '../../lib/cases/status';
import { openEvidenceDb } from '../../lib/evidence/db';
import { ArtifactKindSchema, CaptureSourceSchema } from '../../lib/evidence/schema';
import { saveCapture } from '../../lib/evidence/store';
import { catalogue, LANGUAGE_NAMES, LOCALES, type Locale } from '../../lib/i18n';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../lib/i18n/glossary';
import { PROVIDERS } from '../../lib/providers';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../../lib/settings';
import { STATE_IDS } from '../../lib/states';
import { tabStateKey } from '../../lib/tab-state';
import { paypalCase } from './cases-fixtures';
import { blobOf, draftFor } from './evidence-fixtures';

/**
 * Every extension page and the in-page prompt, rendered in every UI locale through the same boot
 * path the pages use (`mountPage`, the stored language setting, the browser's languages), with
 * data on them: each must show no catalogue key, no unfilled placeholder, no raw id (state,
 * status, region, provider, file kind), no English left in a Chinese page, no ASCII colon after
 * a Chinese label and no character of the other Chinese script.
 */

const TAB = 7;
const BROWSER_LANGUAGE: Record<Locale, string> = {
  en: 'en-GB',
  'zh-CN': 'zh-CN',
  'zh-Hant': 'zh-TW',
};

/** The browser's preferred languages, as `navigator.languages` reports them. */
function setBrowserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
}

async function setLanguage(language: unknown) {
  await browser.storage.local.set({
    [SETTINGS_KEY]: {
      schemaVersion: SETTINGS_VERSION,
      language,
      snoozedSites: { 'www.paypal.com': 'always' },
      disabledProviders: ['venmo'],
      evidence: { keepMomentOfDetection: true },
      cases: { followUpAfterDays: 7 },
    },
  });
}

const pageSender = () => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/cases.html'),
});

async function seed(): Promise<{ record: CaseRecord }> {
  await browser.storage.session.set({
    [tabStateKey(TAB)]: {
      providerId: 'paypal',
      state: 'payment_failed',
      url: 'https://www.paypal.com/checkoutnow?token=EC-1',
      detectedAt: '2026-11-25T14:03:00.000+08:00',
      confidence: 0.9,
      ruleIds: ['paypal.declined.en'],
      fields: { amount: '24.50', currency: 'USD', merchant: 'Coffee Corner Ltd.' },
    },
  });
  const blobs = [await blobOf('png bytes'), await blobOf('page text', 'text/plain')];
  await saveCapture(await openEvidenceDb(), draftFor(blobs, 1), blobs);
  const reply = (await handleMessage(
    {
      type: 'cases/create',
      payload: {
        providerId: 'paypal',
        state: 'payment_failed',
        region: 'GB',
        facts: paypalCase().facts,
      },
    },
    pageSender(),
  )) as { ok: true; value: CaseRecord };
  return { record: reply.value };
}

let app: HTMLElement;

beforeEach(() => {
  // Pages talk to the background through runtime messages; here the router answers directly.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    handleMessage(message, pageSender())) as typeof fakeBrowser.runtime.sendMessage);
  vi.spyOn(fakeBrowser.alarms, 'create').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.alarms, 'clear').mockResolvedValue(true);
  setBrowserLanguages(['en-GB', 'en']);
  app = document.createElement('div');
  app.id = 'app';
  document.body.replaceChildren(app);
  history.replaceState(null, '', '/');
});

afterEach(() => {
  render(null, app);
  vi.restoreAllMocks();
});

/** Everything a person can read on the page: text, labels, titles, alternative texts. */
function readable(root: ParentNode): string {
  // Text node by text node, so the end of one element never runs into the next.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    parts.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}

/** Waits until `marker` shows and the page has settled (no loading text left). */
async function settled(marker: string, root: ParentNode = app) {
  await vi.waitFor(
    () => {
      const text = readable(root);
      expect(text).toContain(marker);
      expect(text).not.toMatch(/Loading…|加载中…|正在加载…|載入中…/);
    },
    { timeout: 4000, interval: 20 },
  );
  await new Promise((resolve) => setTimeout(resolve, 30));
}

const KEY_PREFIXES = new Set(Object.keys(catalogue('en')).map((key) => key.split('.')[0]!));
const RAW_IDS = [
  ...STATE_IDS,
  ...Object.keys(TRANSITIONS),
  ...ArtifactKindSchema.options,
  ...CaptureSourceSchema.options,
  'amountText',
  'transactionId',
  'errorCode',
  'pageTime',
];

/** What a page in `locale` must never show. */
function expectWellTranslated(locale: Locale, root: ParentNode = app) {
  const text = readable(root);
  const where = `${locale} page`;
  // Catalogue keys and unfilled placeholders.
  for (const match of text.matchAll(/\b([a-z]+)\.[a-zA-Z_]+(?:[.-][a-zA-Z_]+)*\b/g)) {
    expect(
      KEY_PREFIXES.has(match[1]!) && !/\.(?:com|html|json|zip)\b/.test(match[0]),
      `${where}: key ${match[0]}`,
    ).toBe(false);
  }
  expect(text, `${where}: placeholder`).not.toMatch(/\{\w+\}/);
  // Raw ids: only in addresses and host names, which are stripped first.
  const words = text.replace(/https?:\/\/\S+/g, ' ').replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, ' ');
  // (In English, ids that are plain words — open, closed, legacy — are ordinary text.)
  const ids = [...RAW_IDS, ...PROVIDERS.map((p) => p.id)].filter(
    (id) =>
      locale !== 'en' ||
      !(/^[a-z]+$/.test(id) || id === 'in-page') ||
      PROVIDERS.some((p) => p.id === id),
  );
  for (const id of ids) {
    expect(new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(words), `${where}: raw id ${id}`).toBe(
      false,
    );
  }
  for (const option of root.querySelectorAll('option')) {
    expect(option.textContent ?? '', `${where}: option`).not.toMatch(/^(?:[A-Z]{2}|EU|INTL)$/);
  }
  if (locale === 'en') return;
  // No English catalogue text left in a Chinese page (a missing translation).
  const own = catalogue(locale);
  for (const [key, english] of Object.entries(catalogue('en'))) {
    expect(own[key as keyof typeof own], `${locale}:${key} is still English`).not.toBe(english);
    const fixed = english.split(/\{\w+\}/)[0]!;
    if (fixed.length >= 12 && / /.test(fixed)) {
      expect(text.includes(fixed), `${where}: English "${fixed}"`).toBe(false);
    }
  }
  // Read as one run of text here: a label and its colon are often separate text nodes.
  expect(root.textContent, `${where}: ASCII colon after Chinese`).not.toMatch(
    /\p{Script=Han}\s*:/u,
  );
  const autonyms = Object.values(LANGUAGE_NAMES);
  const chinese = autonyms.reduce((t, name) => t.replaceAll(name, ''), text);
  const other = locale === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
  const stray = [...chinese].filter((char) => other.includes(char)).join('');
  expect(stray, `${where}: characters of the other script`).toBe('');
}

describe.each(LOCALES.map((locale) => [locale]))('every page in %s', (locale) => {
  beforeEach(() => setLanguage(locale));

  it('the popup shows the problem, checklist and contacts', async () => {
    await seed();
    await mountPage(<PopupApp target={{ tabId: TAB, url: undefined }} languages={['en-GB']} />);
    await settled(catalogue(locale)['state.payment_failed']);
    expect(document.documentElement.lang).toBe(locale);
    expect(readable(app)).toContain(catalogue(locale)['check.payment_failed.network']);
    expectWellTranslated(locale);
  });

  it('the side panel shows the same help and the call log of the open case', async () => {
    await seed();
    await mountPage(
      <SidePanel initial={{ tabId: TAB, url: undefined }} follow={false} languages={['en-GB']} />,
    );
    await settled(catalogue(locale)['cases.quick.save']);
    expectWellTranslated(locale);
  });

  it('the options page lists every language', async () => {
    await mountPage(<OptionsApp />);
    await settled(catalogue(locale)['options.privacy.title']);
    const labels = [...app.querySelectorAll('input[name="language"]')].map(
      (input) => input.parentElement?.textContent,
    );
    expect(labels).toHaveLength(4);
    expect(labels[3]).toContain('繁體中文');
    expectWellTranslated(locale);
  });

  it('the evidence locker and a record', async () => {
    await seed();
    await mountPage(<LockerApp />);
    await settled(catalogue(locale)['locker.exportAll']);
    expectWellTranslated(locale);
    const open = await vi.waitFor(() => {
      const button = [...app.querySelectorAll('button')].find(
        (b) => b.textContent === catalogue(locale)['locker.open'],
      );
      expect(button).toBeDefined();
      return button!;
    });
    open.click();
    await settled(catalogue(locale)['locker.detail.artifacts']);
    expectWellTranslated(locale);
  });

  it('the cases list', async () => {
    await seed();
    await mountPage(<CasesApp languages={['en-GB']} />);
    await settled(catalogue(locale)['cases.status.open']);
    expectWellTranslated(locale);
  });

  it('a case, with its description, call log, escalation and clocks', async () => {
    const { record } = await seed();
    history.replaceState(null, '', `/cases.html#case=${record.id}`);
    await mountPage(<CasesApp languages={['en-GB']} />);
    await settled(catalogue(locale)['cases.escalation.packet']);
    const gb = app.querySelector<HTMLOptionElement>('select[name="region"] option[value="GB"]');
    expect(gb?.textContent).toBe(
      { en: 'United Kingdom', 'zh-CN': '英国', 'zh-Hant': '英國' }[locale],
    );
    expectWellTranslated(locale);
  });

  it('the in-page prompt', () => {
    let shadow: ShadowRoot | undefined;
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
      this: HTMLElement,
      init: ShadowRootInit,
    ) {
      shadow = attach.call(this, init);
      return shadow;
    });
    const remove = mountPrompt(
      document,
      { locale, texts: promptTexts(locale, 'account_locked') },
      {
        openHelp: async () => undefined,
        saveEvidence: async () => ({ screenshotNeedsClick: false }),
        snooze: async () => undefined,
      },
    );
    expect(document.querySelector('wallet-assist-prompt')?.getAttribute('lang')).toBe(locale);
    expect(readable(shadow!)).toContain(catalogue(locale)['prompt.message.account_locked']);
    expectWellTranslated(locale, shadow!);
    remove();
  });
});

describe('the language setting reaches every page', () => {
  it('a page follows the setting, not the browser', async () => {
    await setLanguage('zh-Hant');
    await seed();
    await mountPage(<PopupApp target={{ tabId: TAB, url: undefined }} languages={['en-GB']} />);
    await settled('付款失敗');
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it.each(LOCALES.map((locale) => [locale]))(
    'an unreadable stored language follows the browser (%s) and the options page says so',
    async (locale) => {
      setBrowserLanguages([BROWSER_LANGUAGE[locale]]);
      await setLanguage('klingon');
      await mountPage(<OptionsApp />);
      const t = catalogue(locale);
      await settled(t['options.invalid.language']);
      expect(document.documentElement.lang).toBe(locale);
      const auto = app.querySelector<HTMLInputElement>('input[name="language"][value="auto"]');
      expect(auto?.checked).toBe(true);
      // The other settings are kept: Venmo stays switched off.
      expect(app.querySelector<HTMLInputElement>('input[value="venmo"]')?.checked).toBe(false);
      expect(readable(app)).toContain('"klingon"');
      expectWellTranslated(locale);
    },
  );
});
