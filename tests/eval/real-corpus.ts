// The real-wording corpus: sentences and short UI fragments quoted from public sources (payment
// SDK catalogues, wallet help articles, developer docs, forum posts), each with its source,
// language and a label. Unlike the generated corpus (corpus.ts), none of it was written from
// the rules, so it measures detection rather than memory.
//
// Files: tests/fixtures/real/<split>/<source>.json, one per source, `{ source, items }`. The
// split is decided by the source id alone (real-split.ts). Each item is shown on a page the way
// its source shows it (`shown`): a message in one of several layouts, a result-page title, a
// form's own text, a help article, a forum post, a docs table, a history row.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { PROVIDERS } from '../../lib/providers';
import { StateIdSchema, type StateId } from '../../lib/states';
import { SPLITS, splitOf, type Split } from './real-split';

export const REAL_DIR = resolve(import.meta.dirname, '../fixtures/real');

/** The languages detection must read (issue: the languages the wallets' web apps ship in). */
export const DETECTION_LANGS = [
  'en',
  'zh-Hans',
  'zh-Hant',
  'es',
  'pt',
  'de',
  'fr',
  'it',
  'nl',
  'pl',
  'ru',
  'tr',
  'ja',
  'ko',
  'id',
  'vi',
  'th',
  'hi',
  'ar',
] as const;

const ItemSchema = z
  .object({
    text: z.string().min(2).max(600),
    /** The person's own current trouble, talk about trouble, or nothing to do with trouble. */
    label: z.enum(['trouble', 'about', 'neutral']),
    state: StateIdSchema.optional(),
    /** How the source shows the text. */
    shown: z.enum(['message', 'title', 'ui', 'help', 'forum', 'doc', 'row']),
    /** The catalogue key, when the source is a catalogue. */
    key: z.string().optional(),
  })
  .strict()
  .refine((item) => (item.label === 'trouble') === (item.state !== undefined), {
    message: 'a trouble item names its state, and only a trouble item does',
  });

const SourceSchema = z
  .object({
    /** Stable id: `owner/repo:path` for a repository file, the URL for a page. */
    id: z.string().min(5),
    url: z.url(),
    repo: z.string().optional(),
    path: z.string().optional(),
    commit: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .optional(),
    lang: z.enum(DETECTION_LANGS),
    /** The registered wallet whose pages show this wording, or `general` for another PSP's. */
    provider: z.string(),
    kind: z.enum(['catalogue', 'help', 'docs', 'forum', 'blog', 'quote']),
  })
  .strict()
  .refine((s) => s.repo === undefined || (s.path !== undefined && s.commit !== undefined), {
    message: 'a repository source names its path and commit',
  });

const FileSchema = z.object({ source: SourceSchema, items: z.array(ItemSchema).min(1) }).strict();
export type RealSource = z.infer<typeof SourceSchema>;
export type RealItem = z.infer<typeof ItemSchema>;

/** One item with where it came from. */
export interface RealEntry {
  split: Split;
  /** Folder the file sits in (must equal `split`; a test checks). */
  folder: string;
  file: string;
  source: RealSource;
  item: RealItem;
  /** The state a page showing the item must report (`null` for about and neutral items). */
  expected: StateId | null;
}

/** Every item of the corpus, in a fixed order. Parses every file strictly. */
export function loadRealCorpus(dir = REAL_DIR): RealEntry[] {
  const entries: RealEntry[] = [];
  for (const folder of SPLITS) {
    let files: string[] = [];
    try {
      files = readdirSync(join(dir, folder)).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const parsed = FileSchema.safeParse(
        JSON.parse(readFileSync(join(dir, folder, file), 'utf8')),
      );
      if (!parsed.success) throw new Error(`${folder}/${file}: ${z.prettifyError(parsed.error)}`);
      const { source, items } = parsed.data;
      for (const item of items) {
        entries.push({
          split: splitOf(source.id),
          folder,
          file,
          source,
          item,
          expected: item.label === 'trouble' ? item.state! : null,
        });
      }
    }
  }
  return entries;
}

// ── pages ─────────────────────────────────────────────────────────────────────────────────────
const HTML_LANG: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A small stable hash, to pick a layout per item without randomness. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Where the pages of a provider live; other PSPs' wording is shown on a neutral host. */
function foldersOf(provider: string) {
  const p = PROVIDERS.find((x) => x.id === provider);
  // Unknown, or directory-only (no website to show it on).
  if (!p?.detection)
    return { app: 'https://pay.example.com/app/', help: 'https://pay.example.com/help/' };
  return { app: p.detection.samplePages.app, help: p.detection.samplePages.help };
}

/** How a message is shown: the ways the SDKs and wallets put an error or notice on screen. */
export const MESSAGE_LAYOUTS = [
  'alert',
  'dialog',
  'toast',
  'form-error',
  'error-class',
  'shadow',
  'plain',
] as const;
export type MessageLayout = (typeof MESSAGE_LAYOUTS)[number];

/** A page for one item: its URL, HTML, and text to add after the first scan (late toasts). */
export interface RealPage {
  url: string;
  html: string;
  /**
   * The same page for a browser: late toasts and components are added by an inline script,
   * where happy-dom (scripts off) has the eval add them through `late` and `shadow`.
   */
  browserHtml: string;
  layout: string;
  /** Set after start: `selector` receives `text` (a toast that arrives late). */
  late?: { selector: string; text: string };
  /** Set after start: a component whose open shadow root holds an alert with `text` is added
   * to `selector` (a web component rendering its message). */
  shadow?: { selector: string; text: string };
}

/** The page an item is shown on, as its source shows it. */
export function pageFor(entry: RealEntry, index: number): RealPage {
  return withBrowserHtml(basePage(entry, index));
}

