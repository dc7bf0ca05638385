import { editDistance } from './edit-distance';
import type { GuardPrefilter } from './prefilter';
import type { GuardReport } from './report';

/**
 * What the page guard's content script does on a page, as functions of the document: a cheap
 * check first (one search of the page's text for a wallet's name, and of its address for a
 * brand word), and only when it finds something, a short report for the background to judge.
 * No layout is read and nothing is changed on the page. Kept tiny: it runs on every page while
 * the guard is on.
 */

/** Digits read as letters in an address (`paypa1`). */
const readAs = (text: string) =>
  text.replace(/0/g, 'o').replace(/1/g, 'l').replace(/3/g, 'e').replace(/5/g, 's');

/** True when an address may imitate a wallet: the background then judges it properly. */
export function hostHint(host: string, filter: GuardPrefilter): boolean {
  const h = host.toLowerCase();
  if (h.includes('xn--')) return true;
  const words = h.split(/[.-]/);
  const compact = h.replace(/[.-]/g, '');
  const read = readAs(compact);
  if (filter.tokens.some((t) => compact.includes(t) || read.includes(t))) return true;
  if (filter.plainTokens.some((t) => words.includes(t))) return true;
  const candidates = [...words, ...h.split('.').map((l) => l.replace(/-/g, ''))];
  return filter.typoTokens.some((t) =>
    candidates.some((w) => w.length >= 6 && editDistance(readAs(w), t) <= 1),
  );
}

/** Collapses white space and cuts a text to `max` characters. */
const clip = (text: string | null | undefined, max: number) =>
  (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** Phone-like runs: 5 to 15 digits with the usual separators, `+` or `00` in front. */
const PHONE = /(?:\+|＋)?[0-9０-９][0-9０-９\s().\-‐–—]{3,24}[0-9０-９]/g;

/** The longest text the guard reads from a page. */
const MAX_TEXT = 300_000;

/** The page's visible-text nodes (no scripts, styles or templates), joined. */
function pageText(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script,style,noscript,template,svg')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ');
}

/**
 * The report for a page, or `null` when the cheap check finds neither a wallet's name nor a
 * wallet-like address (the usual case). `names` are the prefilter's two name patterns compiled.
 */
export function collectReport(
  doc: Document,
  url: string,
  filter: GuardPrefilter,
  names: readonly RegExp[],
): GuardReport | null {
  const named = (text: string) => names.some((re) => re.test(text));
  const host = new URL(url).hostname;
  const hinted = hostHint(host, filter);
  // The cheap check: the raw text of the page (scripts included; a false hit only costs the
  // careful read below).
  if (!hinted && !named(doc.title) && !named(doc.body?.textContent ?? '')) return null;

  const headings = [
    ...doc.querySelectorAll('h1, h2, [role="alert"], [role="alertdialog"], dialog[open]'),
  ]
    .slice(0, 12)
    .map((el) => clip(el.textContent, 300))
    .filter(Boolean);
  const password = doc.querySelector('input[type="password"]');
  const form = password?.closest('form') ?? password?.parentElement?.parentElement;
  const formText = form
    ? clip(
        [
          form.textContent,
          ...[...form.querySelectorAll('input, button, img')].map(
            (el) =>
              el.getAttribute('placeholder') ??
              el.getAttribute('value') ??
              el.getAttribute('alt') ??
              '',
          ),
        ].join(' '),
        1000,
      )
    : '';

  const candidates: GuardReport['candidates'] = [];
  const text = pageText(doc);
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/[^0-9０-９]/g, '').length;
    if (digits < 5 || digits > 15) continue;
    const at = match.index ?? 0;
    const context = text.slice(Math.max(0, at - 150), at + match[0].length + 150);
    if (!named(context)) continue;
    candidates.push({ number: clip(match[0], 40), context: clip(context, 400) });
    if (candidates.length === 12) break;
  }
  return {
    url,
    title: clip(doc.title, 300),
    headings,
    password: password !== null,
    form: formText,
    candidates,
  };
}
