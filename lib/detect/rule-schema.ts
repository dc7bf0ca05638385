import { z } from 'zod';
import { StateIdSchema } from '../states';

/** The shape every detection rule must have; checked by the registry and rule tests. */
export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'dotted id like generic.payment-failed.en'),
    state: StateIdSchema,
    lang: z.enum(['en', 'zh-Hans', 'zh-Hant']),
    pattern: z.string().min(2),
    weight: z.number().gt(0).max(1),
  })
  .strict();
