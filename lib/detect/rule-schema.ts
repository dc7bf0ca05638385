import { z } from 'zod';
import { StateIdSchema } from '../states';
import { RULE_LANGS } from './rules';

/*
 * Schemas of detection data: rules, page hints and the sample pages a provider describes. They
 * are the one declaration of these shapes: `Rule` and the rest are inferred from them. Code
 * that ships to wallet pages imports only the types, so the content script never bundles zod.
 */

/** A regular-expression source that compiles with the `i` flag, as the engine compiles it. */
const PatternSchema = z
  .string()
  .min(2)
  .refine((source) => {
    try {
      new RegExp(source, 'i');
      return true;
    } catch {
      return false;
    }
  }, 'a valid regular expression (compiled with the i flag)');

/** A rule as it runs on a page: what the content script receives, without examples. */
export const RuleSchema = z
  .object({
    /** Dotted id, e.g. `generic.payment-failed.en` or `paypal.remove-limitation.en`. */
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'dotted id like generic.payment-failed.en'),
    state: StateIdSchema,
    lang: z.enum(RULE_LANGS),
    /** Regular-expression source, compiled once with the `i` flag. */
    pattern: PatternSchema,
    /** 0 < weight ≤ 1: how sure a match makes us, before the region weight. */
    weight: z.number().gt(0).max(1),
  })
  .strict();

/**
 * A detection rule as the engine runs it. Patterns must describe the *person's own* situation
 * ("your payment was declined"), never the general topic ("payment"), because help pages talk
 * about the topic all the time.
 */
export type Rule = z.infer<typeof RuleSchema>;

/** Sentences that say what a rule is for; the registry test runs every one through the engine. */
export const RuleExamplesSchema = z
  .object({
    /**
     * Messages a wallet shows that the rule must fire on, each passing the `TRIGGER` prefilter.
     * The detection corpus puts every one on a generated wallet page that expects the rule's
     * state, and quotes them in help articles that expect nothing.
     */
    positive: z.array(z.string().min(2)).min(1),
    /**
     * Sentences on the same topic on which no rule may fire: questions, conditionals,
     * help-article wording, success messages. They guard against a pattern that reaches too
     * far; the corpus puts them on wallet pages that expect nothing.
     */
    negative: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type RuleExamples = z.infer<typeof RuleExamplesSchema>;

/**
 * A rule as written in the registry (`generic-rules.ts`, a provider's `detection.rules`): the
 * rule and its examples. The background strips the examples before it sends rules to a page.
 */
export const RuleDefinitionSchema = RuleSchema.extend({ examples: RuleExamplesSchema }).strict();
export type RuleDefinition = z.infer<typeof RuleDefinitionSchema>;

/** A URL path as `location.pathname` gives it. */
const PathSchema = z.string().regex(/^\/\S*$/, 'a URL path starting with /');

/** One URL-path pattern that says what a provider's page is, with paths that prove it. */
export const PageHintSchema = z
  .object({
    /** Regular-expression source tested against `location.pathname` (with the `i` flag). */
    pattern: PatternSchema,
    examples: z
      .object({
        /** Paths of the provider's pages the pattern must match. */
        positive: z.array(PathSchema).min(1),
        /** Neighbouring paths of another kind that it must not match. */
        negative: z.array(PathSchema).min(1),
      })
      .strict(),
  })
  .strict();
export type PageHint = z.infer<typeof PageHintSchema>;

/** Page hints of one provider: which of its paths are help pages and which are history lists. */
export const PageHintsSchema = z
  .object({
    /** Help centres, FAQs, blogs and legal pages on the provider's own hosts. */
    help: z.array(PageHintSchema).default([]),
    /** Activity / transaction-history lists, where an old "failed" row is no news. */
    history: z.array(PageHintSchema).default([]),
  })
  .strict();

/** An HTTPS URL of a folder (ending in `/`), under which sample pages are placed. */
const FolderUrlSchema = z
  .url({ protocol: /^https$/ })
  .regex(/^https:\/\/[^/]+\/(?:[^?#]*\/)?$/, 'an https URL of a folder, ending in /');

/** The same wallet pages in another language (a regional site, e.g. `/hk/` for zh-Hant). */
export const SampleLocaleSchema = z
  .object({
    lang: z.enum(RULE_LANGS),
    /** Folder of the app in that language, e.g. `https://www.paypal.com/hk/myaccount/`. */
    app: FolderUrlSchema,
    /** Folder of help articles in that language, when the wallet has one. */
    help: FolderUrlSchema.optional(),
  })
  .strict();

/**
 * Where this wallet's pages live and in which languages, as the detection corpus imitates them
 * (`tests/eval/corpus.ts` generates its pages from these and the rules' examples). Every URL
 * must belong to the provider's own hosts and look like the kind of page it names; the
 * registry test checks both. The corpus invents pages below these folders, so an app or history
 * URL need not be a real address (the content script runs on every path of the hosts); a help
 * folder should be the wallet's real help section, so that recognising it is what is tested.
 */
export const SamplePagesSchema = z
  .object({
    /** Language the wallet's pages use by default. */
    lang: z.enum(RULE_LANGS).default('en'),
    /** Folder of the signed-in app or checkout, where errors appear, e.g. `…/myaccount/`. */
    app: FolderUrlSchema,
    /** Folder of help-centre articles, which talk *about* errors, e.g. `…/smarthelp/article/`. */
    help: FolderUrlSchema,
    /** The activity / transaction-history list, e.g. `https://www.paypal.com/myaccount/activity/`. */
    history: z.url({ protocol: /^https$/ }),
    /** The app (and help) in other languages; rule examples in those languages land there. */
    locales: z.array(SampleLocaleSchema).default([]),
  })
  .strict();
export type SamplePages = z.infer<typeof SamplePagesSchema>;

/**
 * A provider's own detection data: rules for wording only this wallet uses, page hints, and
 * the sample pages the corpus is built on. Generic rules cover everything else.
 */
export const ProviderDetectionSchema = z
  .object({
    rules: z.array(RuleDefinitionSchema).default([]),
    hints: PageHintsSchema.default({ help: [], history: [] }),
    samplePages: SamplePagesSchema,
  })
  .strict();
export type ProviderDetection = z.infer<typeof ProviderDetectionSchema>;
