import { z } from 'zod';
import { ProviderDetectionSchema } from '../detect/rule-schema';

/**
 * The provider registry's schema. Every provider file calls {@link defineProvider}, which parses
 * its data with these schemas at import time, so a malformed provider fails the build and the
 * unit tests instead of reaching users.
 *
 * Trust rule: everything here is vetted data shipped with the extension. Nothing a web page says
 * is ever merged into it.
 */

/**
 * Kinds of public source a fact was taken from (see shared research notes): the provider's or
 * regulator's own page, a verbatim copy of one, its own published code, the press, or a
 * `secondary` page (a third party reporting it), which the UI always shows as such ("reported
 * by …"), never as confirmed.
 */
export const SourceTypeSchema = z.enum([
  'official',
  'official-copy',
  'public-code',
  'press',
  'secondary',
]);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** Where a fact comes from: a URL, or a citation when the source is not a single page. */
export const SourceSchema = z
  .object({
    // Some official and press pages are still served over plain HTTP; a source is cited, never
    // offered as a link to act on.
    url: z.url({ protocol: /^https?$/ }).optional(),
    citation: z.string().min(3).optional(),
    type: SourceTypeSchema,
    /** ISO date of the snapshot the fact was read from, when older than the research itself. */
    date: z.iso.date().optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.citation !== undefined, {
    message: 'a source needs a url or a citation',
  });
export type Source = z.infer<typeof SourceSchema>;

/**
 * When the facts of the registry, the escalation table and the scam data were last checked
 * against their sources (the research of November 2026). A fact read from an older snapshot
 * says so in its source's `date`.
 */
export const FACTS_CHECKED = '2026-11';

/**
 * Text in every language the UI ships complete (`LOCALES`): English, Simplified Chinese and
 * Traditional Chinese, each required, so a provider or channel cannot ship half-translated.
 */
export const LocalizedTextSchema = z
  .object({ en: z.string().min(1), 'zh-CN': z.string().min(1), 'zh-Hant': z.string().min(1) })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const ConfidenceSchema = z.enum(['high', 'medium-high', 'medium']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * ISO 3166-1 alpha-2 codes, plus `EU` (EU/EEA) and `INTL` (any caller). Used to put the numbers
 * for the person's own region first.
 */
export const RegionCodeSchema = z.string().regex(/^([A-Z]{2}|EU|INTL)$/, 'region code');
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/** A phone number we are willing to show: it always names its public source. */
export const PhoneSchema = z
  .object({
    number: z
      .string()
      .regex(/^\+?[0-9(][0-9 ().-]*[0-9]$/, 'digits, spaces, ( ) . - and a leading +'),
    /** Human label of where the number is for ("United States", "UK — PayPal Credit only"). */
    region: LocalizedTextSchema,
    regionCodes: z.array(RegionCodeSchema).min(1),
    /**
     * `call`: people may dial it. `callback-only`: the provider calls *from* it; shown so people
     * can recognise a genuine callback, never offered as a number to dial.
     */
    use: z.enum(['call', 'callback-only']),
    purpose: LocalizedTextSchema,
    hours: LocalizedTextSchema.optional(),
    source: SourceSchema,
    confidence: ConfidenceSchema,
  })
  .strict()
  // A number only a third party reports is never offered as the wallet's own: it stays out of
  // the registry (see the research notes' `unverifiedPhones`).
  .refine((phone) => phone.source.type !== 'secondary', {
    message: 'a phone number needs a source better than a third-party page',
    path: ['source', 'type'],
  });
export type Phone = z.infer<typeof PhoneSchema>;

/** An official page. Its host must belong to the provider (checked by the registry test). */
export const OfficialLinkSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }),
    label: LocalizedTextSchema.optional(),
    source: SourceSchema.optional(),
  })
  .strict();
export type OfficialLink = z.infer<typeof OfficialLinkSchema>;

/** `*.example.com` (the domain and all its subdomains) or an exact host name. */
export const HostPatternSchema = z
  .string()
  .regex(/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/, 'host pattern like *.paypal.com or pay.google.com');

/**
 * What the page guard (an opt-in content script on other sites) needs to recognise pages that
 * imitate this wallet. All of it is matched against the page's own address and text; nothing
 * here is ever shown as a contact.
 */
export const ProviderGuardSchema = z
  .object({
    /**
     * Distinctive words of the brand as it appears in web addresses (`paypal`, `alipay`): an
     * address that contains one beside other words, or (with `typos`) misspells one, imitates
     * the wallet. Lower-case letters and digits, at least 5 characters.
     */
    brandTokens: z.array(z.string().regex(/^[a-z0-9]{5,}$/)).default([]),
    /**
     * Brand words that are also ordinary words (`wise`, `octopus`): they count only as a word of
     * their own in an address, beside a sign-in or support word (`wise-login-help.com`).
     */
    plainTokens: z.array(z.string().regex(/^[a-z0-9]{3,}$/)).default([]),
    /**
     * Whether a misspelling of a brand token counts (`paypai`, `alipav`). Off for a brand one
     * letter away from an ordinary word (`skrill` / `skill`).
     */
    typos: z.boolean().default(true),
    /**
     * Names by which a page's text refers to this wallet, when its own names and aliases are
     * also ordinary words (`Wise`, `Link`, `Octopus`): then only these count. Case-sensitive.
     */
    pageNames: z.array(z.string().min(3)).optional(),
  })
  .strict();
