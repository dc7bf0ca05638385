// The registry's meta-test: one describe per provider file, each failing with a sentence that
// says what is missing and where to add it (see registry-checks.ts).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ESCALATION_CHANNELS } from '../../lib/cases/escalation';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { PROVIDERS } from '../../lib/providers';
import { ProviderSchema, type Provider } from '../../lib/providers/schema';
import { providerProblems, ruleProblems, type RegistryContext } from './registry-checks';

const context: RegistryContext = {
  registered: PROVIDERS,
  channels: ESCALATION_CHANNELS,
  genericRules: GENERIC_RULES,
};

/** Modules of lib/providers/ that are not providers. */
const NOT_PROVIDERS = new Set(['index', 'registry', 'shipped', 'schema', 'contacts', 'directory']);

// Vite collects the folder itself, so a file that nobody registered is still checked.
const modules = import.meta.glob<{ default?: unknown }>('../../lib/providers/*.ts', {
  eager: true,
});
const providerFiles = Object.entries(modules)
  .map(([path, module]) => [/([^/]+)\.ts$/.exec(path)![1]!, module] as const)
  .filter(([name]) => !NOT_PROVIDERS.has(name));

describe('lib/detect/generic-rules.ts', () => {
  it('has rules whose examples fire and stay quiet as declared', () => {
    expect(
      ruleProblems('lib/detect/generic-rules.ts', GENERIC_RULES, { pageRules: GENERIC_RULES }),
    ).toEqual([]);
  });
});

describe('the registry', () => {
  it('has a file for every registered provider', () => {
    const files = providerFiles.map(([name]) => name);
    expect(PROVIDERS.filter((p) => !files.includes(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

for (const [file, module] of providerFiles) {
  describe(`lib/providers/${file}.ts`, () => {
    it('exports a provider', () => {
      const parsed = ProviderSchema.safeParse(module.default);
      expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
    });

    it('is complete: registered, sourced, its rules, hints and sample pages as declared, its regions escalable', () => {
      expect(providerProblems(file, module.default as Provider, context)).toEqual([]);
    });
  });
}

describe('the registry checks', () => {
  // A provider that parses but is wrong in every way the checks know about.
  const broken = ProviderSchema.parse({
    id: 'brokenpay',
    name: { en: 'BrokenPay', 'zh-CN': '坏钱包', 'zh-Hant': '壞錢包' },
    hosts: ['*.brokenpay.example'],
    regions: ['US', 'ZZ'],
    contacts: { contactPage: { url: 'https://www.elsewhere.example/contact' } },
    detection: {
      rules: [
        {
          id: 'brokenpay.no-entry.en',
          state: 'payment_failed',
          lang: 'en',
          pattern: String.raw`\bno entry\b`,
          weight: 1,
          examples: { positive: ['No entry', 'Entry refused'], negative: ['Payment failed'] },
        },
        {
          id: 'brokenpay.abgelehnt.en',
          state: 'payment_failed',
          lang: 'de',
          pattern: String.raw`\bZahlung abgelehnt\b`,
          weight: 1,
          examples: { positive: ['Zahlung abgelehnt'], negative: ['Zahlung erfolgreich'] },
        },
      ],
      hints: {
        help: [
          { pattern: '^/help/', examples: { positive: ['/support/'], negative: ['/help/a'] } },
        ],
      },
      samplePages: {
        app: 'https://www.brokenpay.example/help/app/',
        help: 'https://www.brokenpay.example/account/',
        history: 'https://www.elsewhere.example/activity/',
      },
    },
  });

  it('say what is missing and where to add it', () => {
    expect(providerProblems('brokenpay-old', broken, context)).toEqual([
      'lib/providers/brokenpay-old.ts declares id "brokenpay": the id must equal the file name',
      'lib/providers/brokenpay-old.ts is not registered: import it in lib/providers/registry.ts and add it to PROVIDERS',
      'provider brokenpay offers no sourced route to its support: give contacts.contactPage a source, or add a sourced phone number or e-mail address, in lib/providers/brokenpay-old.ts',
      'rule brokenpay.abgelehnt.en in lib/providers/brokenpay-old.ts must be named brokenpay.<name>.de',
      'rule brokenpay.no-entry.en in lib/providers/brokenpay-old.ts: positive example "No entry" contains no TRIGGER word, so the prefilter would skip it: add its key word to TRIGGER in lib/detect/trigger.ts',
      'rule brokenpay.no-entry.en in lib/providers/brokenpay-old.ts does not fire on its positive example "Entry refused": fix the pattern or the example',
      'rule brokenpay.no-entry.en in lib/providers/brokenpay-old.ts: generic.payment-failed.en fires on its negative example "Payment failed": narrow the pattern or change the example',
      'provider brokenpay: help hint ^/help/ does not match its positive example /support/: fix the pattern or the example in lib/providers/brokenpay-old.ts',
      'provider brokenpay: help hint ^/help/ matches its negative example /help/a: narrow the pattern in lib/providers/brokenpay-old.ts',
      "provider brokenpay: sample app page https://www.brokenpay.example/help/app/ is classified as a help page (lib/detect/page-type.ts): use the app's own folder, or narrow detection.hints in lib/providers/brokenpay-old.ts",
      'provider brokenpay: sample help page https://www.brokenpay.example/account/ is classified as an app page (lib/detect/page-type.ts): add a detection.hints.help pattern that matches its path in lib/providers/brokenpay-old.ts',
      "provider brokenpay: sample page https://www.elsewhere.example/activity/ is not on its hosts (*.brokenpay.example): use a URL of the wallet's own site in lib/providers/brokenpay-old.ts, or add its host to hosts",
      "rule brokenpay.abgelehnt.en is in de but provider brokenpay has no sample page in de: add { lang: 'de', app: … } to detection.samplePages.locales in lib/providers/brokenpay-old.ts",
      'provider brokenpay names region ZZ but no escalation channel covers ZZ: add one to lib/cases/escalation.ts',
      "provider brokenpay: link https://www.elsewhere.example/contact points outside its hosts and supportHosts: link to the wallet's own site in lib/providers/brokenpay-old.ts",
    ]);
  });

  it('name a rule written without examples', () => {
    const [rule] = broken.detection!.rules;
    const bare = { ...rule!, examples: { positive: [], negative: [] } };
    expect(ruleProblems('lib/providers/brokenpay.ts', [bare], { pageRules: [] })).toEqual([
      'rule brokenpay.no-entry.en in lib/providers/brokenpay.ts has no positive example: add examples.positive (a message the wallet shows that the rule must fire on)',
      'rule brokenpay.no-entry.en in lib/providers/brokenpay.ts has no negative example: add examples.negative (a question, conditional, help-article sentence or success message on the same topic that must not fire)',
    ]);
  });

  it('find nothing wrong with a registered provider', () => {
    expect(
      providerProblems(
        'paypal',
        PROVIDERS.find((p) => p.id === 'paypal')!,
        context,
      ),
    ).toEqual([]);
  });
});
