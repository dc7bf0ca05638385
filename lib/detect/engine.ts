import type { StateId } from '../states';
import { languagesFor, lowerText, type ConceptSet } from './concept-engine';
import type { CompiledRule } from './rules';
import type { Detection, PageType, Region, RuleMatch, TextBlock } from './types';

/**
 * How much a match counts, by where it sits. Navigation and footers never speak about the
 * person's own situation; articles usually talk about problems in general, and a row of an
 * activity list reports an old event, not what just happened.
 */
export const REGION_WEIGHT: Readonly<Record<Region, number>> = {
  alert: 1,
  dialog: 1,
  status: 0.9,
  'form-error': 0.9,
  heading: 0.85,
  main: 0.7,
  body: 0.6,
  article: 0.25,
  row: 0.2,
  navigation: 0,
  footer: 0,
};

/** Help centres, FAQs and the like talk *about* failures: their matches count this much. */
export const PAGE_TYPE_FACTOR: Readonly<Record<PageType, number>> = { app: 1, help: 0.3 };

/** A state is reported only at or above this confidence. */
export const DETECTION_THRESHOLD = 0.55;

/**
 * When two states score the same, the more serious one wins: a payment that failed because the
 * account is locked is, for the person, a locked account. A record over every state, so a new
 * state in `STATE_IDS` cannot be left out of the ranking (higher wins).
 */
const STATE_RANK: Readonly<Record<StateId, number>> = {
  unauthorized_activity: 6,
  account_locked: 5,
  funds_missing: 4,
  refund_issue: 3,
  limit_exceeded: 2,
  payment_failed: 1,
};
const STATE_PRIORITY = (Object.keys(STATE_RANK) as StateId[]).sort(
  (a, b) => STATE_RANK[b] - STATE_RANK[a],
);

/** Longest text of one block the engine looks at; the rest is ignored, so scans stay bounded. */
export const MAX_BLOCK_CHARS = 4000;

/** Most block texts kept as evidence of a detection, and their longest length. */
const MAX_MATCHED_TEXTS = 10;
const MAX_MATCHED_TEXT_CHARS = 2000;

// A sentence is a run of text up to and including its terminator.
const SENTENCE = /[^.!?。！？؟।\n]+[.!?。！？؟।]*/gu;
const QUESTION_END = /[?？؟]\s*$/u;
// Words before a match that turn a statement about the person into a general remark.
const HEDGE_BEFORE =
  /\b(?:if|when|whenever|why|how|what|whether|may|might|should|would|unless|in case|learn|avoid|prevent|reasons?|no more|without|si|cuando|por qué|cómo|quando|porque|por que|como|wenn|falls|warum|wie)\b|如果|若是|若|假如|万一|一旦|为什么|为何|如何|怎么|怎样|是否|可能|当(?![前日天月])|了解|避免|防止|什么是|何时|告别|远离|不再|再也不|无需担心|萬一|為什麼|為何|怎麼|怎樣|當|瞭解|什麼是/iu;

/**
 * Finds the rules that fire on `text`. A rule fires when its pattern matches a sentence that is
 * not a question and has no hedge ("if", "why", "如果", …) before the match. Given a `trigger`,
 * text without any trigger word is rejected before a single rule runs (the live detector has
 * already filtered its blocks by it). A rule runs only on text in its language: one of `langs`
 * (the languages the text may be in), by default those its scripts allow.
 */
export function matchText(
  text: string,
  rules: readonly CompiledRule[],
  trigger?: RegExp,
  langs?: readonly string[],
): CompiledRule[] {
  const bounded = text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text;
  const fired: CompiledRule[] = [];
  if (trigger && !trigger.test(lowerText(bounded))) return fired;
  const sentences = bounded.match(SENTENCE);
  if (!sentences) return fired;
  // Besides saving the work, this spares compiling patterns the text can never match (a regular
  // expression is compiled on its first use, which is the costly part of a first scan).
  const inLangs = langs ?? languagesFor(bounded, null);
  for (const rule of rules) {
    if (!inLangs.includes(rule.lang)) continue;
    for (const sentence of sentences) {
      const found = rule.regex.exec(sentence);
      if (!found) continue;
      if (QUESTION_END.test(sentence)) continue;
      if (HEDGE_BEFORE.test(sentence.slice(0, found.index))) continue;
      fired.push(rule);
      break;
    }
  }
  return fired;
}

/**
 * What the page around a block says, beyond its region: an action beside it that a problem
 * offers (Retry, another card, Appeal), and a page whose title or address says it failed.
 */
export interface BlockContext {
  action?: boolean;
  failurePage?: boolean;
}

/** What a block is read with besides the rules. */
export interface MatchOptions {
  /** Concept terms; without them only the rules run. */
  concepts?: ConceptSet;
  /** The page's declared language (`baseLang` of its `lang`). */
  pageLang?: string | null;
  /** Structure around the block. */
  context?: BlockContext;
  /** The rules' prefilter (for lower-cased text): text without any of its words runs no rule. */
  trigger?: RegExp;
}

