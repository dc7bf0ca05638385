// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFields } from '../../lib/detect/fields';
import {
  createLiveDetector,
  type LiveDetector,
  type LiveDetectorOptions,
} from '../../lib/detect/live';
import { createAnalyser } from '../../lib/detect/analyser';
import { GENERIC_RULES } from '../../lib/detect/generic-rules';
import { compileRules } from '../../lib/detect/rules';
import { TRIGGER } from '../../lib/detect/trigger';
import { snapshotDom } from '../../lib/detect/snapshot';
import type { Detection } from '../../lib/detect/types';

const rules = compileRules(GENERIC_RULES);
/** The rules alone, their trigger words as the candidate filter. */
const analyser = createAnalyser({ rules, trigger: () => TRIGGER.source });

function page(html: string): void {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
}

describe('snapshotDom', () => {
  it('ignores script, style, template, noscript and hidden subtrees', () => {
    page(`
      <p>Visible text</p>
      <script>var msg = "Payment failed";</script>
      <style>.x::after { content: "Payment failed" }</style>
      <template><div role="alert">Payment failed</div></template>
      <noscript>Payment failed</noscript>
      <div hidden>Payment failed</div>
      <div aria-hidden="true">Payment failed</div>
      <div style="display: none">Payment failed</div>`);
    expect(snapshotDom(document.body).map((b) => b.text)).toEqual(['Visible text']);
  });

  it('joins inline text into its block and labels regions', () => {
    page(`
      <nav><a>Activity</a></nav>
      <main><h1>Checkout</h1><p>Pay <b>$5.00</b> to Shop</p></main>
      <div role="alert">Payment failed</div>
      <dialog open><h2>Account limited</h2></dialog>
      <form><input aria-invalid="true" aria-describedby="e1"><span id="e1">Card declined</span></form>
      <footer>Help</footer>`);
    const blocks = snapshotDom(document.body).map((b) => [b.text, b.region]);
    expect(blocks).toEqual([
      ['Activity', 'navigation'],
      ['Checkout', 'heading'],
      ['Pay $5.00 to Shop', 'main'],
      ['Payment failed', 'alert'],
      ['Account limited', 'dialog'],
      ['Card declined', 'form-error'],
      ['Help', 'footer'],
    ]);
  });
});

