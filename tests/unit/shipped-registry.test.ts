import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../lib/providers';
import { shippedRegistrySource } from '../../lib/providers/shipped';

describe('the registry the extension ships', () => {
  it('is the registry the schemas parsed, value for value, and frozen the same way', async () => {
    const source = shippedRegistrySource(PROVIDERS);
    const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
    const shipped = (await import(/* @vite-ignore */ url)) as { PROVIDERS: typeof PROVIDERS };
    expect(shipped.PROVIDERS).toEqual(PROVIDERS);
    expect(Object.isFrozen(shipped.PROVIDERS)).toBe(true);
    expect(shipped.PROVIDERS.every((p) => Object.isFrozen(p))).toBe(true);
    expect(PROVIDERS.every((p) => Object.isFrozen(p))).toBe(true);
  });

  it('keeps every character of the data, quotes and backslashes of patterns included', () => {
    const source = shippedRegistrySource(PROVIDERS);
    const json = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(source)?.[1];
    expect(JSON.parse(JSON.parse(json!) as string)).toEqual(JSON.parse(JSON.stringify(PROVIDERS)));
  });
});
