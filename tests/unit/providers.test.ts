import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProvider, PROVIDERS, providerForUrl, walletMatchPatterns } from '../../lib/providers';
import {
  callbackPhones,
  dialablePhones,
  regionFromLanguages,
  telUri,
} from '../../lib/providers/contacts';
import { defineProvider, type ProviderInput } from '../../lib/providers/schema';
import { ESCALATION_CHANNELS } from '../../lib/cases/escalation';

/** The least a provider must say; the refusal tests break it one field at a time. */
const MADE_UP = {
  id: 'madeup',
  name: { en: 'Made Up', 'zh-CN': '虚构', 'zh-Hant': '虛構' },
  hosts: ['*.example.com'],
  regions: [],
  contacts: { contactPage: { url: 'https://www.example.com/contact' } },
  detection: {
    samplePages: {
      app: 'https://www.example.com/app/',
      help: 'https://www.example.com/help/',
      history: 'https://www.example.com/activity/',
    },
  },
} satisfies ProviderInput;

/** Numbers from the research notes that must never be shown (third-party only, or fakes). */
function forbiddenNumbers(): string[] {
  const fixture = JSON.parse(
    readFileSync(join(__dirname, '../fixtures/forbidden-phones.json'), 'utf8'),
  ) as { numbers: { number: string }[] };
  const numbers = fixture.numbers.map((n) => n.number);
  // When the research notes sit beside the checkout, re-read them so the list cannot go stale.
  const research = join(__dirname, '../../../shared/data/providers.json');
  if (existsSync(research)) {
    const data = JSON.parse(readFileSync(research, 'utf8')) as {
      providers: { unverifiedPhones?: { number: string }[] }[];
      warnings: { fakeOrUnofficialNumbersSeen: { number: string }[] };
    };
    for (const p of data.providers) {
      for (const u of p.unverifiedPhones ?? []) numbers.push(...u.number.split(' / '));
    }
    for (const f of data.warnings.fakeOrUnofficialNumbersSeen) numbers.push(f.number);
  }
  return [...new Set(numbers.map((n) => n.trim()))];
}

/** A regex matching `number` however it is punctuated, but not inside a longer digit run. */
function numberPattern(number: string): RegExp {
  const digits = number.replace(/\D/g, '').split('');
  return new RegExp(`(?<!\\d)${digits.join('[\\s().+-]*')}(?!\\d)`);
}

// Each provider file's own completeness (id, registration, sources, rules, sample pages,
// escalation, links) is checked by registry.test.ts.
describe('provider registry', () => {
  it('covers at least the wallets the product promises', () => {
    for (const id of [
      'paypal',
      'venmo',
      'cashapp',
      'wise',
      'revolut',
      'alipay',
      'wechatpay',
      'googlepay',
      'amazonpay',
      'payoneer',
      'skrill',
      'klarna',
      'coinbase',
      'unionpay',
    ]) {
      expect(getProvider(id), id).toBeDefined();
    }
  });

  it('contains no unverified or known-fake number, in data or in any lib source file', () => {
    const numbers = forbiddenNumbers();
    expect(numbers.length).toBeGreaterThan(10);
    const serialized = JSON.stringify(PROVIDERS);
    const libSources = readdirSync(join(__dirname, '../../lib'), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => [f, readFileSync(join(__dirname, '../../lib', f), 'utf8')] as const);
    for (const number of numbers) {
      const pattern = numberPattern(number);
      expect(pattern.test(serialized), `registry contains ${number}`).toBe(false);
      for (const [file, text] of libSources) {
        expect(pattern.test(text), `${file} contains ${number}`).toBe(false);
      }
    }
  });

  it('accepts a minimal provider, which each refusal below breaks in one place', () => {
    expect(defineProvider(MADE_UP).id).toBe('madeup');
  });

  it('refuses a provider whose phone has no source', () => {
    const phone = {
      number: '1-800-000-0000',
      region: { en: 'US', 'zh-CN': '美国', 'zh-Hant': '美國' },
      regionCodes: ['US'],
      use: 'call',
      purpose: { en: 'x', 'zh-CN': 'x', 'zh-Hant': 'x' },
      // A source must have a url or a citation: this one has neither.
      source: { type: 'official' },
      confidence: 'high',
    } satisfies NonNullable<ProviderInput['contacts']['phones']>[number];
    expect(() =>
      defineProvider({ ...MADE_UP, contacts: { ...MADE_UP.contacts, phones: [phone] } }),
    ).toThrow(/a source needs a url or a citation/);
  });

  it('refuses a non-HTTPS contact page', () => {
    expect(() =>
      defineProvider({ ...MADE_UP, contacts: { contactPage: { url: 'http://www.example.com/' } } }),
    ).toThrow(/contactPage/);
  });

  it('refuses a detection rule without a negative example', () => {
    const rule = {
      id: 'madeup.declined.en',
      state: 'payment_failed',
      lang: 'en',
      pattern: String.raw`\bmade up declined\b`,
      weight: 1,
      examples: { positive: ['Made up declined your payment'], negative: [] },
    } satisfies NonNullable<ProviderInput['detection']['rules']>[number];
    expect(() =>
      defineProvider({ ...MADE_UP, detection: { ...MADE_UP.detection, rules: [rule] } }),
    ).toThrow(/examples\.negative/);
  });

  it('refuses a value still marked TODO, naming where', () => {
    expect(() =>
      defineProvider({ ...MADE_UP, name: { en: 'TODO', 'zh-CN': '虚构', 'zh-Hant': '虛構' } }),
    ).toThrow(/still marked TODO: name\.en/);
  });
});

