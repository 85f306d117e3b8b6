import { randomUUID } from 'node:crypto';

// A caller's id is kept only when it is short and plain, so that it cannot forge log lines or headers.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id: the caller's `x-request-id` when acceptable (a proxy's trace), otherwise a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}
