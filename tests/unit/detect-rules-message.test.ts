import { describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
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

describe('provider rules', () => {
  const providerRules = PROVIDERS.flatMap((p) =>
    (p.detection?.rules ?? []).map((rule) => [p.id, rule] as const),
  );

  it('exist for several providers', () => {
    expect(new Set(providerRules.map(([id]) => id)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(providerRules)('%s: %o is valid and named after its provider', (id, rule) => {
    expect(RuleSchema.safeParse(rule).success).toBe(true);
    expect(rule.id.startsWith(`${id}.`)).toBe(true);
  });

  it('compile together with the generic rules without clashing ids', () => {
    expect(() =>
      compileRules([...providerRules.map(([, r]) => r), ...GENERIC_RULES]),
    ).not.toThrow();
  });
});
