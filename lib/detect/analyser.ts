import { languagesFor, lowerText, type ConceptSet } from './concept-engine';
import { matchBlock } from './engine';
import { MAX_SCAN_CHARS } from './limits';
import type { PageHints } from './page-hints';
import { classifyPage, matchesHint } from './page-type';
import type { CompiledRule } from './rules';
import type { PageType, Region, RuleMatch } from './types';

/*
 * The reading half of detection. A wallet page's content script only finds where text sits
 * (regions, actions, visibility); what the text says is read here, in the background, where
 * the rules and every language's terms are compiled once per worker instead of once per page.
 * The page pays for one read of its text and a message; a page without trouble words pays
 * nothing more. Tests and evals run the same analyser in-process.
 */

/** The texts of one scan (the page's, its open shadow roots', its same-origin frames'). */
export interface CandidateQuery {
  texts: string[];
  /** The page's declared language (`baseLang` of its `lang`). */
  lang: string | null;
}

/** Per text, start and end offsets of its candidate words, in pairs, in the text's own indices. */
export type CandidateRanges = number[][];

/** A candidate block as the page sees it: its text, its region, the labels of controls near it. */
export interface BlockQuery {
  text: string;
  region: Region;
  /** The labels of the controls beside it (retry, another card, appeal …), joined; may be empty. */
  actions: string;
}

/** The candidate blocks of one scan, with what the page says of itself. */
export interface MatchQuery {
  /** The address of the page or frame (hints of help pages and history lists, failure words). */
  url: string;
  title: string;
  /** The text of the first heading: a question there opens a help article. */
  heading: string;
  lang: string | null;
  blocks: BlockQuery[];
}

/** One match on one block: the block's text stays in the page. */
export type BlockMatch = Omit<RuleMatch, 'text'>;

/** What a scan's blocks say, and what kind of page they are on. */
export interface MatchReply {
  pageType: PageType;
  /** Per block of the query, in its order. */
  blocks: BlockMatch[][];
}

/** What the live detector asks of the analyser; the content script asks it by message. */
export interface PageAnalyser {
  candidates(query: CandidateQuery): CandidateRanges | Promise<CandidateRanges>;
  match(query: MatchQuery): MatchReply | Promise<MatchReply>;
}

/** What an analyser reads with. */
export interface AnalyserData {
  rules: readonly CompiledRule[];
  /** Concept terms; without them only the rules run. */
  concepts?: ConceptSet;
  /**
   * The candidate filter for lower-cased text in the given languages (a regular-expression
   * source: the rules' trigger words and the languages' predicate words).
   */
  trigger: (langs: readonly string[]) => string;
  /** The rules' own prefilter: a block found by a concept word alone runs no rule. */
  ruleTrigger?: string;
  /** The provider's help and history path patterns, and what help pages look like. */
  hints?: { help?: readonly string[]; history?: readonly string[]; page?: PageHints };
}

/** Words of failure in an address (`/checkout/failed`, `/payment-error`, `?status=declined`). */
const FAILURE_URL = /fail|error|declin|reject|refus|denied|unsuccess/i;

/**
 * Candidate filters by source, compiled once and shared by every analyser (they depend on the
 * languages only). Each search starts at `lastIndex` 0, so sharing one is safe.
 */
const filters = new Map<string, RegExp>();
function candidateFilter(source: string): RegExp {
  let filter = filters.get(source);
  if (!filter) {
    filter = new RegExp(source, 'g');
    filters.set(source, filter);
  }
  return filter;
}

/** The analyser the background keeps per provider, and tests build directly. */
export function createAnalyser(data: AnalyserData): PageAnalyser {
  const { rules, concepts, hints } = data;
  const ruleTrigger = data.ruleTrigger ? new RegExp(data.ruleTrigger) : undefined;
  const filterFor = (langs: readonly string[]) => candidateFilter(data.trigger(langs));
  return {
    candidates({ texts, lang }) {
      return texts.map((text) => {
        // Lower case keeps positions (see `lowerText`), so offsets found are offsets in `text`.
        const all = lowerText(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
        const filter = filterFor(languagesFor(all, lang));
        const ranges: number[] = [];
        filter.lastIndex = 0;
        for (let m = filter.exec(all); m; m = filter.exec(all)) {
          ranges.push(m.index, m.index + m[0].length);
          if (m[0].length === 0) filter.lastIndex++;
        }
        return ranges;
      });
    },

    match({ url, title, heading, lang, blocks }) {
      let path = '';
      let search = '';
      try {
        ({ pathname: path, search } = new URL(url));
      } catch {
        // Not an address: no hint applies.
      }
      const historyPage = matchesHint(hints?.history, path);
      let failurePage: boolean | undefined;
      const replies = blocks.map(({ text, region: seen, actions }) => {
        const region: Region = historyPage && (seen === 'main' || seen === 'body') ? 'row' : seen;
        failurePage ??=
          FAILURE_URL.test(path) ||
          FAILURE_URL.test(search) ||
          (!!concepts &&
            !!title &&
            concepts.analyse([title.slice(0, 200)], lang).some((s) => !s.ruledOut));
        const context = {
          failurePage,
          action: !!concepts && actions !== '' && concepts.hasAction(actions, lang),
        };
        const found = matchBlock({ text, region }, rules, {
          concepts,
          pageLang: lang,
          context,
          trigger: ruleTrigger,
        });
        return found.map(({ text: _inPage, ...match }) => match);
      });
      const pageType = classifyPage(
        { url, title, firstHeading: heading || undefined, helpPaths: hints?.help },
        hints?.page,
      );
      return { pageType, blocks: replies };
    },
  };
}
