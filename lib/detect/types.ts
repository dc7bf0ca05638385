import type { StateId } from '../states';
import type { ExtractedFields } from '../tab-state';

/**
 * Where on the page a block of text sits. Regions carry different weight: an alert or a dialog
 * speaks to the person now, an article or a footer talks *about* things.
 */
export const REGIONS = [
  'alert',
  'dialog',
  'status',
  'form-error',
  'heading',
  'main',
  'body',
  'article',
  'row',
  'navigation',
  'footer',
] as const;
export type Region = (typeof REGIONS)[number];

/** A run of visible-candidate text that belongs to one block element. */
export interface TextBlock {
  text: string;
  region: Region;
}

/** One rule that fired on one block. */
export interface RuleMatch {
  ruleId: string;
  state: StateId;
  /** Rule weight × region weight, before the page-type factor. */
  score: number;
  region: Region;
  /** The block's text (untrusted page text), kept for the evidence of what was seen. */
  text?: string;
}

/** The engine's verdict for a page: the most likely trouble state and why. */
export interface Detection {
  state: StateId;
  /** 0…1; a detection is reported only above the engine's threshold. */
  confidence: number;
  /** Ids of the rules that support `state`, strongest first. */
  ruleIds: string[];
  /** Texts of the blocks that support `state`, strongest first (untrusted page text). */
  matchedText?: string[];
  /** Facts read off the page for the complaint description (untrusted page text). */
  fields?: ExtractedFields;
  /**
   * The texts around the detection that facts are read from (untrusted page text): the content
   * script sends them, the background reads the facts.
   */
  context?: string[];
}

/** What kind of page this is, as far as URL, title and headings tell. */
export type PageType = 'app' | 'help';
