import { parse } from 'tldts';
import { hostMatches, PROVIDERS, type Provider } from '../providers';
import { KNOWN_CLONES } from '../scams/known';
import { editDistance } from './edit-distance';
import { decodePunycodeLabel } from './punycode';

/**
 * Look-alike wallet addresses. A host imitates a wallet when, outside every host the wallet's
 * company runs, its name (the registrable domain, from the Public Suffix List through `tldts`,
 * or a subdomain) carries the wallet's brand with extra words (`paypal-resolution.com`), a
 * misspelling of it (`paypai.com`), the same letters from another alphabet or in Punycode
 * (`pаypal.com`), the wallet's service number (`95516aa.com`), or is a known clone from the
 * research notes. The brand alone under another suffix (`paypal.de`) is left alone: wallets own
 * their names in many countries, and a warning on a genuine site is the worst mistake to make.
 */

/** Why an address was taken for a look-alike. */
export type LookalikeReason =
  'clone' | 'homoglyph' | 'typo' | 'extra-words' | 'service-number' | 'brand-in-subdomain';

export interface Lookalike {
  providerId: string;
  reason: LookalikeReason;
}

/** Letters of other alphabets that look like Latin ones (lower case), as phishers use them. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ү: 'y',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ο: 'o',
  α: 'a',
  ρ: 'p',
  ν: 'v',
  τ: 't',
  υ: 'u',
  ι: 'i',
  κ: 'k',
  χ: 'x',
  ε: 'e',
  ϲ: 'c',
  ɩ: 'l',
};

/** Digits and pairs that read as letters in an address (`paypa1`, `rn` for `m`). */
const READ_AS = [
  [/0/g, 'o'],
  [/1/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/rn/g, 'm'],
  [/vv/g, 'w'],
] as const;

/** A label with other alphabets' look-alike letters and accents turned into plain Latin. */
function skeleton(label: string): string {
  return [...label.normalize('NFKD').toLowerCase()]
    .map((c) => CONFUSABLES[c] ?? c)
    .join('')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The label read the way a hurried eye reads it (digits as letters). */
function readAs(label: string): string {
  return READ_AS.reduce<string>((text, [pattern, letter]) => text.replace(pattern, letter), label);
}

/** Words beside a plain brand word that make an address a look-alike (`wise-login-help`). */
const LURE_WORDS = new Set([
  'login',
  'signin',
  'logon',
  'secure',
  'security',
  'verify',
  'verification',
  'support',
  'help',
  'helpdesk',
  'service',
  'services',
  'account',
  'accounts',
  'unlock',
  'refund',
  'refunds',
  'customer',
  'care',
  'kefu',
  'wallet',
  'pay',
  'payment',
  'transfer',
  'app',
  'online',
  'update',
]);

/** Every host pattern a provider's company runs: never a look-alike. */
function officialPatterns(provider: Provider): readonly string[] {
  return [...provider.hosts, ...provider.supportHosts, ...provider.officialHosts];
}

/** True when `host` is a host of any registered wallet's company. */
export function isOfficialHost(host: string, providers: readonly Provider[] = PROVIDERS): boolean {
  return providers.some((p) => officialPatterns(p).some((pattern) => hostMatches(pattern, host)));
}

/** The known clone `host` is, if any. */
function knownClone(host: string, domain: string | null): Lookalike | null {
  for (const clone of KNOWN_CLONES) {
    const same =
      clone.match === 'host'
        ? host === clone.host
        : domain !== null && domain === parse(clone.host, { allowPrivateDomains: true }).domain;
    if (same) return { providerId: clone.providerId, reason: 'clone' };
  }
  return null;
}

/** Official registrable domains of a provider (`paypal.com`), for homoglyph comparisons. */
function officialDomains(provider: Provider): string[] {
  return officialPatterns(provider)
    .map((pattern) => parse(pattern.replace(/^\*\./, ''), { allowPrivateDomains: true }).domain)
    .filter((d): d is string => d !== null);
}

/** How one label (a hyphen-joined name) imitates `provider`, if it does. */
function labelImitates(
  raw: string,
  provider: Provider,
  where: 'domain' | 'subdomain',
): LookalikeReason | null {
  const { brandTokens, plainTokens, typos } = provider.guard;
  const plain = skeleton(raw);
  const foreign = plain !== raw.toLowerCase();
  const words = plain.split('-').filter(Boolean);
  const compact = words.join('');
  const read = readAs(compact);
  for (const token of brandTokens) {
    const digits = /^\d+$/.test(token);
    if (digits) {
      // A wallet's service number beside other characters (`95516aa`).
      if (compact !== token && new RegExp(`(?<!\\d)${token}(?!\\d)`).test(compact)) {
        return 'service-number';
      }
      continue;
    }
    if (compact === token) {
      // The brand itself: its own name elsewhere (paypal.de), unless written with look-alikes.
      if (foreign) return 'homoglyph';
      continue;
    }
    if (read === token) return foreign ? 'homoglyph' : 'typo';
    const long = token.length >= 6;
    if (long ? compact.includes(token) || read.includes(token) : words.includes(token)) {
      return where === 'domain' ? 'extra-words' : 'brand-in-subdomain';
    }
    if (typos && long) {
      for (const word of [compact, ...words]) {
        if (word.length >= 6 && editDistance(word, token) === 1) return 'typo';
      }
    }
  }
  for (const token of plainTokens) {
    if (words.includes(token) && words.some((w) => LURE_WORDS.has(w))) return 'extra-words';
  }
  return null;
}

/**
 * How `hostname` imitates a registered wallet, or `null` for a host that does not (or that
 * belongs to a wallet's company). Pure: the provider list and the clone list are data.
 */
export function lookalikeOf(
  hostname: string,
  providers: readonly Provider[] = PROVIDERS,
): Lookalike | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (isOfficialHost(host, providers)) return null;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || !parsed.domain || !parsed.domainWithoutSuffix) return null;
  const clone = knownClone(host, parsed.domain);
  if (clone) return clone;
  const decoded = host.split('.').map(decodePunycodeLabel);
  const unicodeHost = decoded.join('.');
  const domainLabel = decodePunycodeLabel(parsed.domainWithoutSuffix);
  const subLabels = (parsed.subdomain ?? '').split('.').filter(Boolean).map(decodePunycodeLabel);
  for (const provider of providers) {
    // The whole address spelt with look-alike letters (wіse.com): even for plain brand words.
    if (unicodeHost !== host || /\P{ASCII}/u.test(unicodeHost)) {
      const plainDomain = skeleton(`${domainLabel}.${parsed.publicSuffix ?? ''}`);
      if (officialDomains(provider).includes(plainDomain)) {
        return { providerId: provider.id, reason: 'homoglyph' };
      }
    }
    const reason = labelImitates(domainLabel, provider, 'domain');
    if (reason) return { providerId: provider.id, reason };
    for (const label of subLabels) {
      const inSub = labelImitates(label, provider, 'subdomain');
      // A brand alone as a subdomain (paypal.github.io) is left alone, unless the wallet's
      // own domain is spelt out in front of another one (paypal.com.example.net).
      if (inSub && inSub !== 'homoglyph') return { providerId: provider.id, reason: inSub };
    }
    const sub = `.${parsed.subdomain ?? ''}.`;
    const embedded = officialDomains(provider).find((d) => sub.includes(`.${d}.`));
    if (embedded) return { providerId: provider.id, reason: 'brand-in-subdomain' };
  }
  return null;
}
