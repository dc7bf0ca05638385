import { SUBJECT_KEYS, TRIGGER_KEYS, type ConceptTerms, type TermKey } from './concepts/types';

/*
 * Turns one language's term lists into one regular expression and the concepts of its groups.
 * It runs in the background (and in tests), once per language per worker, never in pages.
 *
 * The expressions are written for lower-cased text and use neither the `i` nor the `u` flag:
 * with them, V8 spends tens of milliseconds compiling one language's expression (Unicode case
 * folding and property classes), without them one or two. Letters are listed as ranges of the
 * Basic Multilingual Plane instead of `\p{L}`.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Letters, combining marks and digits of the scripts pages are written in (what `\p{L}\p{M}\p{N}`
 * would match there), without the punctuation some blocks hold (the danda "।", Arabic "،؛؟٪۔").
 */
export const LETTERS =
  'a-zA-Z0-9\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6' +
  '\\u00f8-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0531-\\u058f\\u0590-\\u05ff\\u0600-\\u060b' +
  '\\u060d-\\u061a\\u061c-\\u061e\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f' +
  '\\u08a0-\\u08ff\\u0900-\\u0963\\u0966-\\u0dff\\u0e00-\\u0eff\\u1000-\\u109f\\u1100-\\u11ff' +
  '\\u1e00-\\u1fff\\u2c00-\\u2dff\\u3040-\\u30ff\\u3130-\\u318f\\u31f0-\\u31ff\\u3400-\\u4dbf' +
  '\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7af\\uf900-\\ufaff\\ufb00-\\ufdff\\ufe70-\\ufefe' +
  '\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc';

/** A compiled language: one regular expression over all its terms, each term a group. */
export interface CompiledLang {
  lang: string;
  spaced: boolean;
  verbFinal: boolean;
  regex: RegExp;
  /** Concepts of each capture group (1-based: index 0 unused). */
  groups: TermKey[][];
  /** Lower-cased terms that hedge only at the start of a sentence or clause. */
  hedgeInitial: ReadonlySet<string>;
}

/** One letter, mark or digit (see {@link LETTERS}). */
const LETTER = `[${LETTERS}]`;

/**
 * Regular-expression source of one term (see the syntax in `concepts/types.ts`): each word may
 * start or end with `*` (any letters before or after it).
 */
function termSource(term: string): string {
  const letters = `${LETTER}*`;
  return term
    .split(' ')
    .map((word) => {
      const before = word.startsWith('*');
      const after = word.endsWith('*') && word.length > 1;
      const core = word.slice(before ? 1 : 0, after ? -1 : undefined);
      return `${before ? letters : ''}${escape(core)}${after ? letters : ''}`;
    })
    .join('\\s+');
}

/**
 * One expression that finds any of `words` in lower-cased text, shaped as a trie (shared
 * beginnings written once), which V8 runs several times faster over a page's text than the same
 * words as a flat list. It stops at the shortest word that matches ("lock" for "locked"): it only
 * has to find where candidates are. A space in a word matches any run of spaces.
 */
export function trieSource(words: Iterable<string>): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    if (!word) continue;
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.end) return '';
    const branches = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => (ch === ' ' ? '\\s+' : escape(ch)) + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return root.next.size === 0 ? '(?!)' : emit(root);
}

/** The words of `keys` in `terms`, without their stars: what finds a candidate block. */
export function predicateWords(terms: ConceptTerms): string[] {
  const words: string[] = [];
  for (const key of TRIGGER_KEYS) {
    for (const term of (terms[key] as readonly string[] | undefined) ?? []) {
      // A stem's fixed part is enough to find a candidate; the full analysis follows. Where a
      // star stands inside the term ("işlem* kapalı*" finds "işlemlerine kapalıdır"), its
      // longest fixed part is.
      const parts = term
        .toLowerCase()
        .split('*')
        .map((part) => part.trim());
      words.push(parts.reduce((a, b) => (b.length > a.length ? b : a)));
    }
  }
  return words;
}

/**
 * Compiles one language's terms into a single expression (longest terms first), each term a
 * group, with the concepts of each group. Written for lower-cased text, without `i` or `u`:
 * V8 compiles it in a millisecond or two, the first time it runs.
 */
