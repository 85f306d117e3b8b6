// Bundles the explorer (explorer/src/main.ts and styles.css, cytoscape included) with esbuild and
// copies index.html, all into dist/explorer/, which the service serves at /explorer. Run by
// `npm run build`, so `npm start`, `npm test` and a fresh clone always have a current bundle.
// Type checking is tsc's job (`npm run typecheck`): esbuild only strips types.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'dist', 'explorer');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: path.join(here, 'src', 'main.ts'), styles: path.join(here, 'styles.css') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  sourcemap: false,
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync(path.join(here, 'index.html'), path.join(out, 'index.html'));
