import type { Question, DatasetParams, Variables } from './catalogue';
import type { ContenderName } from './contenders/contender';

/** One HTTP request as a contender expects it; null when the contender cannot ask the question. */
export interface HttpRequest {
  path: string;
  body: string;
}

/** Ours and the peer take GraphQL over POST /graphql (the peer at /); the floor a route per question. */
export function requestFor(contender: ContenderName, question: Question, params: DatasetParams, luceneText: string): HttpRequest | null {
  const variables: Variables = question.ours.variables(params);
  if (contender === 'ours') return { path: '/graphql', body: JSON.stringify({ query: question.ours.query, variables }) };
  if (contender === 'floor') return { path: `/${question.id}`, body: JSON.stringify(variables) };
  if (!question.peer) return null;
  const peer = question.peer(params, luceneText);
  return { path: '/', body: JSON.stringify({ query: peer.query, variables: peer.variables }) };
}

/** Sends one request and returns the parsed JSON answer; rejects after `timeoutMs`. */
export async function send(port: number, request: HttpRequest, timeoutMs = 60_000): Promise<{ status: number; json: any; bytes: number }> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text), bytes: Buffer.byteLength(text) };
}