export function compileTerms(terms: ConceptTerms): CompiledLang {
  const byTerm = new Map<string, TermKey[]>();
  for (const [key, value] of Object.entries(terms)) {
    if (!Array.isArray(value)) continue;
    for (const raw of value as string[]) {
      const term = raw.toLowerCase();
      const list = byTerm.get(term) ?? [];
      if (!list.includes(key as TermKey)) list.push(key as TermKey);
      byTerm.set(term, list);
    }
  }
  // A word that a stem of another concept covers carries that concept too: "refunded" is a
  // form of "refund*" as well as a verb of completion.
  for (const [term, concepts] of byTerm) {
    if (term.startsWith('*')) continue;
    for (const [stem, stemConcepts] of byTerm) {
      if (!stem.endsWith('*') || stem.startsWith('*') || stem === term || stem.includes(' '))
        continue;
      if (!term.replace(/\*$/, '').startsWith(stem.slice(0, -1))) continue;
      for (const c of stemConcepts) if (!concepts.includes(c)) concepts.push(c);
    }
  }
  nameSubjects(byTerm, terms.spaced);
  // Concepts that imply others carry them, so pages check one concept where they would check two.
  for (const concepts of byTerm.values()) {
    for (const [key, implied] of IMPLIED) {
      if (concepts.includes(key) && !concepts.includes(implied)) concepts.push(implied);
    }
  }
  const bare = (term: string) => term.replace(/\*/g, '').length;
  // Longest first; of two as long, the exact word before the stem, so "refund" keeps its own
  // concepts (a verb of completion too) rather than only the stem "refund*"'s.
  const stars = (term: string) => (term.includes('*') ? 1 : 0);
  const entries = [...byTerm].sort(([a], [b]) => bare(b) - bare(a) || stars(a) - stars(b));
  const groups: TermKey[][] = [[]];
  const alternatives = entries.map(([term, concepts]) => {
    groups.push(concepts);
    return `(${termSource(term)})`;
  });
  const body = alternatives.join('|');
  const source = terms.spaced ? `(?<!${LETTER})(?:${body})(?!${LETTER})` : `(?:${body})`;
  return {
    lang: terms.lang,
    spaced: terms.spaced,
    verbFinal: terms.verbFinal === true,
    regex: new RegExp(source, 'g'),
    groups,
    hedgeInitial: new Set((terms.hedgeInitial ?? []).map((t) => t.toLowerCase())),
  };
}

/**
 * A negation of ability or of time ("not yet") is a negation; a form's field named is a form's verdict; a requirement
 * to go on is a restriction (one the engine drops beside other trouble); a verb of verifying is
 * one of completion.
 */
const IMPLIED: readonly (readonly [TermKey, TermKey])[] = [
  ['unable', 'negation'],
  ['pending', 'negation'],
  ['field', 'invalid'],
  ['requirement', 'restrict'],
  ['verify', 'complete'],
];

/** Concepts that say what went wrong. */
const PREDICATE_KEYS: ReadonlySet<TermKey> = new Set([...TRIGGER_KEYS, 'error']);

/** Whether one word of a term is matched by one word of a subject term (`*` as in the syntax). */
function wordMatches(word: string, pattern: string): boolean {
  const bare = word.replace(/\*/g, '');
  const before = pattern.startsWith('*');
  const after = pattern.endsWith('*') && pattern.length > 1;
  const core = pattern.slice(before ? 1 : 0, after ? -1 : undefined);
  if (before && after) return bare.includes(core);
  if (before) return bare.endsWith(core);
  if (after) return bare.startsWith(core);
  return bare === core;
}

/** Whether `subject` occurs in `term`: as a substring, or as whole words in spaced languages. */
function contains(term: string, subject: string, spaced: boolean): boolean {
  if (term === subject) return false;
  if (!spaced) return term.includes(subject);
  const words = term.split(' ');
  const parts = subject.split(' ');
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, j) => wordMatches(words[i + j]!, p))) return true;
  }
  return false;
}

/**
 * A predicate term that names its subject or its reader too ("余额不足" holds "余额", "超限额"
 * holds "限额", "new device" holds "device", "estás suspendido" holds "estás") carries that
 * concept: the longer term wins the match, and the sentence still has its subject. In languages
 * written with spaces, one that starts with a negation ("no longer do business") carries the
 * negation too, so a modal before it says what is impossible ("can no longer"), not what might be.
 */
function nameSubjects(byTerm: Map<string, TermKey[]>, spaced: boolean): void {
  for (const [term, concepts] of byTerm) {
    if (!concepts.some((c) => PREDICATE_KEYS.has(c))) continue;
    for (const [other, otherConcepts] of byTerm) {
      if (!contains(term, other, spaced)) continue;
      for (const key of otherConcepts) {
        const named = (SUBJECT_KEYS as readonly TermKey[]).includes(key) || key === 'reader';
        const negates =
          (key === 'negation' || key === 'unable') && spaced && startsWith(term, other);
        if ((named || negates) && !concepts.includes(key)) concepts.push(key);
      }
    }
  }
}

/** Whether `term` starts with the whole words of `start`. */
const startsWith = (term: string, start: string) =>
  term.startsWith(`${start.replace(/\*$/, '')} `) && !start.startsWith('*');