export type ProviderGuard = z.infer<typeof ProviderGuardSchema>;

const ProviderObjectSchema = z
  .object({
    /** Public id (file name); see DESIGN.md for the vocabulary. */
    id: z.string().regex(/^[a-z0-9]+$/),
    name: LocalizedTextSchema,
    /**
     * Other names people search the directory by, in any language and script (`支付宝`,
     * `Zhifubao`, `云闪付`, `银联`): matched like the names, ignoring case, spaces and width.
     */
    aliases: z.array(z.string().min(2).max(40)).default([]),
    /**
     * Hosts where the wallet's web app, checkout and help pages live (the content script runs
     * here, and they make the manifest's host permissions). Empty for a directory-only provider
     * (an app-only wallet such as Apple Pay): it has contacts and advice but no detection.
     */
    hosts: z.array(HostPatternSchema).default([]),
    /**
     * Other official hosts that serve this provider's help or contact pages but are shared with
     * unrelated products (e.g. `support.google.com`), or a regulator's page that is the only
     * published route to it: links may point there, detection never runs.
     */
    supportHosts: z.array(HostPatternSchema).default([]),
    /**
     * Other hosts the wallet's company runs that serve no page we link to (its community, its
     * content servers, a former name's domain): the page guard never takes them for look-alikes.
     */
    officialHosts: z.array(HostPatternSchema).default([]),
    /**
     * What complaints about this provider are usually about, for regulators whose clocks differ
     * by product (the UK's FOS: 15 business days for payment services, 8 weeks for the rest).
     */
    service: z.enum(['payments', 'credit']).default('payments'),
    /** Regions whose regulators may hear complaints about this provider. */
    regions: z.array(RegionCodeSchema),
    contacts: z
      .object({
        helpCentre: OfficialLinkSchema.optional(),
        /** The one page a click on "contact" opens. Falls back to the help centre in the data. */
        contactPage: OfficialLinkSchema,
        complaintPages: z.array(OfficialLinkSchema).default([]),
        phones: z.array(PhoneSchema).default([]),
        /** Official e-mail channels (complaints, support). */
        emails: z
          .array(
            z
              .object({ address: z.email(), purpose: LocalizedTextSchema, source: SourceSchema })
              .strict(),
          )
          .default([]),
        /** Where customer service is inside the provider's own app. */
        inApp: LocalizedTextSchema.optional(),
        /** Addresses for forwarding phishing messages. */
        reportPhishing: z
          .array(z.object({ address: z.email(), source: SourceSchema }).strict())
          .default([]),
        /** A short caveat shown under the contacts (e.g. "no public phone line"). */
        note: LocalizedTextSchema.optional(),
      })
      .strict(),
    /** Things the genuine provider says it never does: shown as scam warnings. */
    safetyFacts: z
      .array(z.object({ text: LocalizedTextSchema, source: SourceSchema }).strict())
      .default([]),
    /** Published complaint-handling times, for the case file and escalation clocks. */
    complaintTimelines: z
      .array(
        z
          .object({ region: RegionCodeSchema, text: LocalizedTextSchema, source: SourceSchema })
          .strict(),
      )
      .default([]),
    /**
     * Detection data (see `lib/detect/rule-schema.ts`): rules for this wallet's own wording, with
     * their examples (optional: the generic rules apply to every provider), hints about its page
     * types, and the sample pages the detection corpus imitates. Required exactly when the
     * provider has hosts: every wallet the content script runs on is covered by the evaluation,
     * and a directory-only provider has nothing to detect.
     */
    detection: ProviderDetectionSchema.optional(),
    /** How the page guard recognises imitations of this wallet. */
    guard: ProviderGuardSchema.default({ brandTokens: [], plainTokens: [], typos: true }),
  })
  .strict();

export const ProviderSchema = ProviderObjectSchema.superRefine((provider, ctx) => {
  if (provider.hosts.length > 0 && provider.detection === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['detection'],
      message: 'a provider with hosts needs detection data (at least its samplePages)',
    });
  }
  if (provider.hosts.length === 0 && provider.detection !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['detection'],
      message: 'a directory-only provider (no hosts) has no pages to detect on: drop detection',
    });
  }
});

/** A provider as shipped: parsed and frozen. */
export type Provider = Readonly<z.infer<typeof ProviderSchema>>;
export type ProviderInput = z.input<typeof ProviderSchema>;

/** Paths (`contacts.contactPage.url`) of every string in `value` that still says TODO. */
function placeholders(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('TODO') ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    placeholders(item, path ? `${path}.${key}` : key),
  );
}

/**
 * Declares a provider. Parses the data (throwing a readable error that names the provider) so a
 * typo can never ship, and refuses any value still marked TODO (as `npm run new:provider`
 * writes them), so a half-filled provider can never ship either. Pure: no browser API is
 * touched, because WXT imports providers in Node to generate the manifest.
 */
export function defineProvider(input: ProviderInput): Provider {
  const todo = placeholders(input);
  const result = ProviderSchema.safeParse(input);
  if (todo.length > 0 || !result.success) {
    const problems = [
      ...(todo.length > 0 ? [`still marked TODO: ${todo.join(', ')}`] : []),
      ...(result.success ? [] : [z.prettifyError(result.error)]),
    ];
    throw new Error(`Provider "${String(input.id)}" is invalid:\n${problems.join('\n')}`);
  }
  return Object.freeze(result.data);
}
