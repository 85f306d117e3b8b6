import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { handleExplorer } from '../../../src/server/routes/explorer-route';

const BIG = 'console.log("a line of the bundle");\n'.repeat(400);

// The route over a throw-away bundle folder, with a secret file next to it that no URL may reach.
describe('explorer route', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'legeplads-explorer-route-'));
  const root = path.join(base, 'explorer');
  const empty = path.join(base, 'empty');
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    mkdirSync(root);
    mkdirSync(empty);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(path.join(root, 'app.js'), 'console.log("app")');
    writeFileSync(path.join(root, 'styles.css'), 'body{}');
    writeFileSync(path.join(root, 'big.js'), BIG);
    writeFileSync(path.join(root, 'notes.txt'), 'not a served type');
    writeFileSync(path.join(base, 'secret.js'), 'SECRET');
    server = http.createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      void handleExplorer(req, res, pathname.replace(/^\/unbuilt/, ''), pathname.startsWith('/unbuilt') ? empty : root);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(base, { recursive: true, force: true });
  });

  it.each([
    ['/explorer', 'text/html; charset=utf-8', '<!doctype html><title>explorer</title>'],
    ['/explorer/', 'text/html; charset=utf-8', '<!doctype html><title>explorer</title>'],
    ['/explorer/app.js', 'text/javascript; charset=utf-8', 'console.log("app")'],
    ['/explorer/styles.css', 'text/css; charset=utf-8', 'body{}'],
  ])('when %s is asked, then it is served as %s', async (pathname, type, body) => {
    const response = await fetch(`${url}${pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each(['/explorer/missing.js', '/explorer/notes.txt', '/explorer/sub/app.js'])('when %s is asked, then it is 404', async (pathname) => {
    const response = await fetch(`${url}${pathname}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: `Nothing at ${pathname}` });
  });

  it.each([
    '/explorer/..%2fsecret.js',
    '/explorer/%2e%2e%2fsecret.js',
    '/explorer/..%5csecret.js',
    '/explorer/%2e%2e/secret.js',
    '/explorer/.%2e/secret.js',
    '/explorer/%2fetc%2fpasswd.js',
    '/explorer/app.js%00.css',
  ])('when a path tries to leave the folder (%s), then nothing outside is served', async (pathname) => {
    // sent raw, as an attacker would, without the client normalising the dots
    const { status, body } = await rawGet(url, pathname);
    expect(status).toBe(404);
    expect(body).not.toContain('SECRET');
  });

  it('when a malformed escape is asked, then it is 400', async () => {
    const { status } = await rawGet(url, '/explorer/%E0%A4%A.js');
    expect(status).toBe(400);
  });

  it('when the page is posted to, then it is 405 and names GET and HEAD', async () => {
    const response = await fetch(`${url}/explorer`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('when HEAD is asked, then the headers come without a body', async () => {
    const response = await fetch(`${url}/explorer/app.js`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('console.log("app")'.length));
    expect(await response.text()).toBe('');
  });

  it.each([
    ['br, gzip', 'br', (b: Buffer) => brotliDecompressSync(b)],
    ['gzip', 'gzip', (b: Buffer) => gunzipSync(b)],
    ['br;q=0, gzip;q=0.5', 'gzip', (b: Buffer) => gunzipSync(b)],
  ])('when the browser accepts "%s", then the file comes as %s and decodes to the file', async (accept, encoding, decode) => {
    const response = await rawRequest(url, '/explorer/big.js', { 'accept-encoding': accept });
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toBe('accept-encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(BIG.length / 4);
    expect(decode(response.body).toString()).toBe(BIG);
  });

  it('when the browser accepts no compression, or the file is too small to gain, then the file comes as it is', async () => {
    const plain = await rawRequest(url, '/explorer/big.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG);
    const small = await rawRequest(url, '/explorer/app.js', { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('console.log("app")');
  });

  it('when the browser asks again with the ETag it holds, then the answer is 304 without a body; another ETag gets the file', async () => {
    const first = await rawRequest(url, '/explorer/styles.css', {});
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await rawRequest(url, '/explorer/styles.css', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const stale = await rawRequest(url, '/explorer/styles.css', { 'if-none-match': '"old"' });
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe('body{}');
  });

  it('when the bundle is not built, then the page says how to build it', async () => {
    const response = await fetch(`${url}/unbuilt/explorer`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});

function rawGet(url: string, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}${pathname}`, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

function rawRequest(url: string, pathname: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}${pathname}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}