/** How much an action beside a block, or a failure page, adds to a concept's score. */
const ACTION_BONUS = 0.15;
const FAILURE_PAGE_BONUS = 0.1;

/**
 * The sentences of a block (bounded), for rules and concepts alike. A period followed by a
 * lower-case word ends an abbreviation ("Уч. запись", "e.g. it"), not a sentence.
 */
export function sentencesOf(text: string): string[] {
  const bounded = text.length > MAX_BLOCK_CHARS ? text.slice(0, MAX_BLOCK_CHARS) : text;
  const sentences: string[] = [];
  for (const part of bounded.match(SENTENCE) ?? []) {
    const last = sentences.length - 1;
    if (last >= 0 && sentences[last]!.endsWith('.') && LOWER_START.test(part)) {
      sentences[last] += part;
    } else sentences.push(part);
  }
  return sentences;
}
const LOWER_START = /^\s*\p{Ll}/u;

/**
 * Matches of `rules` and of `concepts` on one block, scored by the block's region. Concepts
 * read the block's sentences in the languages its script and the page's `lang` allow; the
 * block's context (an action beside it, a failure page) adds to what they find, so structure
 * counts where a sentence is unfamiliar, but never makes trouble out of no trouble words.
 */
export function matchBlock(
  block: TextBlock,
  rules: readonly CompiledRule[],
  options: MatchOptions = {},
): RuleMatch[] {
  const { concepts, pageLang = null, context = {}, trigger } = options;
  const regionWeight = REGION_WEIGHT[block.region];
  if (regionWeight === 0) return [];
  const fired = matchText(block.text, rules, trigger, languagesFor(block.text, pageLang));
  const matches: RuleMatch[] = [];
  const ruledOut = new Set<StateId>();
  if (concepts) {
    const bonus =
      (context.action ? ACTION_BONUS : 0) + (context.failurePage ? FAILURE_PAGE_BONUS : 0);
    for (const found of concepts.analyse(sentencesOf(block.text), pageLang)) {
      if (found.ruledOut) {
        ruledOut.add(found.state);
        continue;
      }
      matches.push({
        ruleId: `concept.${found.state.replace('_', '-')}.${found.lang.toLowerCase()}`,
        state: found.state,
        score: Math.min(1, found.score + bonus) * regionWeight,
        region: block.region,
        text: block.text,
      });
    }
  }
  // A rule's phrase in a sentence the concepts rule out for its state (an offer's limit, one of
  // two causes offered as alternatives) does not count either.
  for (const rule of fired) {
    if (ruledOut.has(rule.state)) continue;
    matches.unshift({
      ruleId: rule.id,
      state: rule.state,
      score: rule.weight * regionWeight,
      region: block.region,
      text: block.text,
    });
  }
  return matches;
}

/**
 * Combines matches into one verdict. Per state: the strongest match counts fully, each further
 * match adds a quarter of its score (repetition is weak evidence), times the page-type factor.
 * The verdict carries the texts of the blocks that support it.
 */
export function decide(matches: readonly RuleMatch[], pageType: PageType): Detection | null {
  const byState = new Map<StateId, RuleMatch[]>();
  for (const match of matches) {
    const list = byState.get(match.state) ?? [];
    list.push(match);
    byState.set(match.state, list);
  }
  let best: Detection | null = null;
  for (const state of STATE_PRIORITY) {
    const list = byState.get(state);
    if (!list) continue;
    const sorted = [...list].sort((a, b) => b.score - a.score);
    const [top, ...rest] = sorted;
    if (!top) continue;
    const raw = top.score + 0.25 * rest.reduce((sum, m) => sum + m.score, 0);
    const confidence = Math.min(1, raw * PAGE_TYPE_FACTOR[pageType]);
    if (confidence < DETECTION_THRESHOLD) continue;
    if (best === null || confidence > best.confidence) {
      const ruleIds = [...new Set(sorted.map((m) => m.ruleId))];
      best = { state, confidence: Math.round(confidence * 1000) / 1000, ruleIds };
      const texts = supportingTexts(sorted);
      if (texts.length > 0) best.matchedText = texts;
    }
  }
  return best;
}

/** Distinct block texts of `matches` (strongest first), bounded for storage. */
function supportingTexts(matches: readonly RuleMatch[]): string[] {
  const texts: string[] = [];
  for (const match of matches) {
    if (match.text === undefined || match.region === 'row' || match.region === 'article') continue;
    const text = match.text.slice(0, MAX_MATCHED_TEXT_CHARS);
    if (!texts.includes(text)) texts.push(text);
    if (texts.length === MAX_MATCHED_TEXTS) break;
  }
  return texts;
}

/** Convenience for pure callers: match every block and decide. All blocks count as visible. */
export function detectBlocks(
  blocks: readonly TextBlock[],
  rules: readonly CompiledRule[],
  pageType: PageType,
  options: MatchOptions = {},
): Detection | null {
  return decide(
    blocks.flatMap((block) => matchBlock(block, rules, options)),
    pageType,
  );
}