describe('live detection', () => {
  let reports: (Detection | null)[];
  let abort: AbortController;
  let detector: LiveDetector;

  function start(): void {
    detector = createLiveDetector({
      doc: document,
      analyser,
      onChange: (d) => reports.push(d),
      schedule: () => undefined, // batches run only when the test flushes
      signal: abort.signal,
    });
    detector.start();
  }

  /** Lets the MutationObserver deliver its records, then runs the batch. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    detector.flush();
  }

  beforeEach(() => {
    reports = [];
    abort = new AbortController();
    page('<main><h1>Checkout</h1><p>Pay $12.00 to Coffee Shop</p></main>');
  });
  afterEach(() => abort.abort());

  it('reports "nothing wrong" once at start on a healthy page', () => {
    start();
    expect(reports).toEqual([null]);
  });

  it('detects a failure present at load', () => {
    page('<main><div role="alert">Your card was declined.</div></main>');
    start();
    expect(reports.at(-1)?.state).toBe('payment_failed');
  });

  it('detects an error inserted after load', async () => {
    start();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = '您的账户已被冻结';
    document.body.append(toast);
    await settle();
    expect(reports.map((r) => r?.state ?? null)).toEqual([null, 'account_locked']);
  });

  it('detects text changed in place', async () => {
    page('<main><div role="status" id="s">Processing…</div></main>');
    start();
    document.getElementById('s')!.firstChild!.nodeValue = 'Payment failed';
    await settle();
    expect(reports.at(-1)?.state).toBe('payment_failed');
  });

  it('detects a hidden error once it is revealed, not before', async () => {
    page('<main><div id="e" role="alert" hidden>Payment failed</div></main>');
    start();
    expect(reports).toEqual([null]);
    document.getElementById('e')!.removeAttribute('hidden');
    await settle();
    expect(reports.at(-1)?.state).toBe('payment_failed');
  });

  it('ignores an error hidden by a stylesheet', async () => {
    page('<style>.off { display: none }</style><div class="off" role="alert">Payment failed</div>');
    start();
    expect(reports).toEqual([null]);
  });

  it('keeps a detected problem after the toast disappears', async () => {
    start();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Payment failed';
    document.body.append(toast);
    await settle();
    toast.remove();
    await settle();
    expect(reports.map((r) => r?.state ?? null)).toEqual([null, 'payment_failed']);
  });

  it('starts over on an SPA route change', async () => {
    page('<main><div role="alert">Payment failed</div></main>');
    start();
    document.body.innerHTML = '<main><h1>Activity</h1></main>';
    detector.reset();
    await settle();
    expect(reports.map((r) => r?.state ?? null)).toEqual(['payment_failed', null]);
    const banner = document.createElement('div');
    banner.setAttribute('role', 'alert');
    banner.textContent = 'Your account has been limited.';
    document.querySelector('main')!.append(banner);
    await settle();
    expect(reports.at(-1)?.state).toBe('account_locked');
  });

  it('reports a route change only after scanning the new route, never during the change', async () => {
    // The Navigation API announces a route before `location` moves; a report made then would
    // carry the old address.
    page('<main><div role="alert">Payment failed</div></main>');
    start();
    detector.reset();
    expect(reports.map((r) => r?.state ?? null)).toEqual(['payment_failed']);
    document.body.innerHTML = '<main><h1>Home</h1></main>';
    await settle();
    expect(reports.map((r) => r?.state ?? null)).toEqual(['payment_failed', null]);
  });

  it('reports the same problem again on a new route', async () => {
    page('<main><div role="alert">Payment failed</div></main>');
    start();
    detector.reset();
    await settle();
    expect(reports.map((r) => r?.state ?? null)).toEqual(['payment_failed', 'payment_failed']);
  });

  it('stops when its context is invalidated', async () => {
    start();
    abort.abort();
    const toast = document.createElement('div');
    toast.setAttribute('role', 'alert');
    toast.textContent = 'Payment failed';
    document.body.append(toast);
    await settle();
    expect(reports).toEqual([null]);
  });

  it('does not report on a help article about limited accounts', () => {
    page(`<article><h1>Why is my account limited?</h1>
      <p>When your account access is limited, you may not be able to send or withdraw funds.</p>
      <p>Your account has been limited is a message some customers see.</p></article>`);
    start();
    expect(reports).toEqual([null]);
  });
});

describe('snapshot regions and reach', () => {
  it('reads open shadow roots and keeps their alert region', () => {
    page('<main><x-notice></x-notice></main>');
    const host = document.querySelector('x-notice')!;
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.textContent = 'Your card was declined.';
    root.append(box);
    expect(snapshotDom(document.body).map((b) => [b.text, b.region])).toEqual([
      ['Your card was declined.', 'alert'],
    ]);
  });

  it('labels history rows (table, list, repeated activity entries) as rows', () => {
    page(`<main>
      <table><tbody><tr><td>Payment failed</td></tr><tr><td>Sent</td></tr><tr><td>Sent</td></tr></tbody></table>
      <ul><li>Refund failed</li><li>Done</li><li>Done</li></ul>
      <div><div class="activity-item">Transfer has failed</div><div class="activity-item">Sent</div><div class="activity-item">Sent</div></div>
      <div role="alert"><ul><li>Payment failed</li><li>Check your card</li><li>Try again</li></ul></div>
    </main>`);
    const regions = Object.fromEntries(snapshotDom(document.body).map((b) => [b.text, b.region]));
    expect(regions['Payment failed']).toBe('alert');
    expect(regions['Refund failed']).toBe('row');
    expect(regions['Transfer has failed']).toBe('row');
    expect(regions['Sent']).toBe('row');
  });
});

describe('live detection evidence', () => {
  /** Starts a detector on the page as it is, with `options`; returns its reports and a stop. */
  function detect(options: Partial<LiveDetectorOptions> = {}) {
    const reports: (Detection | null)[] = [];
    const abort = new AbortController();
    createLiveDetector({
      doc: document,
      analyser,
      onChange: (d) => reports.push(d),
      schedule: () => undefined,
      signal: abort.signal,
      ...options,
    }).start();
    return { reports, stop: () => abort.abort() };
  }

  it('reports the supporting text and the fields shown on the page', () => {
    page(`<main><div role="alert">Your card was declined.</div>
      <h1>Pay Coffee Corner</h1>
      <div>Amount: €1.234,56</div><div>Transaction ID: 9XK12345AB</div>
      <nav>Payment failed</nav></main>`);
    const { reports, stop } = detect({ extractFields });
    stop();
    expect(reports.at(-1)).toMatchObject({
      state: 'payment_failed',
      matchedText: ['Your card was declined.'],
      fields: { amount: '1234.56', currency: 'EUR', transactionId: '9XK12345AB' },
    });
  });

  it('pauses a scan that runs past its slice and finishes it in later callbacks', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div class="kv">Balance ${i}</div>`);
    page(`<main>${rows.join('')}<div role="alert">Your card was declined.</div></main>`);
    const queue: (() => void)[] = [];
    const { reports, stop } = detect({ schedule: (callback) => queue.push(callback), sliceMs: 0 });
    // Nothing is reported before the scan has seen the whole page.
    expect(reports).toEqual([]);
    let slices = 1;
    while (queue.length > 0 && slices < 1000) {
      queue.shift()!();
      slices++;
    }
    stop();
    expect(slices).toBeGreaterThan(2);
    expect(reports.map((d) => d?.state)).toEqual(['payment_failed']);
  });

  it('finds trouble at the end of a long page', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<p>Balance ${i}</p>`);
    page(`<main>${rows.join('')}<div role="alert">Your card was <b>declined</b>.</div></main>`);
    const { reports, stop } = detect();
    stop();
    expect(reports.at(-1)).toMatchObject({ state: 'payment_failed' });
  });

  it('reads the controls beside a message, the nearest first, even in a long column', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<div><a href="#r${i}">Row ${i}</a></div>`);
    page(`<main><section><button>Close</button><div role="alert">Your card was declined.</div>
      <button>Try another card</button><div>${rows.join('')}</div></section></main>`);
    const asked: string[] = [];
    const { stop } = detect({
      analyser: {
        candidates: (query) => analyser.candidates(query),
        match: (query) => {
          asked.push(...query.blocks.map((b) => b.actions));
          return analyser.match(query);
        },
      },
    });
    stop();
    // The button after the message, then a dozen at most; the one before it when there is room.
    expect(asked[0]?.split(' · ')).toEqual([
      'Try another card',
      ...Array.from({ length: 11 }, (_, i) => `Row ${i}`),
    ]);
    page(`<main><section><button>Close</button><div role="alert">Your card was declined.</div>
      <button>Try another card</button></section></main>`);
    detect({
      analyser: {
        candidates: analyser.candidates,
        match: (query) => {
          asked.push(...query.blocks.map((b) => b.actions));
          return analyser.match(query);
        },
      },
    }).stop();
    expect(asked[1]).toBe('Try another card · Close');
  });

  it('damps failures on a provider activity page given by its hints', () => {
    page('<main><p>Payment failed</p></main>');
    const reports: (Detection | null)[] = [];
    const abort = new AbortController();
    const detector = createLiveDetector({
      doc: document,
      analyser: createAnalyser({
        rules,
        trigger: () => TRIGGER.source,
        hints: { history: [document.location.pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')] },
      }),
      onChange: (d) => reports.push(d),
      schedule: () => undefined,
      signal: abort.signal,
    });
    detector.start();
    abort.abort();
    expect(reports).toEqual([null]);
  });
});
