import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../../graph/context';
import { ErrorCode } from '../../errors';
import { rememberOperationName } from '../request-log';
import { BodyTooLargeError, readBody } from '../read-body';
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
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    if (res.writableEnded) return;
    res.write(chunk);
  }
  res.end();
}

function graphQLError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}
