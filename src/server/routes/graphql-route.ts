import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../../graph/context';
import { ErrorCode } from '../../errors';
import { rememberOperationName } from '../request-log';
import { BodyTooLargeError, readBody } from '../read-body';
import { cacheableRequest, isStorable, matchesEtag, type ResponseCache } from '../response-cache';
import { sendJson } from './send';

/**
 * Hands one HTTP request to Apollo Server (its documented integration API), so that no web
 * framework is needed: parse JSON bodies, pass headers and query string, stream the answer back.
 */
export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  maxBodyBytes: number,
  cache?: ResponseCache,
): Promise<void> {
  let body: unknown;
  if (req.method === 'POST') {
    let text: string;
    try {
      text = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, graphQLError(error.message, ErrorCode.PAYLOAD_TOO_LARGE));
        return;
      }
      throw error;
    }
    const type = req.headers['content-type'] ?? '';
    if (/json/i.test(type)) {
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        sendJson(res, 400, graphQLError('The request body is not valid JSON', 'BAD_REQUEST'));
        return;
      }
    } else {
      body = text;
    }
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) rememberOperationName(res, (body as { operationName?: unknown }).operationName);
  const cached = cache && req.method === 'POST' ? await lookUp(req, res, cache, body) : undefined;
  if (cached === 'answered') return;
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context,
  });
  if (res.writableEnded) return; // the request timed out meanwhile and was answered
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    if (cache && cached && isStorable(response.status, response.body.string)) {
      cache.store(cached.key, response.body.string, String(res.getHeader('content-type') ?? 'application/json'));
      setValidators(res, cache.etagOf(cached.key));
    }
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    if (res.writableEnded) return;
    res.write(chunk);
  }
  res.end();
}

/**
 * Answers from the response cache when it can (304 when the client's ETag is the current one, the
 * stored answer on a hit) and says so; otherwise returns the key to store the answer under, or
 * undefined when the request is not one the cache takes (no fingerprint, not a JSON query).
 */
async function lookUp(req: IncomingMessage, res: ServerResponse, cache: ResponseCache, body: unknown): Promise<'answered' | { key: string } | undefined> {
  const request = cacheableRequest(body, req.headers.accept);
  if (!request) return undefined;
  const fingerprint = await cache.fingerprint();
  if (fingerprint === null) return undefined;
  const key = cache.keyOf(fingerprint, request);
  const etag = cache.etagOf(key);
  // The ETag was only ever sent with a complete answer without errors, and the data behind it has
  // not changed since (same fingerprint): the client's copy is the answer, stored here or not.
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    setValidators(res, etag);
    res.statusCode = 304;
    res.end();
    return 'answered';
  }
  const hit = cache.get(key);
  if (!hit) return { key };
  setValidators(res, hit.etag);
  res.setHeader('content-type', hit.contentType);
  res.statusCode = 200;
  res.end(hit.body);
  return 'answered';
}

// no-cache: a browser or proxy may keep the answer but must ask again (If-None-Match) before using it.
function setValidators(res: ServerResponse, etag: string): void {
  res.setHeader('etag', etag);
  res.setHeader('cache-control', 'no-cache');
}

function graphQLError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}
