import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/database';
import { sendJson } from './send';

/** /health: the process is alive and serving HTTP; says nothing about Neo4j. */
export function handleHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/** /ready: Neo4j answers and the dataset is loaded; 503 otherwise, so a load balancer skips us. */
export async function handleReady(res: ServerResponse, database: Database): Promise<void> {
  try {
    const [row] = await database.read('health/ready');
    const initiatives = Number(row?.initiatives ?? 0);
    if (initiatives > 0) sendJson(res, 200, { status: 'ready', initiatives });
    else sendJson(res, 503, { status: 'not-ready', reason: 'the dataset is not loaded' });
  } catch {
    sendJson(res, 503, { status: 'not-ready', reason: 'Neo4j is not reachable' });
  }
}
