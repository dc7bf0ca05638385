// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import topSites from 'top-sites';
import { describe, expect, it } from 'vitest';
import { collectReport, hostHint } from '../../lib/guard/collect';
import { isOfficialHost, lookalikeOf } from '../../lib/guard/lookalike';
import { judgePage } from '../../lib/guard/page';
import { guardPrefilter } from '../../lib/guard/prefilter';
import type { GuardReport } from '../../lib/guard/report';
import { hostMatches, PROVIDERS } from '../../lib/providers';
import { KNOWN_CLONES } from '../../lib/scams/known';

const TOP_500 = (topSites as { rootDomain: string }[]).map((site) => site.rootDomain);
const FILTER = guardPrefilter(PROVIDERS);
const NAMES = [new RegExp(FILTER.names, 'iu'), new RegExp(FILTER.exactNames, 'u')];

/** Clone domains named in the research notes (`warnings`), when the notes are present. */
function researchClones(): string[] {
  const file = join(__dirname, '../../../shared/data/providers.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    warnings: { cloneOrLookalikeDomainsSeen: string[] };
  };
  return data.warnings.cloneOrLookalikeDomainsSeen
    .map((entry) => entry.split(' ')[0]!)
    .filter((host) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host));
}

const report = (over: Partial<GuardReport>): GuardReport => ({
  url: 'https://help-desk.example/',
  title: '',
  headings: [],
  password: false,
  form: '',
  candidates: [],
  ...over,
});

describe('look-alike addresses', () => {
  it('warns on every clone the research names', () => {
    const hosts = [...KNOWN_CLONES.map((c) => c.host), ...researchClones()];
    expect(hosts.length).toBeGreaterThanOrEqual(10);
    for (const host of hosts) expect(lookalikeOf(host), host).not.toBeNull();
  });

  it.each([
    ['paypal-resolution-center.com', 'paypal', 'extra-words'],
    ['secure-paypal.com.account-verify.net', 'paypal', 'brand-in-subdomain'],
    ['paypal.com.evil.example', 'paypal', 'brand-in-subdomain'],
    ['paypai.com', 'paypal', 'typo'],
    ['paypa1.com', 'paypal', 'typo'],
    ['aliapy.com', 'alipay', 'typo'],
    [domainToASCII('pаypal.com'), 'paypal', 'homoglyph'],
    [domainToASCII('wіse.com'), 'wise', 'homoglyph'],
    ['alipay-kefu.cn', 'alipay', 'extra-words'],
    ['95188-kefu.com', 'alipay', 'service-number'],
    ['95516aa.net', 'unionpay', 'service-number'],
    ['wise-login-help.com', 'wise', 'extra-words'],
    ['venmo-support.net', 'venmo', 'extra-words'],
    ['paypal-login.github.io', 'paypal', 'extra-words'],
  ])('%s imitates %s (%s)', (host, providerId, reason) => {
    expect(lookalikeOf(host)).toEqual({ providerId, reason });
  });

  it('never warns on any of the top 500 sites', () => {
    expect(TOP_500).toHaveLength(500);
    expect(TOP_500.filter((host) => lookalikeOf(host) !== null)).toEqual([]);
  });

  it('never warns on the wallets’ own hosts, content servers, help and community sites', () => {
    const own = PROVIDERS.flatMap((p) => [...p.hosts, ...p.supportHosts, ...p.officialHosts]).map(
      (pattern) => pattern.replace(/^\*\./, 'www.'),
    );
    for (const host of [
      ...own,
      'paypal.com',
      'www.paypalobjects.com',
      'www.paypal-community.com',
    ]) {
      expect(isOfficialHost(host), host).toBe(true);
      expect(lookalikeOf(host), host).toBeNull();
    }
  });

  it('leaves a brand under another country’s suffix, ordinary words and brand-only subdomains', () => {
    for (const host of [
      'paypal.de',
      'paypal.me',
      'alipay.cn',
      'otherwise.com',
      'wiseman.co.uk',
      'gazelle.com',
      'skill-up.com',
      'klara.com',
      'octopusenergy.com',
      'paypal.github.io',
      'news.example.com',
    ]) {
      expect(lookalikeOf(host), host).toBeNull();
    }
  });
});

