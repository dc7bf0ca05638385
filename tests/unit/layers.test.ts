import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, 'scripts/eslint.config.js') });
});

/** The layer rule's messages for `code` placed at `path` (the file need not exist). */
async function layerProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, {
    filePath: resolve(ROOT, path),
  });
  return result!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    // [file, import, what the message must say]
    [
      'lib/detect/x.ts',
      "import { x } from '../background/prompt';",
      /\(core\) may not import lib\/background\/prompt \(background\)/,
    ],
    [
      'lib/cases/x.ts',
      "import { x } from '../client/evidence';",
      /\(core\) may not import lib\/client\/evidence \(client\)/,
    ],
    [
      'lib/i18n/x.ts',
      "import { x } from '../../components/i18n';",
      /\(core\) may not import components\/i18n/,
    ],
    [
      'lib/background/x.ts',
      "import { x } from '../client/tabs';",
      /\(background\) may not import lib\/client\/tabs \(client\)/,
    ],
    ['lib/client/x.ts', "import { x } from '../background/router';", /\(client\) may not import/],
    [
      'components/x.tsx',
      "import { x } from '../lib/background/prompt';",
      /\(components\) may not import lib\/background\/prompt/,
    ],
    [
      'components/x.tsx',
      "import type { x } from '../lib/background/prompt';",
      /may not import lib\/background\/prompt/,
    ],
    [
      'lib/client/x.ts',
      "import { x } from '../../components/boot';",
      /\(client\) may not import components\/boot/,
    ],
    [
      'tests/unit/x.test.ts',
      "import { x } from '../../scripts/demo.mjs';",
      /\(tests\) may not import scripts\/demo\.mjs/,
    ],
    [
      'lib/detect/x.ts',
      "import { browser as x } from 'wxt/browser';",
      /may not use wxt\/browser: core modules take/,
    ],
    [
      'components/x.tsx',
      "import { browser as x } from 'wxt/browser';",
      /may not use wxt\/browser: components reach the browser through lib\/client/,
    ],
    [
      'components/x.tsx',
      "import { openEvidenceDb as x } from '../lib/evidence/db';",
      /may not open a database \(openEvidenceDb\)/,
    ],
    [
      'lib/cases/x.ts',
      "import { openEvidenceDb as x } from '../evidence/db';",
      /may not open a database/,
    ],
    [
      'lib/detect/x.ts',
      "const x = import('../background/index');",
      /may not import lib\/background\/index/,
    ],
  ])('refuses %s importing: %s', async (path, code, message) => {
    const problems = await layerProblems(path, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['lib/detect/x.ts', "import { x } from '../providers';"],
    ['lib/detect/x.ts', "import type { Browser as x } from 'wxt/browser';"],
    ['lib/evidence/x.ts', "import { HEAD_KEY as x } from './db';"],
    ['lib/evidence/x.ts', "import type { EvidenceDB as x } from './db';"],
    ['lib/background/x.ts', "import { openEvidenceDb as x } from '../evidence/db';"],
    ['lib/client/x.ts', "import { browser as x } from 'wxt/browser';"],
    ['components/x.tsx', "import { evidence as x } from '../lib/client/evidence';"],
    ['components/x.tsx', "import type { MessageType as x } from '../lib/protocol/table';"],
    ['entrypoints/x.ts', "import { startBackground as x } from '../lib/background';"],
    ['entrypoints/x.ts', "import { browser as x } from 'wxt/browser';"],
    ['tests/unit/x.test.ts', "import { handleMessage as x } from '../../lib/background/router';"],
    ['scripts/x.mjs', "import { launchWithExtension as x } from '../tests/harness/browser.mjs';"],
  ])('allows %s importing: %s', async (path, code) => {
    expect(await layerProblems(path, code)).toEqual([]);
  });
});
