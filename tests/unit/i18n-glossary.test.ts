import { describe, expect, it } from 'vitest';
import { promptTexts } from '../../lib/background/prompt';
import { describeCase } from '../../lib/cases/describe';
import { ESCALATION_CHANNELS } from '../../lib/cases/escalation';
import { buildCaseReport } from '../../lib/cases/export';
import { escalationPacket } from '../../lib/cases/packet';
import { openEvidenceDb } from '../../lib/evidence/db';
import { planBundle } from '../../lib/evidence/export';
import { SAFE_CHOICES } from '../../lib/evidence/export-plan';
import { buildReportHtml } from '../../lib/evidence/report';
import { saveCapture } from '../../lib/evidence/store';
import { catalogue, regionName } from '../../lib/i18n';
import {
  GLOSSARY,
  SIMPLIFIED_ONLY,
  TRADITIONAL_ONLY,
  type ChineseLocale,
} from '../../lib/i18n/glossary';
import { PROVIDERS } from '../../lib/providers';
import { STATE_IDS } from '../../lib/states';
import { PHONE_CALL, paypalCase } from './cases-fixtures';
import { blobOf, draftFor } from './evidence-fixtures';

const CHINESE: readonly ChineseLocale[] = ['zh-CN', 'zh-Hant'];

/** A text and where it comes from, for the failure message. */
interface Located {
  where: string;
  text: string;
  /** It quotes registry or escalation data, which may carry official names. */
  quotesData?: boolean;
}

/** Every UI catalogue entry of `locale`. */
function catalogueTexts(locale: ChineseLocale): Located[] {
  return Object.entries(catalogue(locale)).map(([key, text]) => ({ where: key, text }));
}

/** Every localized text of the provider registry and the escalation table. */
function dataTexts(locale: ChineseLocale): Located[] {
  const found: Located[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record[locale] === 'string') {
      found.push({ where: path, text: record[locale] });
      return;
    }
    for (const [key, item] of Object.entries(record)) walk(item, `${path}.${key}`);
  };
  for (const provider of PROVIDERS) walk(provider, provider.id);
  for (const channel of ESCALATION_CHANNELS) walk(channel, channel.id);
  return found;
}

/** The texts made from a case: descriptions, phone scripts, packets, and the prompt. */
function generatedTexts(locale: ChineseLocale): Located[] {
  const found: Located[] = [];
  for (const state of STATE_IDS) {
    const record = paypalCase({ state, contacts: [PHONE_CALL] });
    for (const form of ['written', 'phone'] as const) {
      const text = describeCase(record, { locale, form, providerName: 'PayPal' });
      found.push({ where: `describe ${state} ${form}`, text });
    }
    found.push({
      where: `prompt ${state}`,
      text: Object.values(promptTexts(locale, state)).join('\n'),
    });
    for (const channel of ESCALATION_CHANNELS) {
      const packet = escalationPacket(record, channel, { locale, providerName: 'PayPal' });
      found.push({ where: `packet ${channel.id}`, text: packet, quotesData: true });
    }
  }
  return found;
}

/** Language names are written in their own script (简体中文 in the Traditional menu too). */
const isAutonym = ({ where }: Located) => where.startsWith('options.language.');

const everything = (locale: ChineseLocale) => [
  ...catalogueTexts(locale),
  ...dataTexts(locale),
  ...generatedTexts(locale),
];

describe('the glossary', () => {
  it('names one term per concept and never forbids the term it chose', () => {
    for (const entry of GLOSSARY) {
      for (const locale of CHINESE) {
        for (const term of entry.forbidden[locale] ?? []) {
          expect(entry.use[locale], `${entry.concept} (${locale})`).not.toContain(term);
        }
      }
    }
  });

  it('uses the chosen words where it matters most', () => {
    const zh = catalogue('zh-CN');
    const hant = catalogue('zh-Hant');
    expect(zh['state.account_locked']).toBe('账户被冻结或受限');
    expect(hant['state.account_locked']).toBe('帳戶被凍結或受限');
    expect(zh['cases.contact.reference']).toBe('工单号');
    expect(hant['cases.contact.reference']).toBe('受理編號');
    expect(zh['cases.status.open']).toBe('处理中');
    expect(hant['cases.status.open']).toBe('處理中');
    expect(zh['report.hashes']).toContain('哈希值');
    expect(hant['report.hashes']).toContain('雜湊值');
  });
});

