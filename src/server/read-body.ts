import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
  }
}

/**
 * Bytes of an oversized body read and thrown away after the refusal, so that the client, still
 * sending, reads our 413 instead of a connection reset; beyond that the connection is cut.
 */
const DISCARD_MAX_FACTOR = 10;

/**
 * Reads the whole body as text, refusing more than `limit` bytes before buffering them. A body
 * declared too large is refused at once; a chunked one when it crosses the limit.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError(limit));
      discard(req, limit * DISCARD_MAX_FACTOR);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
        discard(req, limit * DISCARD_MAX_FACTOR);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Reads the rest of the body without keeping it, up to `max` bytes, then cuts the connection. */
function discard(req: IncomingMessage, max: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > max) req.destroy();
  });
  req.resume();
}
