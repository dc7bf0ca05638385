// `npm run new:provider <id>`: writes lib/providers/<id>.ts with every field marked TODO,
// registers it in lib/providers/registry.ts and prints what to fill in. defineProvider refuses a
// value still marked TODO, so the build and the tests fail until every fact is filled in from a
// source. Plain Node, so it runs without a build step.
// Options: --root <dir> works on another checkout (the tests use a temporary copy).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The id rule of lib/providers/schema.ts: lower-case letters and digits, the file's name. */
const ID = /^[a-z0-9]+$/;

/** @param {string} id */
function template(id) {
  return `import { defineProvider } from './schema';

// Every fact below comes from a public source, the wallet's own pages first. Leave out what you
// cannot source: a phone number without a source is never shown, and a fact from a secondary
// source says so (source type and confidence).
export default defineProvider({
  id: '${id}',
  // TODO: the wallet's name as it writes it, in English, Simplified and Traditional Chinese.
  name: { en: 'TODO', 'zh-CN': 'TODO', 'zh-Hant': 'TODO' },
  // Other names people look it up by in the directory, any language or script ('支付宝').
  aliases: [],
  // TODO: hosts of its web app, checkout and help pages; they become host permissions. Its own
  // domain as '*.example.com'; on a domain shared with other products, only the payment hosts.
  // An app-only wallet is directory-only: no hosts and no detection (delete detection below).
  hosts: ['TODO'],
  // Hosts shared with unrelated products that serve its help pages (links only, no detection).
  supportHosts: [],
  // Other hosts its company runs (community, content servers, a former domain), so the page
  // guard never takes them for look-alikes.
  officialHosts: [],
  // 'credit' when complaints about it are mostly about credit (UK FOS clocks differ by product).
  service: 'payments',
  // TODO: regions whose regulators hear complaints about it ('US', 'GB', 'EU', 'INTL', …). Each
  // needs an escalation channel in lib/cases/escalation.ts.
  regions: ['TODO'],
  contacts: {
    // TODO: its help centre and the page "contact" opens, with the source each was read from.
    helpCentre: { url: 'TODO', source: { url: 'TODO', type: 'official' } },
    contactPage: { url: 'TODO', source: { url: 'TODO', type: 'official' } },
    // Complaint pages: { url, label: { en, 'zh-CN', 'zh-Hant' }, source }.
    complaintPages: [],
    // Only numbers printed on a public source, each with it:
    // { number: '…', region: { en: '…', 'zh-CN': '…', 'zh-Hant': '…' }, regionCodes: ['…'], use: 'call',
    //   purpose: { en: '…', 'zh-CN': '…', 'zh-Hant': '…' }, source: { url: 'https://…', type: 'official' },
    //   confidence: 'high' },
    phones: [],
    // Official e-mail channels: { address, purpose: { en, 'zh-CN', 'zh-Hant' }, source }.
    emails: [],
    // TODO: where customer service is inside its app (or delete this line).
    inApp: { en: 'TODO', 'zh-CN': 'TODO', 'zh-Hant': 'TODO' },
    // Addresses for forwarding phishing messages: { address, source }.
    reportPhishing: [],
    // TODO: a short caveat under the contacts, e.g. that it has no public phone line (or delete).
    note: { en: 'TODO', 'zh-CN': 'TODO', 'zh-Hant': 'TODO' },
  },
  // What the genuine wallet says it never does: { text: { en, 'zh-CN', 'zh-Hant' }, source }.
  safetyFacts: [],
  // Published complaint-handling times: { region, text: { en, 'zh-CN', 'zh-Hant' }, source }.
  complaintTimelines: [],
  // How the page guard recognises imitations: distinctive words of the brand in web addresses
  // ('paypal'), brand words that are also ordinary words ('wise'), whether misspellings count.
  guard: { brandTokens: [], plainTokens: [], typos: true },
  detection: {
    // Rules for wording only this wallet uses (the generic rules cover the rest), each with
    // sentences it must fire on and on-topic sentences on which nothing may fire:
    // { id: '${id}.<name>.en', state: 'payment_failed', lang: 'en', pattern: String.raw\`…\`,
    //   weight: 1, examples: { positive: ['…'], negative: ['…'] } },
    rules: [],
    // Path patterns of its help pages and history lists, each with paths it must and must not
    // match: { pattern: '^/help(?:/|$)', examples: { positive: ['/help/'], negative: ['/home/'] } }.
    hints: { help: [], history: [] },
    // TODO: where its pages live, for the detection corpus; URLs on its hosts. Add
    // { lang, app, help } to locales for regional sites in other languages.
    samplePages: {
      lang: 'en',
      app: 'TODO: https URL of the folder of its signed-in app or checkout, ending in /',
      help: 'TODO: https URL of the folder of its help articles, ending in /',
      history: 'TODO: https URL of its activity or transaction list',
      locales: [],
    },
  },
});
`;
}

