import type { TabState } from '../tab-state';
import type { CaseFacts, CaseRecord, FactName } from './schema';

/** Facts a detection reads from the page's own text (the address and time come from the browser). */
export const PAGE_FACTS: readonly FactName[] = [
  'amount',
  'currency',
  'amountText',
  'merchant',
  'transactionId',
  'errorCode',
  'pageTime',
];

/**
 * The facts of `facts` that came from the page's text: a new case stores them as unconfirmed
 * until the person confirms or edits them.
 */
export function factsReadFromPage(facts: CaseFacts): FactName[] {
  return PAGE_FACTS.filter((name) => facts[name] !== undefined);
}

/**
 * Turns a detection into the facts of a new case. The fields came from the page, so they are
 * untrusted text: they only prefill the form, where the person sees and can change every one
 * (see {@link factsReadFromPage}).
 */
export function factsFromTabState(
  tabState: TabState | null,
  env: { timeZone: string; userAgent: string },
): CaseFacts {
  const facts: CaseFacts = { timeZone: env.timeZone, ...deviceFromUserAgent(env.userAgent) };
  if (!tabState) return facts;
  const fields = tabState.fields ?? {};
  return {
    ...facts,
    occurredAt: tabState.detectedAt,
    url: tabState.url.slice(0, 2048),
    ...(fields.amount ? { amount: fields.amount } : {}),
    ...(fields.currency ? { currency: fields.currency } : {}),
    ...(fields.amountText ? { amountText: fields.amountText } : {}),
    ...(fields.merchant ? { merchant: fields.merchant } : {}),
    ...(fields.transactionId ? { transactionId: fields.transactionId } : {}),
    ...(fields.errorCode ? { errorCode: fields.errorCode } : {}),
    ...(fields.pageTime ? { pageTime: fields.pageTime } : {}),
  };
}

/** A readable operating system and browser from a user-agent string (`Windows`, `Chrome 131`). */
export function deviceFromUserAgent(userAgent: string): { device?: string; browser?: string } {
  const os = [
    [/Android/, 'Android'],
    [/iPhone|iPad|iPod/, 'iOS'],
    [/Windows/, 'Windows'],
    [/CrOS/, 'ChromeOS'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/Linux/, 'Linux'],
  ] as const;
  const browsers = [
    [/Edg\/(\d+)/, 'Edge'],
    [/Firefox\/(\d+)/, 'Firefox'],
    [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
    [/Version\/(\d+).*Safari/, 'Safari'],
  ] as const;
  const device = os.find(([re]) => re.test(userAgent))?.[1];
  let browser: string | undefined;
  for (const [re, name] of browsers) {
    const match = re.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  return { ...(device ? { device } : {}), ...(browser ? { browser } : {}) };
}

/**
 * The region whose escalation channels to show first: the region of the browser's language
 * (`en-GB` → `GB`, `zh-CN` → `CN`) when the provider operates there, else the provider's first.
 */
export function guessRegion(
  languages: readonly string[],
  providerRegions: readonly string[],
): CaseRecord['region'] {
  for (const lang of languages) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(lang)?.[1]?.toUpperCase();
    if (!region) continue;
    if (providerRegions.includes(region)) return region;
    const eu = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'IE', 'LT', 'LU', 'AT', 'PT', 'PL', 'SE'];
    if (eu.includes(region) && providerRegions.includes('EU')) return 'EU';
  }
  return providerRegions[0];
}