describe.each(CHINESE.map((locale) => [locale]))('%s texts follow the glossary', (locale) => {
  it('use no forbidden term in the UI catalogue or the texts made from a case', () => {
    const texts = [...catalogueTexts(locale), ...generatedTexts(locale)];
    for (const entry of GLOSSARY) {
      for (const term of entry.forbidden[locale] ?? []) {
        for (const { where, text } of texts.filter((t) => !(t.quotesData && entry.scope))) {
          expect(
            text,
            `${where}: "${term}" (${entry.concept}: use ${entry.use[locale]})`,
          ).not.toContain(term);
        }
      }
    }
  });

  it('use no forbidden term in the provider and escalation data (official names aside)', () => {
    for (const entry of GLOSSARY.filter((e) => e.scope !== 'ui')) {
      for (const term of entry.forbidden[locale] ?? []) {
        for (const { where, text } of dataTexts(locale)) {
          expect(
            text,
            `${where}: "${term}" (${entry.concept}: use ${entry.use[locale]})`,
          ).not.toContain(term);
        }
      }
    }
  });

  it('put a full-width colon after a Chinese label, never an ASCII one, and no ASCII brackets', () => {
    for (const { where, text } of everything(locale)) {
      expect(text, where).not.toMatch(/\p{Script=Han}[:(]|[)]\p{Script=Han}/u);
    }
  });

  it('are written in their own script, not copied from the other one', () => {
    const other = locale === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
    for (const { where, text } of everything(locale).filter((t) => !isAutonym(t))) {
      const stray = [...text].filter((char) => other.includes(char));
      expect(stray.join(''), `${where}: ${text}`).toBe('');
    }
  });

  it('quote the way their readers do', () => {
    const foreign = locale === 'zh-Hant' ? /[“”‘’]/ : /[「」]/;
    for (const { where, text } of [...catalogueTexts(locale), ...generatedTexts(locale)]) {
      expect(text, where).not.toMatch(foreign);
    }
  });
});

describe('exports (report.html of evidence and of a case)', () => {
  it.each(CHINESE.map((locale) => [locale]))(
    'in %s name wallets, problems, fields and files, and follow the glossary',
    async (locale) => {
      const blobs = [await blobOf('png bytes'), await blobOf('page text', 'text/plain')];
      const db = await openEvidenceDb();
      const record = await saveCapture(db, draftFor(blobs, 1), blobs);
      const evidenceReport = buildReportHtml(planBundle([record], SAFE_CHOICES), {
        exportedAt: '2026-11-25T19:01:00+08:00',
        locale,
        chainHead: null,
        scope: 'all',
        choices: SAFE_CHOICES,
      });
      const caseReport = buildCaseReport(paypalCase({ contacts: [PHONE_CALL] }), {
        locale,
        providerName: 'PayPal',
        now: new Date('2026-11-26T00:00:00Z'),
        timeZone: 'Asia/Shanghai',
      });
      for (const html of [evidenceReport, caseReport]) {
        expect(html).toContain(`<html lang="${locale}">`);
        const text = html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n');
        for (const id of [
          'paypal',
          'payment_failed',
          'screenshot-visible',
          'page-text',
          'amountText',
        ]) {
          expect(text.replace(/https?:\/\/\S+/g, ''), id).not.toMatch(
            new RegExp(`(?<![\\w.-])${id}(?![\\w-])`),
          );
        }
        expect(text).not.toMatch(/\p{Script=Han}[:(]/u);
        const other = locale === 'zh-Hant' ? SIMPLIFIED_ONLY : TRADITIONAL_ONLY;
        expect([...text].filter((c) => other.includes(c)).join('')).toBe('');
      }
      expect(evidenceReport).toContain(catalogue(locale)['evidence.kind.screenshot-visible']);
    },
  );
});

describe('region names', () => {
  it('show every escalation region in the UI language, never as a raw code', () => {
    const regions = new Set([...ESCALATION_CHANNELS.flatMap((c) => c.regions)]);
    for (const locale of ['en', ...CHINESE] as const) {
      for (const code of regions) {
        const name = regionName(locale, code);
        expect(name, `${locale} ${code}`).not.toBe(code);
        if (locale !== 'en') expect(name, `${locale} ${code}`).toMatch(/\p{Script=Han}/u);
      }
    }
    expect(regionName('zh-CN', 'CN')).toBe('中国大陆');
    expect(regionName('zh-Hant', 'TW')).toBe('台灣');
    expect(regionName('zh-Hant', 'GB')).toBe('英國');
    expect(regionName('en', 'EU')).toBe('EU / EEA');
    // A code nobody can name stays readable rather than blank.
    expect(regionName('zh-CN', 'AA')).toBe('AA');
  });
});