describe('host coverage', () => {
  const patterns = walletMatchPatterns();

  it('asks only for HTTPS wallet hosts, never a whole shared domain', () => {
    expect(patterns).not.toContain('<all_urls>');
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    for (const shared of ['google.com', 'amazon.com', 'qq.com', 'apple.com', 'weixin.qq.com']) {
      expect(patterns).not.toContain(`https://*.${shared}/*`);
    }
  });

  it.each([
    ['https://www.paypal.com/checkoutnow?token=1', 'paypal'],
    ['https://paypal.com/us/home', 'paypal'],
    ['https://excashier.alipay.com/standard/auth.htm', 'alipay'],
    ['https://cash.app/account', 'cashapp'],
    ['https://pay.google.com/gp/w/home', 'googlepay'],
    ['https://pay.weixin.qq.com/index.php', 'wechatpay'],
    ['https://cashier.95516.com/b2c/index.action', 'unionpay'],
    ['https://app.revolut.com/home', 'revolut'],
  ])('%s belongs to %s', (url, id) => {
    expect(providerForUrl(url)?.id).toBe(id);
  });

  it.each([
    'http://www.paypal.com/',
    'https://paypal.com.evil.example/',
    'https://evilpaypal.com/',
    'https://mail.google.com/',
    'https://www.amazon.com/gp/buy',
    'https://mp.weixin.qq.com/',
    'not a url',
    undefined,
  ])('%s belongs to no provider', (url) => {
    expect(providerForUrl(url)).toBeUndefined();
  });
});

describe('contacts ordering', () => {
  const paypal = getProvider('paypal')!;

  it('puts numbers for the person’s region first', () => {
    expect(dialablePhones(paypal.contacts.phones, 'GB')[0]?.regionCodes).toContain('GB');
    expect(dialablePhones(paypal.contacts.phones, 'AR')[0]?.number).toBe('0800 222 02 52');
    expect(dialablePhones(paypal.contacts.phones, null)[0]?.number).toBe('(402) 935-7733');
  });

  it('never offers a callback-only number for dialling', () => {
    const cashapp = getProvider('cashapp')!;
    const dialable = dialablePhones(cashapp.contacts.phones, 'US').map((p) => p.number);
    expect(dialable).toEqual(['1 (800) 969-1940']);
    expect(callbackPhones(cashapp.contacts.phones)).toHaveLength(2);
  });

  it('reads the region from browser languages', () => {
    expect(regionFromLanguages(['en-GB', 'en'])).toBe('GB');
    expect(regionFromLanguages(['zh-CN'])).toBe('CN');
    expect(regionFromLanguages(['en'])).toBeNull();
  });

  it('builds tel: links from printed numbers', () => {
    expect(telUri('(402) 935-7733')).toBe('tel:4029357733');
    expect(telUri('+44 808 175 1506')).toBe('tel:+448081751506');
  });
});

describe('sources offered as links', () => {
  it('are all HTTPS: provider contacts and sources, escalation channels, their clocks and sources', () => {
    const links: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) links.push(value);
      } else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(PROVIDERS);
    walk(ESCALATION_CHANNELS);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((url) => !url.startsWith('https://'))).toEqual([]);
    // Pages only reachable over plain HTTP are named as text, never linked.
    const texts = JSON.stringify(ESCALATION_CHANNELS.map((c) => c.citations));
    expect(texts).not.toMatch(/https?:\/\//);
  });
});