function basePage(entry: RealEntry, index: number): Omit<RealPage, 'browserHtml'> {
  const { item, source } = entry;
  const lang = HTML_LANG[source.lang] ?? source.lang;
  const folders = foldersOf(source.provider);
  const text = esc(item.text);
  const h = hash(`${source.id}|${item.key ?? item.text}`);
  const wrap = (title: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${body}</body></html>`;
  const frame = (inner: string) =>
    `<header><strong>Wallet</strong></header><nav><a href="#">Home</a><a href="#">Activity</a></nav><main>${inner}</main><footer>Privacy · Legal</footer>`;
  const at = (folder: string, name: string) =>
    `${folder}real-${String(index).padStart(4, '0')}-${name}`;
  switch (item.shown) {
    case 'message': {
      const layout = MESSAGE_LAYOUTS[h % MESSAGE_LAYOUTS.length]!;
      const url = at(folders.app, 'checkout');
      const details = `<div class="kv"><span>Order</span> <span>#${100000 + (h % 89999)}</span></div>`;
      const body: Record<MessageLayout, string> = {
        alert: `<div role="alert">${text}</div>${details}`,
        dialog: `${details}<div role="dialog" aria-modal="true"><p>${text}</p><button>OK</button></div>`,
        toast: `${details}<div id="live" aria-live="polite"></div>`,
        'form-error': `<form><label for="c">Card</label><input id="c" aria-invalid="true" aria-describedby="c-err"><span id="c-err">${text}</span></form>`,
        'error-class': `<div class="notice notice--error">${text}</div>${details}`,
        shadow: `${details}<div id="slot"></div>`,
        plain: `${details}<p>${text}</p>`,
      };
      return {
        url,
        layout,
        html: wrap('Checkout', frame(body[layout])),
        ...(layout === 'toast' ? { late: { selector: '#live', text: item.text } } : {}),
        ...(layout === 'shadow' ? { shadow: { selector: '#slot', text: item.text } } : {}),
      };
    }
    case 'title':
      return {
        url: at(folders.app, 'result'),
        layout: 'title',
        html: wrap(
          item.text,
          frame(
            `<h1>${text}</h1><div class="kv"><span>Order</span> <span>#${h % 99999}</span></div>`,
          ),
        ),
      };
    case 'ui':
      return {
        url: at(folders.app, 'form'),
        layout: 'ui',
        html: wrap(
          'Checkout',
          frame(`<form><p>${text}</p><label>Card <input></label><button>Pay</button></form>`),
        ),
      };
    case 'help':
      return {
        url: at(folders.help, 'article'),
        layout: 'help',
        html: wrap('Help Center', frame(`<article><h1>Help</h1><p>${text}</p></article>`)),
      };
    case 'forum':
      return {
        url: at(folders.help, 'community'),
        layout: 'forum',
        html: wrap('Community', frame(`<article><h2>Re: account</h2><p>${text}</p></article>`)),
      };
    case 'doc':
      return {
        url: at(folders.help, 'error-codes'),
        layout: 'doc',
        html: wrap(
          'Error codes',
          frame(
            `<h1>Error codes</h1><table><tr><th>Code</th><th>Message</th></tr><tr><td>E${h % 9999}</td><td>${text}</td></tr><tr><td>E1</td><td>OK</td></tr><tr><td>E2</td><td>—</td></tr></table>`,
          ),
        ),
      };
    case 'row':
      return {
        url: at(folders.app, 'activity'),
        layout: 'row',
        html: wrap(
          'Activity',
          frame(
            `<h1>Activity</h1><ul><li>Mar 2 · Coffee · Completed</li><li>Mar 1 · ${text}</li><li>Feb 28 · Books · Completed</li></ul>`,
          ),
        ),
      };
  }
}

/** Adds the inline script that plays a late toast or component out in a browser. */
function withBrowserHtml(page: Omit<RealPage, 'browserHtml'>): RealPage {
  const script = page.late
    ? `setTimeout(() => { document.querySelector(${JSON.stringify(page.late.selector)}).textContent = ${JSON.stringify(page.late.text)}; }, 600);`
    : page.shadow
      ? `setTimeout(() => { const host = document.createElement('div'); const box = document.createElement('div'); box.setAttribute('role', 'alert'); box.textContent = ${JSON.stringify(page.shadow.text)}; host.attachShadow({ mode: 'open' }).append(box); document.querySelector(${JSON.stringify(page.shadow.selector)}).append(host); }, 600);`
      : '';
  const browserHtml = script
    ? page.html.replace('</body>', `<script>${script.replace(/</g, '\\u003c')}</script></body>`)
    : page.html;
  return { ...page, browserHtml };
}

/**
 * A fixed, representative subset for the browser eval: items of registered wallets (the
 * content script runs only on their hosts), every `step`-th of each label and split.
 */
export function browserSubset(entries: readonly RealEntry[], size = 36): [RealEntry, number][] {
  const onHosts = entries
    .map((entry, index): [RealEntry, number] => [entry, index])
    .filter(([e]) => PROVIDERS.some((p) => p.id === e.source.provider));
  const groups = new Map<string, [RealEntry, number][]>();
  for (const pair of onHosts) {
    const key = `${pair[0].split}|${pair[0].item.label}`;
    groups.set(key, [...(groups.get(key) ?? []), pair]);
  }
  const picked: [RealEntry, number][] = [];
  for (const list of groups.values()) {
    const share = Math.max(1, Math.round((size * list.length) / onHosts.length));
    const step = Math.max(1, Math.floor(list.length / share));
    for (let i = 0; i < list.length && picked.length < size * 2; i += step) picked.push(list[i]!);
  }
  return picked;
}
