import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, type Extension } from './fixtures';
export { openExtensionPage, openWallet } from './pages';

/**
 * Test helpers for the help screens. The in-page prompt lives in a closed shadow root, which no
 * page script (and no Playwright locator) can enter; the tests read it through the DevTools
 * protocol, which sees closed shadow roots as the browser renders them.
 */

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

function texts(node: DomNode, out: string[] = []): string[] {
  if (node.nodeType === 3 && node.nodeValue.trim()) out.push(node.nodeValue.trim());
  if (node.localName !== 'style') for (const child of node.children ?? []) texts(child, out);
  return out;
}

/** What the prompt shows, read from the rendered tree; `null` when there is no prompt. */
export interface PromptView {
  hosts: number;
  shadowRootType: string | undefined;
  attributes: string[];
  /** Text rendered inside the shadow root, in order (styles excluded). */
  texts: string[];
  /** Text the page put in the host's light DOM (never rendered: there is no slot). */
  lightTexts: string[];
  buttons: { text: string; backendNodeId: number }[];
  cardBackendNodeId: number;
  /** The card has been fully visible long enough for its buttons to act (`data-armed`). */
  armed: boolean;
}

export async function cdpFor(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

export async function readPrompt(cdp: CDPSession): Promise<PromptView | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const all: DomNode[] = [];
  const collect = (n: DomNode) => {
    if (n.localName === 'wallet-assist-prompt') all.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c);
  };
  collect(root);
  const host = all[0];
  if (!host) return null;
  const shadow = host.shadowRoots?.[0];
  const buttons: PromptView['buttons'] = [];
  const walkButtons = (n: DomNode) => {
    if (n.localName === 'button')
      buttons.push({ text: texts(n).join(' '), backendNodeId: n.backendNodeId });
    for (const c of n.children ?? []) walkButtons(c);
  };
  if (shadow) walkButtons(shadow);
  const card = shadow && find(shadow, (n) => n.localName === 'section');
  return {
    hosts: all.length,
    shadowRootType: shadow?.shadowRootType,
    attributes: host.attributes ?? [],
    texts: shadow ? texts(shadow) : [],
    lightTexts: (host.children ?? []).flatMap((c) => texts(c)),
    buttons,
    cardBackendNodeId: card?.backendNodeId ?? -1,
    armed: (card?.attributes ?? []).includes('data-armed'),
  };
}

/** Waits for the prompt and returns it. */
export async function waitForPrompt(cdp: CDPSession): Promise<PromptView> {
  let view: PromptView | null = null;
  await expect
    .poll(async () => {
      view = await readPrompt(cdp);
      return view !== null && view.buttons.length > 0;
    })
    .toBe(true);
  return view!;
}

/** The on-screen box of a node (CSS pixels), or null when it is not rendered. */
export async function boxOf(cdp: CDPSession, backendNodeId: number) {
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[]; width: number; height: number };
    };
    const [x, y] = model.border as [number, number];
    return { x, y, width: model.width, height: model.height };
  } catch {
    return null;
  }
}

/**
 * Clicks a prompt button as a person would: a real mouse click at its position, once the card has
 * been on screen long enough for its buttons to act (`armed: false` clicks without waiting).
 */
export async function clickPromptButton(
  page: Page,
  cdp: CDPSession,
  label: string,
  { armed = true }: { armed?: boolean } = {},
) {
  let view = await waitForPrompt(cdp);
  if (armed) {
    await expect
      .poll(async () => {
        view = (await readPrompt(cdp)) ?? view;
        return view.armed;
      })
      .toBe(true);
  }
  const button = view.buttons.find((b) => b.text === label);
  if (!button) throw new Error(`No prompt button "${label}" in ${JSON.stringify(view.buttons)}`);
  const box = await boxOf(cdp, button.backendNodeId);
  if (!box) throw new Error(`Prompt button "${label}" is not rendered`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Every page target of the browser (side panels are not listed as Playwright pages). */
export async function pageTargetUrls(context: BrowserContext): Promise<string[]> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser for this context');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as {
    targetInfos: { type: string; url: string }[];
  };
  await session.detach();
  return targetInfos.filter((t) => t.type === 'page').map((t) => t.url);
}

/** The stored settings (`storage.local` key `settings`). */
export async function storedSettings(extension: Extension): Promise<Record<string, unknown>> {
  const sw = await extension.worker();
  return sw.evaluate(
    async () =>
      ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>,
  );
}

/**
 * Runs `functionDeclaration` (source of a `function () {…}`) with `this` bound to the prompt's
 * closed shadow root, and returns its JSON-able result.
 */
export async function evaluateInPrompt<T>(
  cdp: CDPSession,
  functionDeclaration: string,
): Promise<T> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const host = find(root, (n) => n.localName === 'wallet-assist-prompt');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('No prompt');
  const { object } = (await cdp.send('DOM.resolveNode', {
    backendNodeId: shadow.backendNodeId,
  })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}
