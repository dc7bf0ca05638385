// The project's layers, as an ESLint rule on imports. Each source file belongs to one layer (by
// its path); an import may point only at the layers its own layer is allowed to use:
//
//   lib/ (core: pure, the world passed in)
//     ← lib/background/ (the background: browser APIs)   ← entrypoints/ (thin wiring)
//     ← lib/client/ (what extension pages use: browser APIs, databases)
//         ← components/ (Preact)                          ← entrypoints/
//   tests/ may use everything but scripts/; scripts/ may use everything.
//
// On top of the layers: core and components never import `wxt/browser` for anything but types
// (core takes its world as arguments; components go through lib/client), and only the
// background, lib/client and tests open a database (`openEvidenceDb`, `openCasesDb`).
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Which layers each layer may import from. @type {Record<string, string[]>} */
export const ALLOWED = {
  core: ['core'],
  background: ['core', 'background'],
  client: ['core', 'client'],
  components: ['core', 'client', 'components'],
  entrypoints: ['core', 'background', 'client', 'components'],
  tests: ['core', 'background', 'client', 'components', 'entrypoints', 'tests', 'config'],
  scripts: [
    'core',
    'background',
    'client',
    'components',
    'entrypoints',
    'tests',
    'scripts',
    'config',
  ],
  config: ['core', 'config'],
};

/**
 * The layer of a project file (a path relative to the project root, with `/`).
 * @param {string} path
 * @returns {string | null}
 */
export function layerOf(path) {
  if (path.startsWith('lib/background/')) return 'background';
  if (path.startsWith('lib/client/')) return 'client';
  if (path.startsWith('lib/')) return 'core';
  if (path.startsWith('components/')) return 'components';
  if (path.startsWith('entrypoints/')) return 'entrypoints';
  if (path.startsWith('tests/')) return 'tests';
  if (path.startsWith('scripts/')) return 'scripts';
  if (!path.includes('/')) return 'config';
  return null;
}

/** Functions that open a database: only the background, lib/client and tests may call them. */
const DB_OPENERS = new Set(['openEvidenceDb', 'openCasesDb']);
const MAY_OPEN_DATABASES = new Set(['background', 'client', 'tests']);
/** Layers that must not use the browser's APIs directly. */
const NO_BROWSER = new Set(['core', 'components']);

/** @param {string} absolute */
const projectPath = (absolute) => relative(ROOT, absolute).split(sep).join('/');

/**
 * True when the import (or re-export) brings in types only.
 * @param {any} node an import or export declaration (TypeScript adds `importKind`)
 */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

/**
 * Names imported as values.
 * @param {any} node
 * @returns {string[]}
 */
function valueNames(node) {
  return (node.specifiers ?? [])
    .filter((/** @type {any} */ s) => s.importKind !== 'type' && s.exportKind !== 'type')
    .map((/** @type {any} */ s) => s.imported?.name ?? s.local?.name)
    .filter(Boolean);
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports follow the layers of the project (see scripts/eslint-layers.js).',
    },
    schema: [],
    messages: {
      layer:
        '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): {{fromLayer}} may use {{allowed}} only.',
      browser: '{{from}} ({{fromLayer}}) may not use wxt/browser: {{why}}',
      database:
        '{{from}} ({{fromLayer}}) may not open a database ({{name}}): extension pages reach data through lib/client.',
    },
  },
  create(context) {
    const file = projectPath(context.filename);
    const fromLayer = layerOf(file);
    if (!fromLayer) return {};
    const allowed = ALLOWED[fromLayer] ?? [];
    /** @param {any} node */
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string') return;
      const types = typeOnly(node);
      if (source === 'wxt/browser' && NO_BROWSER.has(fromLayer) && !types) {
        context.report({
          node,
          messageId: 'browser',
          data: {
            from: file,
            fromLayer,
            why:
              fromLayer === 'core'
                ? 'core modules take the storage area, tab or time they need as arguments.'
                : 'components reach the browser through lib/client.',
          },
        });
        return;
      }
      if (!source.startsWith('.')) return;
      const target = projectPath(resolve(dirname(context.filename), source));
      const toLayer = layerOf(target);
      if (!toLayer) return;
      if (!allowed.includes(toLayer)) {
        context.report({
          node,
          messageId: 'layer',
          data: {
            from: file,
            fromLayer,
            to: target,
            toLayer,
            allowed: allowed.join(', '),
          },
        });
        return;
      }
      if (!MAY_OPEN_DATABASES.has(fromLayer) && !types) {
        for (const name of valueNames(node)) {
          if (DB_OPENERS.has(name)) {
            context.report({ node, messageId: 'database', data: { from: file, fromLayer, name } });
          }
        }
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** The ESLint plugin: `layers/imports`. */
export default { rules: { imports: importsRule } };
