import type { CompiledLang, PrecompiledLang } from './concept-engine';
import { TERM_KEYS, TRIGGER_KEYS, type ConceptTerms, type TermKey } from './concepts/types';

/*
 * Turns one language's term lists into the data a page compiles with a single `new RegExp`. It
 * runs in the background (and in tests), never in the content script: the sorting and the
 * stem merging below would cost a page load milliseconds it does not need to spend.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Regular-expression source of one term (see the syntax in `concepts/types.ts`): each word may
 * start or end with `*` (any letters before or after it). `letters` is what `*` stands for: plain
 * letters, or letters and combining marks in scripts that write vowels as marks (hi, th, ar).
 */
function termSource(term: string, letters: string): string {
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

/** Compiles one language's terms into a single expression (longest terms first). */
export function precompileTerms(terms: ConceptTerms): PrecompiledLang {
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
  const marks = [...byTerm.keys()].some((term) => /\p{M}/u.test(term));
  const letters = marks ? '[\\p{L}\\p{M}]*' : '\\p{L}*';
  const bare = (term: string) => term.replace(/\*/g, '').length;
  // Longest first; of two as long, the exact word before the stem, so "refund" keeps its own
  // concepts (a verb of completion too) rather than only the stem "refund*"'s.
  const stars = (term: string) => (term.includes('*') ? 1 : 0);
  const entries = [...byTerm].sort(([a], [b]) => bare(b) - bare(a) || stars(a) - stars(b));
  const groups: number[][] = [[]];
  const alternatives = entries.map(([term, concepts]) => {
    groups.push(concepts.map((c) => TERM_KEYS.indexOf(c)));
    return `(${termSource(term, letters)})`;
  });
  const body = alternatives.join('|');
  const source = terms.spaced
    ? `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`
    : `(?:${body})`;
  const triggerWords = new Set<string>();
  for (const key of TRIGGER_KEYS) {
    for (const term of (terms[key] as readonly string[] | undefined) ?? []) {
      // A stem's fixed part is enough to find a candidate; the full analysis follows.
      triggerWords.add(escape(term.replace(/\*/g, '').toLowerCase()).replace(/ /g, '\\s+'));
    }
  }
  return {
    lang: terms.lang,
    spaced: terms.spaced,
    verbFinal: terms.verbFinal === true,
    source,
    groups,
    hedgeInitial: (terms.hedgeInitial ?? []).map((t) => t.toLowerCase()),
    trigger: [...triggerWords].sort((a, b) => b.length - a.length).join('|'),
  };
}

/** Concepts that name what the trouble is about. */
const SUBJECT_KEYS: readonly TermKey[] = [
  'payment',
  'card',
  'account',
  'transfer',
  'refund',
  'limit',
  'login',
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
        const named = SUBJECT_KEYS.includes(key) || key === 'reader';
        const negates = key === 'negation' && spaced && startsWith(term, other);
        if ((named || negates) && !concepts.includes(key)) concepts.push(key);
      }
    }
  }
}

/** Whether `term` starts with the whole words of `start`. */
const startsWith = (term: string, start: string) =>
  term.startsWith(`${start.replace(/\*$/, '')} `) && !start.startsWith('*');

/** A language compiled at once (tests, and pure callers that have the term lists). */
export function compileTerms(terms: ConceptTerms): CompiledLang {
  const data = precompileTerms(terms);
  return {
    ...data,
    regex: new RegExp(data.source, 'giu'),
    groups: data.groups.map((g) => g.map((i) => TERM_KEYS[i]!)),
    hedgeInitial: new Set(data.hedgeInitial),
  };
}
