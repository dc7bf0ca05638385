import { z } from 'zod';
import { StateIdSchema } from '../states';
import { RULE_LANGS } from './rules';

/** The shape every detection rule must have; checked by the registry and rule tests. */
export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'dotted id like generic.payment-failed.en'),
    state: StateIdSchema,
    lang: z.enum(RULE_LANGS),
    pattern: z
      .string()
      .min(2)
      .refine((source) => {
        try {
          new RegExp(source, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'a valid regular expression (compiled with the i flag)'),
    weight: z.number().gt(0).max(1),
  })
  .strict();

/** URL-path patterns (regular-expression sources) that say what a provider's page is. */
export const PageHintsSchema = z
  .object({
    /** Paths of help centres, FAQs, blogs and legal pages on the provider's own hosts. */
    help: z.array(z.string().min(2)).default([]),
    /** Paths of activity / transaction-history lists, where an old "failed" row is no news. */
    history: z.array(z.string().min(2)).default([]),
  })
  .strict();

/**
 * A provider's own detection data: rules for wording only this wallet uses, and page hints.
 * Generic rules cover everything else, so both are optional.
 */
export const ProviderDetectionSchema = z
  .object({
    rules: z.array(RuleSchema).default([]),
    hints: PageHintsSchema.default({ help: [], history: [] }),
  })
  .strict();
export type ProviderDetection = z.infer<typeof ProviderDetectionSchema>;
