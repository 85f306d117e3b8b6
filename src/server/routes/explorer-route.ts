import { readFile } from 'node:fs/promises';
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
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    // Not content-hashed: make the browser revalidate, so that a rebuild is seen at once.
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
