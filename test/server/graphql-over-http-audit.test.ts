import { serverAudits } from 'graphql-http';
import type { Database } from '../../src/db/database';
import type { RunningApp } from '../../src/server/app';
import { startTestApp } from '../support/test-app';
import { miniTestDatabase } from '../support/test-database';

/**
 * The GraphQL-over-HTTP audit of graphql-http against the running server. Recommendations we do not
 * follow, and why, are listed in docs/SECURITY.md; this list keeps that page honest.
 */
const CSRF = 'Apollo CSRF prevention (kept on) refuses a GET without a content type or apollo-require-preflight header';
const STATUS_400 = 'Apollo answers 400, as the spec requires for application/graphql-response+json, also for application/json';
const SKIPPED_RECOMMENDATIONS: Record<string, string> = {
  '5A70': `MAY accept form-urlencoded GET: ${CSRF}`,
  D6D5: `MAY accept {variables} in GET: ${CSRF}`,
  '6A70': `MAY accept {variables} in GET: ${CSRF}`,
  '572B': `SHOULD use 200 on parse failure (application/json): ${STATUS_400}`,
  FDE2: `SHOULD use 200 on validation failure (application/json): ${STATUS_400}`,
  '7B9B': `SHOULD use 200 on variable coercion failure (application/json): ${STATUS_400}`,
};

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  let database: Database;
  let app: RunningApp;

  beforeAll(async () => {
    database = await miniTestDatabase();
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app.stop();
    await database.close();
  });

  it('then every MUST passes, and the only SHOULDs and MAYs not met are the documented ones', async () => {
    const audits = serverAudits({ url: `${app.url}/graphql` });
    const results = [];
    for (const audit of audits) results.push(await audit.fn());
    const failed = results.filter((r) => r.status !== 'ok');
    const reasons = await Promise.all(failed.map(async (r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`));
    const musts = results.filter((r) => r.name.startsWith('MUST'));
    console.log(`audit: ${musts.length} MUSTs, ${results.length - musts.length} SHOULD/MAY; not met:\n${reasons.join('\n')}`);

    expect(failed.filter((r) => r.name.startsWith('MUST')).map((r) => r.name)).toEqual([]);
    expect(musts.length).toBeGreaterThanOrEqual(10);
    expect(failed.map((r) => r.id).sort()).toEqual(Object.keys(SKIPPED_RECOMMENDATIONS).sort());
  });
});
