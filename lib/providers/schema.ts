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

/** Kinds of public source a fact was taken from (see shared research notes). */
export const SourceTypeSchema = z.enum(['official', 'official-copy', 'public-code', 'press']);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** Where a fact comes from: a URL, or a citation when the source is not a single page. */
export const SourceSchema = z
  .object({
    url: z.url({ protocol: /^https$/ }).optional(),
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
  .strict();
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

export const ProviderSchema = z
  .object({
    /** Public id (file name); see DESIGN.md for the vocabulary. */
    id: z.string().regex(/^[a-z0-9]+$/),
    name: LocalizedTextSchema,
    /** Hosts where the wallet's web app, checkout and help pages live (the content script runs here). */
    hosts: z.array(HostPatternSchema).min(1),
    /**
     * Other official hosts that serve this provider's help or contact pages but are shared with
     * unrelated products (e.g. `support.google.com`): links may point there, detection never runs.
     */
    supportHosts: z.array(HostPatternSchema).default([]),
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
     * types, and the sample pages the detection corpus imitates (required: every wallet the
     * content script runs on is covered by the evaluation).
     */
    detection: ProviderDetectionSchema,
  })
  .strict();

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
