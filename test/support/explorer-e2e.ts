import type { Database } from '../../src/db/database';
import { seedDatabase } from '../../src/dataset/seed-dataset';
import type { RunningApp } from '../../src/server/app';
import { ExplorerPage, requireBundle } from '../e2e/explorer-page';
import { startChromium, type RunningBrowser } from './chromium';
import { postGraphQL } from './graphql-client';
import { startTestApp } from './test-app';
import { cleanTestDatabase } from './test-database';

/** Skipped only when the e2e global set-up found no Chromium it could use (never under CI=true). */
export const describeInBrowser = process.env.E2E_UNAVAILABLE ? describe.skip : describe;

export type Api = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export interface ExplorerSession {
  readonly app: RunningApp;
  readonly browser: RunningBrowser;
  /** A fresh page of the explorer for the current test. */
  readonly explorer: ExplorerPage;
  /** The public API's answer (its `data`); an error in it fails the test with the API's message. */
  readonly api: Api;
}

/**
 * The one start-up of the explorer's browser tests, called inside a describe: Chromium, a clean
 * database of the suite's own seeded with the real dataset, the service on it, and a new page per
 * test that must end without a script error or a request to anywhere but the service (no CDN).
 * `warm` asks the API what the suite's first test would otherwise wait for on a cold database.
 */
export function useExplorerInChromium(options: { viewport?: { width: number; height: number }; warm?: (api: Api) => Promise<void> } = {}): ExplorerSession {
  let database: Database | undefined;
  let app: RunningApp | undefined;
  let browser: RunningBrowser | undefined;
  let explorer: ExplorerPage | undefined;
  const api: Api = async (query, variables) => {
    const { body } = await postGraphQL(app!.url, query, variables);
    if (body.errors) throw new Error(body.errors[0].message);
    return body.data;
  };

  beforeAll(async () => {
    requireBundle();
    browser = await startChromium(options.viewport);
    database = await cleanTestDatabase();
    await seedDatabase(database);
    app = await startTestApp(database);
    await options.warm?.(api);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await database?.close();
  });
  beforeEach(async () => {
    // when beforeAll failed, its error is the one to read: add no second one
    if (browser && app) explorer = new ExplorerPage(await browser.context.newPage(), app.url);
  });
  afterEach(async () => {
    if (!explorer) return;
    expect(explorer.pageErrors).toEqual([]);
    expect(explorer.foreignRequests).toEqual([]);
    await explorer.page.close();
    explorer = undefined;
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The explorer's ${what} is not started (see the beforeAll error)`);
    return value;
  };
  return {
    get app() {
      return started(app, 'service');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get explorer() {
      return started(explorer, 'page');
    },
    api,
  };
}
