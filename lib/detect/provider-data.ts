import type { PrecompiledLang } from './concept-engine';
import { precompileTerms, predicateWords, trieSource } from './concept-compile';
import { CONCEPT_TERMS } from './concepts';
import { GENERIC_RULES } from './generic-rules';
import { GENERIC_PAGE_HINTS, type PageHints } from './page-hints';
import { TRIGGER_WORDS } from './trigger';
import type { PageHint, ProviderDetection, Rule, RuleDefinition } from './rule-schema';

/**
 * What the content script needs to detect trouble on one provider's pages: the rules (the
 * provider's own first, then the generic ones) and its page hints. The background answers the
 * content script's `detect/rules` message with it, so the script on every wallet page carries
 * neither the rules nor the registry, only the engine.
 */
export interface DetectionRules {
  rules: Rule[];
  /** Path patterns (regular-expression sources) of the provider's help pages. */
  help: string[];
  /** Path patterns of the provider's activity / transaction-history lists. */
  history: string[];
  /** What help centres, FAQs and blogs look like on every wallet. */
  page: PageHints;
  /** Concept terms of the languages asked for, and English, ready to compile. */
  concepts: readonly PrecompiledLang[];
  /** Every language with concept terms: the page asks for more of them when it needs them. */
  langs: string[];
  /**
   * The candidate filter of a scan, for lower-cased text: the rules' trigger words and the
   * predicate words of the languages in `concepts`, as one expression shaped as a trie.
   */
  trigger: string;
  /** The rules' own prefilter (`TRIGGER_WORDS`), the same way: a block without it runs no rule. */
  ruleTrigger: string;
}

/** Every language's terms, prepared once per background (or test) run, on first use. */
let precompiled: PrecompiledLang[] | undefined;

/** Concept terms of `langs`, ready to compile (every language when `langs` is undefined). */
export function conceptTermsFor(langs?: readonly string[]): PrecompiledLang[] {
  precompiled ??= CONCEPT_TERMS.map(precompileTerms);
  return langs ? precompiled.filter((t) => langs.includes(t.lang)) : [...precompiled];
}

/** The rules' prefilter as pages run it, built once. */
let ruleTrigger: string | undefined;
/** Candidate filters by set of languages, built once each. */
const triggers = new Map<string, string>();

/** The candidate filter for the rules and the concept terms of `langs` (see `trigger`). */
function triggerFor(langs: readonly string[]): string {
  const key = langs.join(',');
  let source = triggers.get(key);
  if (source === undefined) {
    const words = [...TRIGGER_WORDS];
    for (const terms of CONCEPT_TERMS)
      if (langs.includes(terms.lang)) words.push(...predicateWords(terms));
    source = trieSource(words);
    triggers.set(key, source);
  }
  return source;
}

/**
 * A rule as a page runs it: the registry's definition without its examples. Examples are for
 * the tests and the corpus; sending them would more than double every `detect/rules` reply.
 */
export function runtimeRule({ id, state, lang, pattern, weight }: RuleDefinition): Rule {
  return { id, state, lang, pattern, weight };
}

/** The generic rules as pages run them, stripped once. */
const GENERIC_RUNTIME_RULES: readonly Rule[] = GENERIC_RULES.map(runtimeRule);

const patternsOf = (hints: readonly PageHint[] | undefined): string[] =>
  (hints ?? []).map((hint) => hint.pattern);

/**
 * The detection rules and hints for `provider` (generic rules alone when it is unknown),
 * without examples, and the concept terms of `langs` plus English (every language when `langs`
 * is not given). Takes the registry's parsed detection data; it imports only types, so
 * nothing here needs zod at run time.
 */
export function detectionRulesFor(
  provider: { detection?: Pick<ProviderDetection, 'rules' | 'hints'> } | undefined,
  langs?: readonly string[],
): DetectionRules {
  const detection = provider?.detection;
  // Their predicate words come in `trigger`, one expression for all of them.
  const concepts = conceptTermsFor(langs && ['en', ...langs]).map(
    ({ trigger: _inTrigger, ...terms }) => terms,
  );
  ruleTrigger ??= trieSource(TRIGGER_WORDS);
  return {
    rules: [...(detection?.rules ?? []).map(runtimeRule), ...GENERIC_RUNTIME_RULES],
    help: patternsOf(detection?.hints.help),
    history: patternsOf(detection?.hints.history),
    page: GENERIC_PAGE_HINTS,
    concepts,
    langs: CONCEPT_TERMS.map((t) => t.lang),
    trigger: triggerFor(concepts.map((t) => t.lang)),
    ruleTrigger,
  };
}
