// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyser } from '../../lib/detect/analyser';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { createLiveDetector } from '../../lib/detect/live';
import { sharedConcepts } from '../../lib/detect/provider-data';
import { compileRules } from '../../lib/detect/rules';
import { TRIGGER } from '../../lib/detect/trigger';
import type { Detection } from '../../lib/detect/types';

const rules = compileRules(GENERIC_RULES);

/** A live detector on the test document whose batches run only when `run()` is called. */
function detector() {
  const reports: (Detection | null)[] = [];
  const queue: (() => void)[] = [];
  const abort = new AbortController();
  const live = createLiveDetector({
    doc: document,
    analyser: createAnalyser({
      rules,
      trigger: () => TRIGGER.source,
      concepts: sharedConcepts(),
    }),
    onChange: (d) => reports.push(d),
    schedule: (callback) => queue.push(callback),
    signal: abort.signal,
  });
  return {
    live,
    state: () => reports.at(-1)?.state ?? null,
    run: () => {
      while (queue.length) queue.shift()!();
    },
    stop: () => abort.abort(),
  };
}

function page(html: string, lang = 'en'): void {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
});

describe('pages in languages detection has no terms for', () => {
  it.each([
    ['sv', 'Betalningen misslyckades. Ditt konto är spärrat.'],
    ['fi', 'Maksu epäonnistui. Tilisi on lukittu.'],
    ['el', 'Η πληρωμή απέτυχε. Ο λογαριασμός σας έχει κλειδωθεί.'],
    ['he', 'התשלום נכשל. החשבון שלך ננעל.'],
  ])('report nothing rather than guess (%s)', (lang, message) => {
    page(`<main><div role="alert">${message}</div><button>OK</button></main>`, lang);
    const d = detector();
    d.live.start();
    d.stop();
    expect(d.state()).toBeNull();
  });
});

describe('hostile and huge pages leave the engine bounded', () => {
  it('scans a page with a 10 MB text node quickly and still reads the message before it', () => {
    page('<main><div role="alert">Your card was declined.</div><p id="huge"></p></main>');
    document.getElementById('huge')!.textContent = 'x'.repeat(10 * 1024 * 1024);
    const d = detector();
    const t0 = performance.now();
    d.live.start();
    const elapsed = performance.now() - t0;
    d.stop();
    expect(d.state()).toBe('payment_failed');
    // Generous for a shared machine; an unbounded scan of 10 MB with every term takes seconds.
    expect(elapsed).toBeLessThan(1500);
  });

  it('walks deeply nested shadow roots without throwing and within bounds', () => {
    page('<main id="top"></main>');
    let parent: Element | ShadowRoot = document.getElementById('top')!;
    for (let i = 0; i < 400; i++) {
      const host = document.createElement('div');
      parent.append(host);
      parent = host.attachShadow({ mode: 'open' });
    }
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Your account has been limited.';
    parent.append(alert);
    const d = detector();
    const t0 = performance.now();
    expect(() => d.live.start()).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(1500);
    d.stop();
  });

  it('keeps up with 10,000 mutations in a second: batches stay bounded and the message is found', async () => {
    page('<main id="feed"></main>');
    const d = detector();
    d.live.start();
    d.run();
    const feed = document.getElementById('feed')!;
    let worst = 0;
    for (let burst = 0; burst < 20; burst++) {
      for (let i = 0; i < 500; i++) {
        const row = document.createElement('p');
        row.textContent = `Price update ${burst}.${i}: 1.2345`;
        feed.append(row);
      }
      await new Promise((r) => setTimeout(r, 0)); // the observer delivers
      const t0 = performance.now();
      d.run();
      worst = Math.max(worst, performance.now() - t0);
    }
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Transfer limit reached.';
    feed.append(alert);
    await new Promise((r) => setTimeout(r, 0));
    d.run();
    d.stop();
    expect(d.state()).toBe('limit_exceeded');
    expect(worst).toBeLessThan(1500);
  });

  it('lets no exception escape when the page has redefined DOM methods', () => {
    page('<main><div role="alert">Payment failed</div></main>');
    const proto = Object.getPrototypeOf(document) as Document;
    const own = Object.getOwnPropertyDescriptor(proto, 'createTreeWalker');
    Object.defineProperty(proto, 'createTreeWalker', {
      configurable: true,
      value: () => {
        throw new Error('redefined by the page');
      },
    });
    const d = detector();
    try {
      expect(() => d.live.start()).not.toThrow();
      expect(d.state()).toBeNull();
    } finally {
      if (own) Object.defineProperty(proto, 'createTreeWalker', own);
      else delete (proto as unknown as Record<string, unknown>).createTreeWalker;
    }
    // With the page's methods back, the next change is scanned afresh.
    document.body.append(document.createElement('i'));
    d.live.flush();
    d.stop();
    expect(d.state()).toBe('payment_failed');
  });
});
