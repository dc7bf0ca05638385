import type { GuardWarningInput } from '../../lib/protocol/guard';
import { createCardHost, HOST_STYLE, keepInPlace } from '../shadow-card';

/**
 * The page guard's warning: a card in the top corner of a page that imitates a wallet, shows a
 * fake customer-service number or lures a sign-in. It says what was seen and gives the wallet's
 * official route, from the registry only; it never blocks the page, never takes the focus, and
 * the page cannot read, restyle, relabel or remove it (closed shadow root, re-asserted like the
 * in-page prompt). The only phone numbers in it are the wallet's official ones.
 */

export const WARNING_TAG = 'wallet-assist-warning';

const STYLE = `${HOST_STYLE}
.card {
  --bg: #ffffff; --text: #1c1917; --muted: #44403c; --border: #b91c1c; --accent: #0f766e;
  --accent-text: #ffffff; --focus: #1d4ed8;
  box-sizing: border-box; background: var(--bg); color: var(--text);
  border: 3px solid var(--border); border-radius: 12px; padding: 12px 14px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  text-align: start; max-height: calc(100vh - 32px); overflow: auto;
}
@media (prefers-color-scheme: dark) {
  .card { --bg: #292524; --text: #f5f5f4; --muted: #d6d3d1; --border: #f87171; --accent: #2dd4bf;
    --accent-text: #042f2e; --focus: #93c5fd; }
}
.label { margin: 0 0 4px; font-weight: 700; font-size: 13px; color: var(--border); }
h2 { margin: 0 0 6px; font-size: 17px; }
p, li { margin: 0 0 6px; }
h3 { margin: 10px 0 4px; font-size: 14px; }
ul { margin: 0; padding-inline-start: 18px; }
a { color: var(--accent); font-weight: 600; }
.number { font-weight: 700; white-space: nowrap; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button {
  font: inherit; font-size: 13px; font-weight: 600; cursor: pointer; border-radius: 8px;
  padding: 6px 10px; border: 1px solid var(--accent); background: transparent; color: var(--accent);
}
button.primary { background: var(--accent); color: var(--accent-text); }
button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;

/** What the card's buttons ask of the background. */
export interface WarningActions {
  openHelp(): Promise<unknown>;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** Shows the warning on `doc` (one at most). Returns a function that removes it. */
export function mountWarning(
  doc: Document,
  input: GuardWarningInput,
  actions: WarningActions,
): () => void {
  const created = createCardHost(doc, WARNING_TAG, 'top-right', input.locale);
  if (!created) return () => undefined;
  const { host, root } = created;

  const card = element(doc, 'section', undefined, 'card');
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', input.label);
  const title = element(doc, 'h2', input.title);
  const seen = element(doc, 'p', input.seen);
  const route = [element(doc, 'h3', input.routeTitle)];
  if (input.inApp) route.push(element(doc, 'p', input.inApp));
  const link = element(doc, 'a', input.link.label);
  link.href = input.link.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  const linkLine = element(doc, 'p');
  linkLine.append(link);
  route.push(linkLine);
  for (const phone of input.phones) {
    const line = element(doc, 'p');
    line.append(element(doc, 'span', phone.number, 'number'), ` ${phone.label}`);
    route.push(line);
  }
  const advice = element(doc, 'ul');
  for (const text of input.advice) advice.append(element(doc, 'li', text));

  let removed = false;
  // Page scripts may strip attributes or detach the element; put it back while it is wanted.
  const keeper = keepInPlace(doc, host, () => !removed);
  const remove = () => {
    removed = true;
    keeper.stop();
    host.remove();
  };
  const open = element(doc, 'button', input.openHelp, 'primary');
  open.type = 'button';
  open.addEventListener('click', () => void actions.openHelp().catch(() => undefined));
  const dismiss = element(doc, 'button', input.dismiss);
  dismiss.type = 'button';
  dismiss.addEventListener('click', remove);
  const row = element(doc, 'div', undefined, 'row');
  row.append(open, dismiss);

  const style = doc.createElement('style');
  style.textContent = STYLE;
  card.append(element(doc, 'p', input.label, 'label'), title, seen, ...route, advice, row);
  root.append(style, card);
  doc.querySelectorAll(WARNING_TAG).forEach((old) => old.remove());
  // After <body>, as the last child of <html>: outside the page's own layout flow.
  doc.documentElement.append(host);
  keeper.start();
  return remove;
}
