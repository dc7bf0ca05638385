// `npm run new:provider` runs here on a temporary copy of lib/, as a person would run it; the
// test never imports the script (tests do not import from scripts/).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProviderDetectionSchema, SamplePagesSchema } from '../../lib/detect/rule-schema';
import { ProviderSchema } from '../../lib/providers/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/new-provider.mjs');

let copy = '';
const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, '--root', copy, ...args], { encoding: 'utf8' });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'wallet-assist-new-provider-'));
  cpSync(join(ROOT, 'lib'), join(copy, 'lib'), { recursive: true });
  // The copy imports zod like the real lib/ does.
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new:provider', () => {
  it('writes a provider file with every field, registers it and says what to fill in', () => {
    const result = run('newpay');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote lib/providers/newpay.ts');
    expect(result.stdout).toContain('lib/cases/escalation.ts');
    const file = readFileSync(join(copy, 'lib/providers/newpay.ts'), 'utf8');
    expect(file).toContain("id: 'newpay',");
    const fields = [
      ...Object.keys(ProviderSchema.shape),
      ...Object.keys(ProviderSchema.shape.contacts.shape),
      ...Object.keys(ProviderDetectionSchema.shape),
      ...Object.keys(SamplePagesSchema.shape),
    ];
    expect(fields.filter((field) => !new RegExp(`\\b${field}: `).test(file))).toEqual([]);
    const registry = readFileSync(join(copy, 'lib/providers/registry.ts'), 'utf8');
    expect(registry).toMatch(/import mercadopago from '.\/mercadopago';\nimport neteller/);
    expect(registry).toContain("import newpay from './newpay';\nimport octopus from './octopus';");
    expect(registry).toContain('  neteller,\n  newpay,\n  octopus,');
  });

  it('writes a file that refuses to load until every TODO is filled in, naming each', async () => {
    const load = import(join(copy, 'lib/providers/newpay.ts'));
    await expect(load).rejects.toThrow(
      /Provider "newpay" is invalid:\nstill marked TODO: name\.en, name\.zh-CN, name\.zh-Hant, hosts\.0, regions\.0, contacts\.helpCentre\.url, .*detection\.samplePages\.history/,
    );
  });

  it('refuses an id that exists or breaks the id rule', () => {
    const existing = run('paypal');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('lib/providers/paypal.ts already exists');
    const bad = run('New-Pay');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('lower-case letters and digits only');
    expect(run().status).toBe(1);
  });
});
