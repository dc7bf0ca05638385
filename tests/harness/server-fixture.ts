import { startFixtureServer } from './fixture-server.mjs';

export type FixtureServer = Awaited<ReturnType<typeof startFixtureServer>>;

/**
 * The HTTPS server of the demo wallet pages on their real host names, one per Playwright worker:
 * a worker-scoped fixture both browsers' suites use as `server`.
 */
export const serverFixture: [
  (args: object, use: (server: FixtureServer) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  // eslint-disable-next-line no-empty-pattern
  async ({}, use: (server: FixtureServer) => Promise<void>) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];
