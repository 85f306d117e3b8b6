import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { handleExplorer } from '../../../src/server/routes/explorer-route';

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
