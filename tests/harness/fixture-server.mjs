// HTTPS server for wallet fixture pages on their real host names. Chromium is pointed at it with
// --host-resolver-rules, so content-script match patterns are exercised exactly as on the web.
// Plain JavaScript (with JSDoc types) so `npm run demo` runs it without a build step.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Folder with one sub-folder per host name: `sites/www.paypal.com/checkoutnow.html`. */
export const SITES_DIR = resolve(import.meta.dirname, '../fixtures/sites');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Host names that have fixture pages. */
export function fixtureHosts(sitesDir = SITES_DIR) {
  return readdirSync(sitesDir).filter((name) => statSync(join(sitesDir, name)).isDirectory());
}

/**
 * A throw-away self-signed certificate for `hosts`, made with openssl at run time (nothing
 * secret is committed). Valid for two days.
 * @param {string[]} hosts
 */
export function makeCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'wallet-assist-cert-'));
  const config = join(dir, 'openssl.cnf');
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = Wallet Assist fixtures',
      '[ext]',
      `subjectAltName = ${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '',
    ].join('\n'),
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-config',
      config,
    ],
    { stdio: 'ignore' },
  );
  const cert = {
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
  };
  rmSync(dir, { recursive: true, force: true });
  return cert;
}

/**
 * The file for a request: `/a/b` → `a/b.html` or `a/b/index.html`; otherwise the nearest
 * ancestor `x.html` (single-page apps serve one document for all their routes).
 * @param {string} siteDir
 * @param {string} pathname
 */
function resolveFile(siteDir, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const candidates = [];
  const parts = clean.split(sep).filter(Boolean);
  if (parts.length === 0) candidates.push('index.html');
  else {
    candidates.push(join(...parts), `${join(...parts)}.html`, join(...parts, 'index.html'));
    for (let i = parts.length - 1; i > 0; i--)
      candidates.push(`${join(...parts.slice(0, i))}.html`);
  }
  for (const candidate of candidates) {
    const file = resolve(siteDir, candidate);
    if (!file.startsWith(siteDir + sep)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Starts the server on 127.0.0.1 (a free port). It serves the files of `sitesDir`, or, given
 * `pages`, exactly those pages from memory (each at its own URL; the detection corpus is
 * generated, never written to disk).
 * @param {{ sitesDir?: string, pages?: readonly { url: string, html: string }[], log?: (line: string) => void }} [options]
 * @returns {Promise<{ port: number, hosts: string[], hostResolverRules: string, close: () => Promise<void> }>}
 */
export async function startFixtureServer(options = {}) {
  const sitesDir = options.sitesDir ?? SITES_DIR;
  /** @type {Map<string, string> | null} `host/path` → HTML */
  const inMemory = options.pages
    ? new Map(options.pages.map((p) => [new URL(p.url).host + new URL(p.url).pathname, p.html]))
    : null;
  const hosts = inMemory
    ? [...new Set([...inMemory.keys()].map((key) => key.split('/')[0] ?? ''))]
    : fixtureHosts(sitesDir);
  const server = createServer(makeCertificate(hosts), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (inMemory) {
      const html = inMemory.get(host + url.pathname);
      options.log?.(`${req.method} https://${host}${url.pathname} → ${html ? 200 : 404}`);
      res.writeHead(html ? 200 : 404, {
        'content-type': html ? TYPES['.html'] : 'text/plain',
        'cache-control': 'no-store',
      });
      res.end(html ?? 'Not found');
      return;
    }
    const file = hosts.includes(host) ? resolveFile(join(sitesDir, host), url.pathname) : null;
    options.log?.(`${req.method} https://${host}${url.pathname} → ${file ? 200 : 404}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type':
        TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    hosts,
    hostResolverRules: hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}
