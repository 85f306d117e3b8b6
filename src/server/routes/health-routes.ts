import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/database';
import { ErrorCode, StoreDamagedError } from '../../errors';
import { decodeSingleRow, int, nullable, object, string } from '../../db/row-decoder';
import type { Logger } from '../logger';
import { sendJson } from './send';

/**
 * /health: can this process serve queries, now or by itself soon? Answered from state in memory
 * (no query, no admission queue), so it is fast under any load. 503 while the database is known to
 * be unable to serve: the embedded JVM is dead or restarting, Neo4j cannot be reached, or it has
 * answered nothing for longer than the grace (a freeze); a supervisor may restart us, a monitor
 * should page. 200 when serving, and also while the circuit is open because queries were busy or
 * went unanswered for a short while: that is overload, which passes, and restarting would not help.
 */
export function handleHealth(res: ServerResponse, database: Database): void {
  const health = database.health;
  if (health.state === 'stopped' || health.state === 'unreachable') {
    sendJson(res, 503, { status: 'unhealthy', database: health.state, reason: health.detail });
  } else {
    sendJson(res, 200, { status: 'ok', database: health.state });
  }
}

const readyRow = object({ initiatives: int, sampled: int, readable: int, fingerprint: nullable(string) });

export interface ReadyCheck {
  database: Database;
  /** The fingerprint of seed/ as this build would load it; undefined when it could not be computed. */
  seedFingerprint?: string;
  logger: Logger;
  /** The whole answer within this time, even when Neo4j is frozen. */
  timeoutMs: number;
}

/**
 * /ready: should a load balancer send us queries? A real read of the store (cypher/health/ready)
 * must succeed within `timeoutMs` and find the dataset loaded; 503 otherwise. A dataset that is
 * loaded but is not seed/'s version (another checkout seeded this data folder) is still served, so
 * the answer stays 200, but it says so (`dataset.matchesSeed: false`) and warns once in the log.
 */
export function readyCheck(check: ReadyCheck): (res: ServerResponse) => Promise<void> {
  let warnedAbout: string | null | undefined;
  let damageLogged = false;
  // Logged at error level, once until the store reads back whole again (a monitor polls /ready
  // every few seconds): no load balancer can fix this, a person must restore or reseed the store.
  const damaged = (res: ServerResponse, reason: string, details: Record<string, unknown>) => {
    if (!damageLogged) check.logger.error({ event: 'store-damaged', ...details }, reason);
    damageLogged = true;
    sendJson(res, 503, { status: 'not-ready', reason, code: ErrorCode.STORE_DAMAGED });
  };
  return async (res) => {
    const started = Date.now();
    let rows: unknown[];
    try {
      rows = await check.database.readWithin('health/ready', check.timeoutMs);
    } catch (error) {
      if (error instanceof StoreDamagedError) {
        damaged(res, 'Neo4j failed to read back the sampled initiatives (a damaged store?)', { neo4jCode: error.neo4jCode });
        return;
      }
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      const reason = Date.now() - started >= check.timeoutMs ? `Neo4j did not answer within ${check.timeoutMs} ms` : 'Neo4j is not reachable';
      sendJson(res, 503, { status: 'not-ready', reason, ...(typeof code === 'string' ? { code } : {}) });
      return;
    }
    const row = decodeSingleRow('health/ready', rows, readyRow);
    const { initiatives, sampled, readable, fingerprint } = row ?? { initiatives: 0, sampled: 0, readable: 0, fingerprint: null };
    if (initiatives === 0) {
      sendJson(res, 503, { status: 'not-ready', reason: 'the dataset is not loaded' });
      return;
    }
    if (sampled === 0 || readable < sampled) {
      const reason =
        sampled === 0
          ? 'initiatives are counted but none could be read (a damaged store?)'
          : `${sampled - readable} of ${sampled} sampled initiatives read back without their key or title (a damaged store?)`;
      damaged(res, reason, { initiatives, sampled, readable });
      return;
    }
    damageLogged = false;
    const matchesSeed = check.seedFingerprint === undefined ? undefined : fingerprint === check.seedFingerprint;
    if (matchesSeed === false && warnedAbout !== fingerprint) {
      warnedAbout = fingerprint;
      check.logger.warn(
        { event: 'dataset-differs', fingerprint, seedFingerprint: check.seedFingerprint },
        "The loaded dataset is not seed/'s version: run `npm run seed` to load seed/",
      );
    }
    sendJson(res, 200, { status: 'ready', initiatives, dataset: { fingerprint, seedFingerprint: check.seedFingerprint ?? null, matchesSeed: matchesSeed ?? null } });
  };
}
