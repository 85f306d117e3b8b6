// Measures the graph explorer in Chromium against a running service (the real data loaded):
//   - the bundle's size, raw and gzip;
//   - time from navigation start to the first drawn graph, (a) opening a shared link of
//     Grindsted's neighbourhood and (b) searching "Grindsted" and choosing the first hit
//     (includes the automation's typing); median of several runs, each in a fresh tab.
// Usage: npm run bench:explorer -- [--url http://127.0.0.1:4000] [--runs 5] [--screenshot docs/explorer.png]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { explorerDir } from '../../src/paths';
import { startChromium } from '../../test/support/chromium';

// page.evaluate callbacks run in the browser; this Node program compiles without the DOM library
declare const performance: any;
declare const document: any;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const url = option('url', 'http://127.0.0.1:4000');
const runs = Number(option('runs', '5'));
const screenshot = option('screenshot', '');

function bundleSizes(): { file: string; raw: number; gzip: number }[] {
  return readdirSync(explorerDir)
    .sort()
    .map((file) => {
      const body = readFileSync(path.join(explorerDir, file));
      return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

async function firstGraphMs(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('explorer:first-graph').length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('explorer:first-graph')[0].startTime as number);
}

async function viaLink(page: Page, hash: string): Promise<number> {
  await page.goto(`${url}/explorer#${hash}`);
  return firstGraphMs(page);
}

async function viaSearch(page: Page): Promise<number> {
  await page.goto(`${url}/explorer`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#search-input', 'Grindsted');
  await page.press('#search-input', 'Enter');
  await page.locator('#search-results button').first().click();
  return firstGraphMs(page);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function neighbourhood(id: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 1000) { nodes { id } } }', variables: { id } }),
  });
  return ((await response.json()) as any).data.neighborhood.nodes.map((node: { id: string }) => node.id);
}

async function main(): Promise<void> {
  const ids = await neighbourhood('town:grindsted');
  const hash = `nodes=${ids.join(',')}&selected=town:grindsted`;
  // the README's picture: Grindsted, one initiative expanded, the evidence of their link open
  const pictured = [...new Set([...ids, ...(await neighbourhood('initiative:attraktive-bymidter'))])];
  const pictureHash = `nodes=${pictured.join(',')}&selected=${encodeURIComponent('initiative:attraktive-bymidter|IN_TOWN|town:grindsted')}`;

  const sizes = bundleSizes();
  console.log('Bundle (dist/explorer):');
  for (const { file, raw, gzip } of sizes) console.log(`  ${file.padEnd(12)} ${(raw / 1024).toFixed(1).padStart(7)} KiB raw  ${(gzip / 1024).toFixed(1).padStart(6)} KiB gzip`);
  const total = sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${'total'.padEnd(12)} ${(total.raw / 1024).toFixed(1).padStart(7)} KiB raw  ${(total.gzip / 1024).toFixed(1).padStart(6)} KiB gzip`);

  const browser = await startChromium({ width: 1280, height: 780 });
  try {
    const link: number[] = [];
    const search: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const [times, measure] of [[link, (page: Page) => viaLink(page, hash)], [search, viaSearch]] as const) {
        const page = await browser.context.newPage();
        times.push(await measure(page));
        await page.close();
      }
    }
    const show = (values: number[]) => `median ${median(values).toFixed(0)} ms (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`;
    console.log(`First drawn graph, ${ids.length} nodes (Grindsted and its neighbours), from navigation start:`);
    console.log(`  shared link: ${show(link)}`);
    console.log(`  search "Grindsted", first hit: ${show(search)}`);
    if (screenshot) {
      const page = await browser.context.newPage();
      await page.goto(`${url}/explorer#${pictureHash}`);
      await firstGraphMs(page);
      await page.waitForFunction(() => document.querySelector('#details .edge-panel') !== null);
      await page.waitForTimeout(400); // the fit animation
      await page.screenshot({ path: screenshot });
      console.log(`Screenshot: ${screenshot}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
