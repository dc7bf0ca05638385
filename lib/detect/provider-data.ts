import { createAnalyser, type PageAnalyser } from './analyser';
import { ConceptSet } from './concept-engine';
import { predicateWords, trieSource } from './concept-compile';
import { CONCEPT_TERMS } from './concepts';
import { GENERIC_RULES } from './generic-rules';
import { compileRules } from './rules';
import { GENERIC_PAGE_HINTS, type PageHints } from './page-hints';
import { TRIGGER_WORDS } from './trigger';
import type { PageHint, ProviderDetection, Rule, RuleDefinition } from './rule-schema';

/**
 * What the background reads one provider's pages with: the rules (the provider's own first,
 * then the generic ones) and its page hints. Pages never receive them: their content script
 * sends text to the background, which reads it with these (see `analyser.ts`).
 */
export interface DetectionRules {
  rules: Rule[];
  /** Path patterns (regular-expression sources) of the provider's help pages. */
  help: string[];
  /** Path patterns of the provider's activity / transaction-history lists. */
  history: string[];
  /** What help centres, FAQs and blogs look like on every wallet. */
  page: PageHints;
}

/**
 * Every language's terms, shared by the analysers of all wallets (terms do not depend on the
 * wallet): each language is compiled once per background (or test) run, when a text first needs
 * it.
 */
let concepts: ConceptSet | undefined;
export function sharedConcepts(): ConceptSet {
  concepts ??= new ConceptSet(CONCEPT_TERMS);
  return concepts;
}

/** The rules' prefilter as pages run it, built once. */
let ruleTrigger: string | undefined;
/** Candidate filters by set of languages, built once each. */
const triggers = new Map<string, string>();

/**
 * The candidate filter of a scan, for lower-cased text: the rules' trigger words and the
 * predicate words of `langs`, as one expression shaped as a trie.
 */
export function triggerFor(langs: readonly string[]): string {
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
 * A rule as the analyser runs it: the registry's definition without its examples, which are for
 * the tests and the corpus.
 */
export function runtimeRule({ id, state, lang, pattern, weight }: RuleDefinition): Rule {
  return { id, state, lang, pattern, weight };
}

/** The generic rules as pages run them, stripped once. */
const GENERIC_RUNTIME_RULES: readonly Rule[] = GENERIC_RULES.map(runtimeRule);

const patternsOf = (hints: readonly PageHint[] | undefined): string[] =>
  (hints ?? []).map((hint) => hint.pattern);

/**
 * The detection rules and hints for `provider` (generic rules alone when it is unknown), without
 * examples. Takes the registry's parsed detection data; it imports only types, so nothing here
 * needs zod at run time.
 */
export function detectionRulesFor(provider?: {
  detection?: Pick<ProviderDetection, 'rules' | 'hints'>;
}): DetectionRules {
  const detection = provider?.detection;
  return {
    rules: [...(detection?.rules ?? []).map(runtimeRule), ...GENERIC_RUNTIME_RULES],
    help: patternsOf(detection?.hints.help),
    history: patternsOf(detection?.hints.history),
    page: GENERIC_PAGE_HINTS,
  };
}

/** The rules' prefilter (`TRIGGER_WORDS`) as one expression for lower-cased text. */
export function ruleTriggerSource(): string {
  ruleTrigger ??= trieSource(TRIGGER_WORDS);
  return ruleTrigger;
}

/**
 * An analyser for `provider`'s pages with every language's terms, each compiled the first time
 * a text in that language is read.
 */
export function analyserFor(provider?: {
  detection?: Pick<ProviderDetection, 'rules' | 'hints'>;
}): PageAnalyser {
  const data = detectionRulesFor(provider);
  return createAnalyser({
    rules: compileRules(data.rules),
    concepts: sharedConcepts(),
    trigger: triggerFor,
    ruleTrigger: ruleTriggerSource(),
    hints: data,
  });
}