describe('the guard’s cheap check in the page', () => {
  it('lets ordinary addresses through and stops wallet-like ones', () => {
    for (const host of TOP_500.filter(
      (h) => !PROVIDERS.some((p) => p.hosts.some((x) => hostMatches(x, h))),
    )) {
      expect(hostHint(host, FILTER), host).toBe(false);
    }
    for (const host of [
      'paypai.com',
      'xn--pypal-4ve.com',
      'alipay-kefu.cn',
      '95516aa.com',
      'wise-login.com',
    ]) {
      expect(hostHint(host, FILTER), host).toBe(true);
    }
  });

  it('reports nothing on a page that names no wallet', () => {
    document.body.innerHTML = '<h1>Weather</h1><p>Call us on 020 7946 0000 for support.</p>';
    expect(collectReport(document, 'https://weather.example/', FILTER, NAMES)).toBeNull();
  });

  it('reports a page that names a wallet, with the numbers near its name', () => {
    document.title = 'PayPal help';
    document.body.innerHTML =
      '<h1>PayPal customer service</h1><p>Call PayPal customer service on 1-844-350-6444 today.</p><script>var x = "PayPal 1234567890";</script>';
    const found = collectReport(document, 'https://help-desk.example/', FILTER, NAMES);
    expect(found?.candidates.map((c) => c.number)).toEqual(['1-844-350-6444']);
    expect(found?.headings).toEqual(['PayPal customer service']);
  });
});

describe('judging a page', () => {
  it('warns on a number presented as a wallet’s customer service that is not official', () => {
    const context = 'PayPal customer service: call 1 888 555 0199 now to unlock your payment';
    expect(
      judgePage(report({ candidates: [{ number: '1 888 555 0199', context }] }), 'US'),
    ).toEqual({ kind: 'fake-number', providerId: 'paypal', number: '1 888 555 0199' });
    const zh = '支付宝官方客服电话 400-000-0000，退款请拨打';
    expect(
      judgePage(report({ candidates: [{ number: '400-000-0000', context: zh }] }), 'CN'),
    ).toMatchObject({
      kind: 'fake-number',
      providerId: 'alipay',
    });
  });

  it('does not warn on a wallet’s official number, or on a number that is not near a support word', () => {
    const official =
      'For unauthorised transactions call PayPal customer service at (402) 935-7733.';
    expect(
      judgePage(report({ candidates: [{ number: '(402) 935-7733', context: official }] }), 'US'),
    ).toBeNull();
    const shop = 'We accept PayPal and cards. Order line 020 7946 0000.';
    const footer =
      'Customer service: 0800 123 4567, Monday to Friday. Delivery · Returns · We accept Visa, Mastercard and PayPal.';
    expect(
      judgePage(report({ candidates: [{ number: '0800 123 4567', context: footer }] }), 'GB'),
    ).toBeNull();
    expect(
      judgePage(report({ candidates: [{ number: '020 7946 0000', context: shop }] }), 'GB'),
    ).toBeNull();
  });

  it('does not warn on news about scams that quotes fake numbers', () => {
    const news =
      'Scammers posing as PayPal customer service told victims to call 1844-350-6444, police said.';
    expect(
      judgePage(
        report({
          url: 'https://news.example/scams',
          title: 'Fake PayPal support numbers: how the scam works',
          headings: ['Fake PayPal support numbers: how the scam works'],
          candidates: [{ number: '1844-350-6444', context: news }],
        }),
        'US',
      ),
    ).toBeNull();
    const zh = '警方提醒：骗子冒充支付宝客服，让受害人拨打 95055。';
    expect(judgePage(report({ candidates: [{ number: '95055', context: zh }] }), 'CN')).toBeNull();
  });

  it('warns on a wallet sign-in or an "account limited" message on a site that is not the wallet’s', () => {
    expect(
      judgePage(
        report({
          url: 'https://secure-login.example/',
          title: 'Log in to your PayPal account',
          password: true,
          form: 'Email Password Log In',
        }),
        'US',
      ),
    ).toEqual({ kind: 'lure', providerId: 'paypal' });
    expect(
      judgePage(report({ headings: ['您的支付宝账户已被冻结，请立即验证身份'] }), 'CN'),
    ).toEqual({ kind: 'lure', providerId: 'alipay' });
  });

  it('does not take a shop’s own sign-in, or a warning about the lure, for a lure', () => {
    expect(
      judgePage(
        report({
          title: 'My Shop — Sign in',
          password: true,
          form: 'Email Password Sign in',
          headings: ['Pay with PayPal'],
        }),
        'US',
      ),
    ).toBeNull();
    expect(
      judgePage(
        report({
          title: '“Your PayPal account is limited”: a phishing scam to know',
          headings: ['Your PayPal account is limited'],
        }),
        'US',
      ),
    ).toBeNull();
  });

  it('says nothing on a wallet’s own pages', () => {
    expect(
      judgePage(
        report({ url: 'https://www.paypal-community.com/t5/x', title: 'PayPal account limited' }),
        'US',
      ),
    ).toBeNull();
  });
});