/**
 * `registry` (the source of lib/providers/registry.ts) with `id` imported and listed in PROVIDERS, both in alphabetical order.
 * @param {string} registry
 * @param {string} id
 */
function register(registry, id) {
  const lines = registry.split('\n');
  const importLine = `import ${id} from './${id}';`;
  const imports = lines.flatMap((line, i) =>
    /^import [a-z0-9]+ from '\.\/[a-z0-9]+';$/.test(line) ? [i] : [],
  );
  const start = lines.findIndex((line) => line.startsWith('export const PROVIDERS'));
  const end = lines.findIndex((line, i) => i > start && line.startsWith(']);'));
  if (imports.length === 0 || start < 0 || end < 0) {
    throw new Error(
      'lib/providers/registry.ts has an unexpected shape: register the provider by hand',
    );
  }
  const entries = lines.slice(start + 1, end);
  const at = entries.findIndex((line) => line.trim().replace(/,$/, '') > id);
  lines.splice(start + 1 + (at < 0 ? entries.length : at), 0, `  ${id},`);
  const before = imports.find((i) => (lines[i] ?? '') > importLine);
  lines.splice(before ?? (imports.at(-1) ?? 0) + 1, 0, importLine);
  return lines.join('\n');
}

function main() {
  const args = process.argv.slice(2);
  let root = resolve(import.meta.dirname, '..');
  const rootAt = args.indexOf('--root');
  if (rootAt >= 0) root = resolve(args.splice(rootAt, 2)[1] ?? '.');
  const [id] = args;
  if (!id || !ID.test(id)) {
    throw new Error(
      `Usage: npm run new:provider <id>. The id is the provider's public id and file name: lower-case letters and digits only (like paypal or alipayhk), got ${JSON.stringify(id ?? '')}.`,
    );
  }
  const file = join(root, 'lib/providers', `${id}.ts`);
  const registryFile = join(root, 'lib/providers/registry.ts');
  if (existsSync(file)) throw new Error(`lib/providers/${id}.ts already exists: pick another id.`);
  const registry = readFileSync(registryFile, 'utf8');
  if (registry.includes(`from './${id}';`)) {
    throw new Error(`lib/providers/registry.ts already registers "${id}": pick another id.`);
  }
  writeFileSync(file, template(id));
  writeFileSync(registryFile, register(registry, id));
  console.log(`Wrote lib/providers/${id}.ts and registered it in lib/providers/registry.ts.

Fill in every TODO (the build and the tests refuse the file until you do), from public
sources, the wallet's own pages first:
  1. name: as the wallet writes it, in English and Simplified Chinese.
  2. hosts: its web app, checkout and help hosts; they become the extension's host permissions.
  3. contacts: help centre and contact page with their sources; phone numbers only with a
     source (url or citation, type, confidence); leave out what you cannot source.
  4. regions: where complaints go; each needs a channel (kind 'channel') in
     lib/cases/escalation.ts, with its own sources.
  5. detection.samplePages: app, help and history URLs on its hosts, its language and any
     regional sites (locales); the detection corpus builds its pages from them.
  6. Optional: rules for its own wording (with positive and negative examples), page hints
     (with example paths), safety facts, complaint timelines. Delete inApp or note if unknown.
Then check it: npx vitest run -c tests/vitest.config.ts tests/unit/registry.test.ts`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
