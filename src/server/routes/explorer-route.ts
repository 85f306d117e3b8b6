import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { explorerDir } from '../../paths';
import { sendJson, sendText } from './send';

// The graph explorer is a static page built by `npm run build` (explorer/build.mjs) into
// dist/explorer/: served from our own files, so it works offline and no third party sees it.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// Only flat file names with a known extension: no "/" or "\" (so no "..") can reach the lookup,
// whatever the URL's encoding was.
const SAFE_NAME = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)+$/i;

/** Serves /explorer (the page) and /explorer/<file>; 404 for anything else below it. */
export async function handleExplorer(req: IncomingMessage, res: ServerResponse, pathname: string, root = explorerDir): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendJson(res, 405, { error: `${req.method} is not allowed on ${pathname}` });
    return;
  }
  const rest = pathname.replace(/^\/explorer\/?/, '');
  let name: string;
  try {
    name = rest === '' ? 'index.html' : decodeURIComponent(rest);
  } catch {
    sendJson(res, 400, { error: `Not a valid path: ${pathname}` });
    return;
  }
  const type = TYPES[path.extname(name).toLowerCase()];
  if (!SAFE_NAME.test(name) || !type) {
    sendJson(res, 404, { error: `Nothing at ${pathname}` });
    return;
  }
  const file = path.join(root, name);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (name === 'index.html') {
      sendText(res, 503, 'text/plain; charset=utf-8', 'The graph explorer is not built: run `npm run build` (npm start does it).\n');
    } else {
      sendJson(res, 404, { error: `Nothing at ${pathname}` });
    }
    return;
  }
  const { etag, encodings } = packed(body);
  const headers = {
    'content-type': type,
    // Not content-hashed: make the browser revalidate (a 304 when unchanged), so that a rebuild is seen at once.
    'cache-control': 'no-cache',
    etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
  };
  if (matches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // a file so small that compressing it does not pay goes as it is
  const encoding = body.length >= MIN_COMPRESSED ? chooseEncoding(req.headers['accept-encoding']) : null;
  const sent = encoding ? encodings[encoding] : body;
  res.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': sent.length });
  res.end(req.method === 'HEAD' ? undefined : sent);
}

const MIN_COMPRESSED = 1024;

// Compressed once per distinct file content (the bundle is ~0.5 MB, ~150 KB gzipped), not per request.
const PACKED = new Map<string, { etag: string; encodings: Record<'br' | 'gzip', Buffer> }>();

function packed(body: Buffer) {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  let entry = PACKED.get(hash);
  if (!entry) {
    entry = {
      etag: `"${hash}"`,
      encodings: {
        br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzip: gzipSync(body, { level: 9 }),
      },
    };
    // a rebuild makes a new entry; keep only a few so old bundles do not pile up
    if (PACKED.size >= 16) PACKED.delete(PACKED.keys().next().value!);
    PACKED.set(hash, entry);
  }
  return entry;
}

/** Brotli when the browser takes it, else gzip, else none ("br;q=0" refuses). */
function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Map(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
        return [name.trim().toLowerCase(), q ? Number(q[1]) : 1] as const;
      }),
  );
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

function matches(header: string | undefined, etag: string): boolean {
  return header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
