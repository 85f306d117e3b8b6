import type { ServerResponse } from 'node:http';
import { ErrorCode } from '../errors';
import { sendJson } from './routes/send';

/**
 * Answers 503 REQUEST_TIMEOUT when `work` has not finished within `ms`, on top of the database's
 * own transaction timeout: a request that waits on many queries, or on a database that stopped
 * answering without closing its connections, still gets an answer. The work is not cancelled; its
 * late output is dropped (handlers check `res.writableEnded`).
 */
export function answerWithin(res: ServerResponse, ms: number, requestId: string, work: Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (!res.headersSent) {
        sendJson(res, 503, {
          errors: [
            {
              message: `The request took longer than ${ms} ms (REQUEST_TIMEOUT_MS)`,
              extensions: { code: ErrorCode.REQUEST_TIMEOUT, requestId },
            },
          ],
        });
      } else {
        res.destroy();
      }
      resolve();
    }, ms);
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
