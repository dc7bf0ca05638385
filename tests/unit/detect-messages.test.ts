import { describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
import type { CandidateRanges, MatchReply } from '../../lib/detect/analyser';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { detectionRulesFor } from '../../lib/detect/provider-data';
import { RuleSchema } from '../../lib/detect/rule-schema';
import { compileRules } from '../../lib/detect/rules';
import { PROVIDERS } from '../../lib/providers';

type Sender = Browser.runtime.MessageSender;
const sender = (url: string): Sender => ({
  id: browser.runtime.id,
  url,
  frameId: 0,
  tab: { id: 3, url } as Browser.tabs.Tab,
});

async function ask<T>(type: string, payload: unknown, from: string): Promise<T> {
  const reply = await handleMessage({ type, payload }, sender(from));
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  return (reply as { value: T }).value;
}

const block = (text: string, region = 'alert') => ({ text, region, actions: '' });
const matchQuery = (url: string, blocks: ReturnType<typeof block>[], title = 'Cash App') => ({
  url,
  title,
  heading: '',
  lang: 'en',
  blocks,
});

describe('detect/candidates: where trouble may be written in a page’s text', () => {
  it('finds the words of trouble, as offsets in the text the page sent', async () => {
    const text = 'Balance $20.00 · Your card was DECLINED. · Activity';
    const [ranges] = await ask<CandidateRanges>(
      'detect/candidates',
      { texts: [text], lang: 'en' },
      'https://cash.app/account',
    );
    expect(ranges!.length).toBeGreaterThan(0);
    const found = [];
    for (let i = 0; i < ranges!.length; i += 2) found.push(text.slice(ranges![i], ranges![i + 1]));
    expect(found.join(' ').toLowerCase()).toContain('declin');
  });

  it('finds nothing in a page without trouble words, and reads every text it was sent', async () => {
    const ranges = await ask<CandidateRanges>(
      'detect/candidates',
      { texts: ['Send money to friends', '', 'Your balance is $20.00'], lang: 'en' },
      'https://cash.app/account',
    );
    expect(ranges).toEqual([[], [], []]);
  });

  it('reads the script of the text, whatever the page says its language is', async () => {
    const [ranges] = await ask<CandidateRanges>(
      'detect/candidates',
      { texts: ['Wallet · 您的账户已被冻结'], lang: 'en' },
      'https://cash.app/account',
    );
    expect(ranges!.length).toBeGreaterThan(0);
  });

  it('answers wallet pages only, and refuses what it does not expect', async () => {
    const query = { texts: ['Your card was declined.'], lang: 'en' };
    expect(
      await handleMessage(
        { type: 'detect/candidates', payload: query },
        sender('https://example.com/'),
      ),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    for (const payload of [
      { texts: 'Your card was declined.', lang: 'en' },
      { texts: [], lang: 'en"><script>' },
      { ...query, provider: 'paypal' },
      { texts: Array.from({ length: 201 }, () => ''), lang: null },
    ]) {
      expect(
        await handleMessage(
          { type: 'detect/candidates', payload },
          sender('https://cash.app/account'),
        ),
      ).toMatchObject({ ok: false, code: 'invalidMessage' });
    }
  });
});

describe('detect/match: what the candidate blocks say', () => {
  it("reads with the sender wallet's own rules first, then the generic ones", async () => {
    const reply = await ask<MatchReply>(
      'detect/match',
      matchQuery('https://cash.app/account', [
        block('This payment was canceled for your protection.'),
        block('Send money to friends', 'main'),
      ]),
      'https://cash.app/account',
    );
    expect(reply.pageType).toBe('app');
    expect(reply.blocks).toHaveLength(2);
    expect(reply.blocks[0]!.map((m) => m.ruleId)).toContain('cashapp.canceled-for-protection.en');
    expect(reply.blocks[1]).toEqual([]);
    // The page keeps its own text: the reply does not echo it.
    expect(JSON.stringify(reply)).not.toContain('This payment');
  });

  it("turns a plain block on the wallet's activity list into a row of that list", async () => {
    const reply = await ask<MatchReply>(
      'detect/match',
      matchQuery('https://cash.app/account/activity', [block('Payment failed', 'main')]),
      'https://cash.app/account/activity',
    );
    expect(reply.blocks[0]!.every((m) => m.region === 'row')).toBe(true);
  });

  it("judges the page by the sender's address when the page names another site's", async () => {
    const from = 'https://cash.app/account';
    const query = [block('Your card was declined.')];
    const help = await ask<MatchReply>(
      'detect/match',
      matchQuery('https://cash.app/help/declined', query, 'Help'),
      'https://cash.app/help/declined',
    );
    expect(help.pageType).toBe('help');
    const claimed = await ask<MatchReply>(
      'detect/match',
      matchQuery('https://help.example.com/faq/declined', query),
      from,
    );
    expect(claimed.pageType).toBe('app');
  });

  it('refuses blocks it does not expect', async () => {
    for (const blocks of [
      [{ ...block('x'), region: 'sidebar' }],
      [{ ...block('x'), extra: 1 }],
      Array.from({ length: 501 }, () => block('x')),
      [block('x'.repeat(8001))],
    ]) {
      expect(
        await handleMessage(
          { type: 'detect/match', payload: matchQuery('https://cash.app/account', blocks) },
          sender('https://cash.app/account'),
        ),
      ).toMatchObject({ ok: false, code: 'invalidMessage' });
    }
  });
});

describe('the rules the background reads with', () => {
  it.each(PROVIDERS.map((p) => [p.id, detectionRulesFor(p)] as const))(
    '%s: runnable rules only, without their examples',
    (_id, data) => {
      for (const rule of data.rules) {
        const parsed = RuleSchema.safeParse(rule);
        expect(parsed.success, rule.id).toBe(true);
      }
      expect(JSON.stringify(data)).not.toContain('"examples"');
    },
  );

  it('compiles provider and generic rules together without clashing ids', () => {
    const providerRules = PROVIDERS.flatMap((p) => p.detection?.rules ?? []);
    expect(() => compileRules([...providerRules, ...GENERIC_RULES])).not.toThrow();
  });
});
