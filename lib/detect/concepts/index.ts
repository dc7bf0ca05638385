import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import hi from './hi';
import id from './id';
import it from './it';
import ja from './ja';
import ko from './ko';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ru from './ru';
import th from './th';
import tr from './tr';
import vi from './vi';
import zhHans from './zh-hans';
import zhHant from './zh-hant';
import type { ConceptTerms } from './types';

/**
 * Every language detection reads: one data file of concept terms each. Adding a language is a
 * file here and its entry below; the concept test checks every file. The background sends these
 * to the content script with the rules, so the script itself carries no words.
 */
export const CONCEPT_TERMS: readonly ConceptTerms[] = [
  en,
  zhHans,
  zhHant,
  es,
  pt,
  de,
  fr,
  it,
  nl,
  pl,
  ru,
  tr,
  ja,
  ko,
  id,
  vi,
  th,
  hi,
  ar,
];
