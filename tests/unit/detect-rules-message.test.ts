import { describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
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
const ask = { type: 'detect/rules', payload: {} };

describe('detect/rules message', () => {
  it("serves a wallet page its provider's rules first, then the generic ones", async () => {
    const reply = await handleMessage(ask, sender('https://cash.app/account'));
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { rules: { id: string }[]; history: string[] } }).value;
    expect(value.rules[0]!.id).toBe('cashapp.canceled-for-protection.en');
    expect(value.rules.length).toBe(1 + GENERIC_RULES.length);
    expect(value.history).toContain('^/account/activity/?$');
  });

  it('refuses pages that are not wallets', async () => {
    expect(await handleMessage(ask, sender('https://example.com/'))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('refuses a payload it does not expect', async () => {
    expect(
      await handleMessage({ ...ask, payload: { provider: 'paypal' } }, sender('https://cash.app/')),
    ).toMatchObject({ ok: false, code: 'invalidMessage' });
  });
});

describe('detect/rules reply', () => {
  const replies = PROVIDERS.map((p) => [p.id, detectionRulesFor(p)] as const);

  it.each(replies)('%s: carries runnable rules only, without their examples', (_id, reply) => {
    for (const rule of reply.rules) {
      const parsed = RuleSchema.safeParse(rule);
      expect(parsed.success, rule.id).toBe(true);
    }
    expect(JSON.stringify(reply)).not.toContain('"examples"');
  });

  it('stays small: under 14 kB of JSON for any wallet', () => {
    // The reply crosses the message channel at every wallet page load; examples would double it.
    const largest = Math.max(...replies.map(([, reply]) => JSON.stringify(reply).length));
    expect(largest).toBeLessThan(14_000);
  });

  it('compiles provider and generic rules together without clashing ids', () => {
    const providerRules = PROVIDERS.flatMap((p) => p.detection?.rules ?? []);
    expect(() => compileRules([...providerRules, ...GENERIC_RULES])).not.toThrow();
  });
});
