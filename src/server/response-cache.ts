import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import { decodeSingleRow, nullable, object, string } from '../db/row-decoder';
import { LruCache } from './lru-cache';

export interface ResponseCacheOptions {
  /** Bytes of answers (and their keys) held at most; 0 turns the cache off. */
  maxBytes: number;
  /** How long a read of the dataset fingerprint is trusted; a reload is seen after at most this. */
  fingerprintMaxAgeMs: number;
}

/** What a POST asks, as far as its answer depends on it. */
export interface CacheableRequest {
  query: string;
  variables: unknown;
  operationName: unknown;
  extensions: unknown;
  /** The Accept header: it chooses the answer's content type. */
  accept: string;
}

export interface CachedAnswer {
  body: Buffer;
  contentType: string;
  etag: string;
}

// What an entry costs beside its body: the key (64 hex characters, UTF-16), the ETag, the object.
const ENTRY_OVERHEAD_BYTES = 400;

const decodeFingerprint = object({ fingerprint: nullable(string) });

/**
 * Whole answers to repeated requests, for as long as the data they were read from is loaded. The
 * graph changes only by a load of a dataset, which records the dataset's fingerprint
 * (cypher/seed/record-load), so every answer is keyed by (fingerprint, document, variables,
 * operation name, extensions, Accept): a reload with other data makes new keys, and the old
 * entries age out of the LRU. Only complete answers without errors are stored (see `isStorable`).
 * The fingerprint is read again at most every `fingerprintMaxAgeMs`, by one read that concurrent
 * requests share; with no fingerprint (data written around the loader) nothing is cached.
 */
export class ResponseCache {
  private readonly answers: LruCache<string, CachedAnswer>;
  private known: { fingerprint: string | null; at: number } | undefined;
  private reading: Promise<string | null> | undefined;

  constructor(
    private readonly options: ResponseCacheOptions,
    private readonly readFingerprint: () => Promise<string | null>,
  ) {
    this.answers = new LruCache(options.maxBytes, (key, answer) => answer.body.length + key.length * 2 + answer.etag.length * 2 + ENTRY_OVERHEAD_BYTES);
  }

  /** The fingerprint of the loaded dataset, or null when it is unknown (then nothing is cached). */
  async fingerprint(): Promise<string | null> {
    if (this.known && Date.now() - this.known.at < this.options.fingerprintMaxAgeMs) return this.known.fingerprint;
    this.reading ??= this.readFingerprint()
      .catch(() => null) // the database is away: the request goes on uncached and fails or succeeds there
      .then((fingerprint) => {
        this.known = { fingerprint, at: Date.now() };
        this.reading = undefined;
        return fingerprint;
      });
    return this.reading;
  }

  /** The key of a request under a fingerprint: a hash, so that a long document is held once, as its answer. */
  keyOf(fingerprint: string, request: CacheableRequest): string {
    const material = JSON.stringify([fingerprint, request.query, canonical(request.variables), request.operationName ?? null, canonical(request.extensions), request.accept]);
    return createHash('sha256').update(material).digest('hex');
  }

  /** The ETag of the answer under `key`: the key names the fingerprint, so it changes with the data. */
  etagOf(key: string): string {
    return `"${key.slice(0, 40)}"`;
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers.get(key);
  }

  store(key: string, body: string, contentType: string): void {
    this.answers.set(key, { body: Buffer.from(body), contentType, etag: this.etagOf(key) });
  }

  get usedBytes(): number {
    return this.answers.usedSize;
  }
}

/** A cache reading the fingerprint through the service's own read path (timeouts, circuit). */
export function databaseResponseCache(database: Database, options: ResponseCacheOptions): ResponseCache {
  return new ResponseCache(options, async () => {
    const row = decodeSingleRow('health/fingerprint', await database.read('health/fingerprint'), decodeFingerprint);
    return row?.fingerprint ?? null;
  });
}

/**
 * Whether an answer may be kept: a 200 with its whole body and no `errors` member, so that no
 * error, partial answer (data with errors) or refusal is ever served again. The test is on the
 * text: an alias named "errors" also keeps an answer out, which only costs a miss.
 */
export function isStorable(status: number | undefined, body: string): boolean {
  return (status ?? 200) === 200 && body.startsWith('{"data":') && !body.includes('"errors":');
}

/** The request as a cache sees it, or undefined when it is not a plain JSON POST of a query. */
export function cacheableRequest(body: unknown, accept: string | undefined): CacheableRequest | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { query, variables, operationName, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string') return undefined;
  return { query, variables: variables ?? null, operationName: operationName ?? null, extensions: extensions ?? null, accept: accept ?? '' };
}

/**
 * Whether If-None-Match names this ETag (one of a list; weak or strong). `*` is not honoured: it
 * would answer 304 to a client that never had an answer, and this one may turn out an error.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === etag || trimmed === `W/${etag}`;
  });
}

// JSON with the keys of every object sorted: {"a":1,"b":2} and {"b":2,"a":1} are one request.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
