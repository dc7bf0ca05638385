import { describe, expect, it } from 'vitest';
import { routeFromLocation } from '../../components/cases/CasesApp';
import { pickCaseForProvider } from '../../components/cases/QuickCallLog';
import { ESCALATION_CHANNELS } from '../../lib/cases/escalation';
import { escalationPacket } from '../../lib/cases/packet';
import { deviceFromUserAgent, factsFromTabState, guessRegion } from '../../lib/cases/prefill';
import { CaseFactsSchema } from '../../lib/cases/schema';
import { fromLocalInput, toLocalInput } from '../../lib/cases/time-input';
import type { TabState } from '../../lib/tab-state';
import { paypalCase } from './cases-fixtures';

const CHROME_WIN =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('cases page addresses', () => {
  const id = paypalCase().id;
  it('opens a case from #case=<id>, the notification address', () => {
    expect(routeFromLocation('', `#case=${id}`)).toEqual({ kind: 'case', id });
  });
  it('starts from a tab with ?start=<tabId>', () => {
    expect(routeFromLocation('?start=42', '')).toEqual({ kind: 'start-tab', tabId: 42 });
  });
  it('starts an undetected problem with ?start=new&provider=&state=', () => {
    expect(routeFromLocation('?start=new&provider=wise&state=funds_missing', '')).toEqual({
      kind: 'start-new',
      providerId: 'wise',
      state: 'funds_missing',
    });
    expect(routeFromLocation('?start=new&provider=evil&state=hacked', '')).toEqual({
      kind: 'start-new',
      providerId: null,
      state: null,
    });
  });
  it('shows the quick call log with ?quick=<tabId>, and the list otherwise', () => {
    expect(routeFromLocation('?quick=7', '')).toEqual({ kind: 'quick', tabId: 7 });
    expect(routeFromLocation('?start=-1', '#case=nope')).toEqual({ kind: 'list' });
  });
});

describe('prefilling a case from a detection', () => {
  const tabState: TabState = {
    providerId: 'paypal',
    state: 'payment_failed',
    url: 'https://www.paypal.com/checkoutnow?token=EC-1',
    detectedAt: '2026-11-25T14:03:00.000+08:00',
    confidence: 0.9,
    ruleIds: ['paypal.alert'],
    fields: { amount: '24.50', currency: 'USD', merchant: 'Coffee <b>Corner</b>' },
  };

  it('copies the page’s fields as text, with the time and device', () => {
    const facts = factsFromTabState(tabState, { timeZone: 'Asia/Shanghai', userAgent: CHROME_WIN });
    expect(facts).toEqual({
      timeZone: 'Asia/Shanghai',
      device: 'Windows',
      browser: 'Chrome 131',
      occurredAt: '2026-11-25T14:03:00.000+08:00',
      url: 'https://www.paypal.com/checkoutnow?token=EC-1',
      amount: '24.50',
      currency: 'USD',
      merchant: 'Coffee <b>Corner</b>',
    });
    expect(CaseFactsSchema.safeParse(facts).success).toBe(true);
  });

  it('reads common browsers and systems from the user agent', () => {
    expect(deviceFromUserAgent(CHROME_WIN)).toEqual({ device: 'Windows', browser: 'Chrome 131' });
    expect(
      deviceFromUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0',
      ),
    ).toEqual({ device: 'macOS', browser: 'Firefox 128' });
    expect(deviceFromUserAgent('curl/8')).toEqual({});
  });

  it('guesses the region from the browser language when the provider operates there', () => {
    expect(guessRegion(['en-GB', 'en'], ['US', 'GB', 'EU', 'MY'])).toBe('GB');
    expect(guessRegion(['de-DE'], ['US', 'GB', 'EU'])).toBe('EU');
    expect(guessRegion(['zh-CN'], ['CN'])).toBe('CN');
    expect(guessRegion(['fr'], ['US', 'GB'])).toBe('US');
  });
});

describe('quick call log', () => {
  it('writes to the wallet’s newest case still awaiting an answer', () => {
    const closed = paypalCase({ status: 'closed' });
    const waiting = paypalCase({
      id: '4f5a6b7c-8d9e-4f0a-9b1c-d2e3f4a5b6c7',
      status: 'waiting_for_provider',
    });
    const wise = paypalCase({ id: '5a6b7c8d-9e0f-4a1b-8c2d-e3f4a5b6c7d8', providerId: 'wise' });
    expect(pickCaseForProvider([wise, closed, waiting], 'paypal')).toBe(waiting);
    expect(pickCaseForProvider([closed], 'paypal')).toBeNull();
  });
});

describe('escalation packet', () => {
  it('names the channel, its steps and documents, then the description', () => {
    const fos = ESCALATION_CHANNELS.find((c) => c.id === 'uk-fos')!;
    const packet = escalationPacket(paypalCase(), fos, { locale: 'en', providerName: 'PayPal' });
    expect(packet).toContain('Channel: Financial Ombudsman Service (UK)');
    expect(packet).toContain('0800 023 4567');
    expect(packet).toContain('1. Complain to the provider first');
    expect(packet).toContain('- The complaint description (from this case)');
    expect(packet).toContain('Merchant or recipient: Coffee Corner Ltd.');
    const zh = escalationPacket(paypalCase(), fos, { locale: 'zh-CN', providerName: 'PayPal' });
    expect(zh).toContain('投诉渠道：英国金融申诉专员服务（FOS）');
    expect(zh).toContain('1. 先向服务商投诉，并保留对方给的工单号');
    const hant = escalationPacket(paypalCase(), fos, { locale: 'zh-Hant', providerName: 'PayPal' });
    expect(hant).toContain('申訴管道：英國金融申訴專員（FOS）');
    expect(hant).toContain('附上的文件：\n- 申訴說明（由這項申訴產生）');
    expect(hant).toContain('商家或收款人：Coffee Corner Ltd.');
  });
});

describe('time inputs', () => {
  it('shows the stored wall-clock time and reads a typed one back with an offset', () => {
    expect(toLocalInput('2026-11-25T14:03:00.000+08:00')).toBe('2026-11-25T14:03');
    expect(fromLocalInput('2026-11-25T14:03')).toMatch(/^2026-11-25T14:03:00\.000[+-]\d{2}:\d{2}$/);
    expect(fromLocalInput('yesterday')).toBeUndefined();
  });
});
