import { describe, expect, it } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '../../lib/background/router';
import { CONCEPT_TERMS } from '../../lib/detect/concepts';
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

  it('serves the terms of more languages on request, to wallet pages only', async () => {
    const terms = { type: 'detect/terms', payload: { langs: ['ja', 'ko'] } };
    const reply = await handleMessage(terms, sender('https://cash.app/account'));
    expect(reply).toMatchObject({ ok: true });
    expect((reply as { value: { lang: string }[] }).value.map((t) => t.lang)).toEqual(['ja', 'ko']);
    expect(await handleMessage(terms, sender('https://example.com/'))).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
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

  it('stays small: under 30 kB of JSON for any wallet with English and its page language', () => {
    // The reply crosses the message channel at every wallet page load; examples would double it,
    // and the terms of every language (which come only when a page needs them) would triple it.
    // The terms come ready to compile (about twice their raw size), so pages never sort or merge.
    const sizes = PROVIDERS.flatMap((p) =>
      CONCEPT_TERMS.map((t) => JSON.stringify(detectionRulesFor(p, [t.lang])).length),
    );
    expect(Math.max(...sizes)).toBeLessThan(30_000);
  });

  it('sends English and the languages asked for, and names every language it has', () => {
    const reply = detectionRulesFor(PROVIDERS[0], ['pt']);
    expect(reply.concepts.map((t) => t.lang).sort()).toEqual(['en', 'pt']);
    expect(reply.langs).toEqual(CONCEPT_TERMS.map((t) => t.lang));
  });

  it('compiles provider and generic rules together without clashing ids', () => {
    const providerRules = PROVIDERS.flatMap((p) => p.detection?.rules ?? []);
    expect(() => compileRules([...providerRules, ...GENERIC_RULES])).not.toThrow();
  });
});
