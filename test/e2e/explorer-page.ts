import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { explorerDir, projectRoot } from '../../src/paths';

// The functions passed to page.evaluate run in the browser. The tests compile without the DOM
// library (it would leak browser globals into the Node code), so these few are declared here.
declare const document: any;
declare const window: any;
declare const location: any;

/** Screenshots of every scenario land here (git-ignored). */
export const screenshotDir = path.join(projectRoot, 'test-output', 'e2e');

export function requireBundle(): void {
  if (!existsSync(path.join(explorerDir, 'app.js'))) {
    throw new Error(`The explorer bundle is missing in ${explorerDir}: run \`npm run build\` first (npm test does).`);
  }
}

/**
 * One page of the explorer, and the states the tests wait for. The page publishes them on
 * #graph (data-nodes, data-edges, data-selected, data-path) and <body> (data-ready, data-busy).
 */
export class ExplorerPage {
  readonly pageErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    // fail a wait with Playwright's own message well before jest's 60 s test timeout
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url)) this.foreignRequests.push(url);
    });
  }

  /** Opens the explorer with a view: a query ("?nodes=…", as links are made now) or an old link's hash ("#nodes=…"). */
  async open(view = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}/explorer${view}`);
    await this.page.waitForSelector('body[data-ready]:not([data-ready=""])');
    const ready = await this.page.getAttribute('body', 'data-ready');
    if (ready !== 'true') throw new Error(`The explorer did not start: ${await this.alertText()}`);
    await this.idle();
  }

  /** Every queued action has finished. */
  async idle(): Promise<void> {
    await this.page.waitForFunction(() => document.body.dataset.busy !== 'true');
  }

  async graphState(): Promise<{ nodes: number; edges: number; selected: string; path: string; pathStart: string }> {
    return this.page.$eval('#graph', (element: any) => {
      const data = element.dataset;
      return { nodes: Number(data.nodes ?? 0), edges: Number(data.edges ?? 0), selected: data.selected ?? '', path: data.path ?? '', pathStart: data.pathStart ?? '' };
    });
  }

  /** Nothing queued, no viewport animation, the labels placed for what is drawn: a picture to measure. */
  async settled(): Promise<void> {
    await this.idle();
    await this.page.waitForFunction(() => window.__explorer.settled() === true);
  }

  /** Every task the page queued before now has run (two frames: the one queued and the one it paints). */
  async nextFrames(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))));
  }

  async waitForNodes(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.getElementById('graph')?.dataset.nodes === String(n), count);
    await this.idle();
  }

  async waitForSelected(id: string): Promise<void> {
    await this.page.waitForFunction((wanted) => document.getElementById('graph')?.dataset.selected === wanted, id);
  }

  /** Something other than `id` is selected. */
  async waitForSelectionAway(id: string): Promise<void> {
    await this.page.waitForFunction((from) => !['', from].includes(document.getElementById('graph')?.dataset.selected ?? ''), id);
  }

  async waitForPath(): Promise<void> {
    await this.page.waitForFunction(() => document.getElementById('graph')?.dataset.path !== '');
    await this.idle();
  }

  /** Where a node (or a link's middle) is drawn, in page coordinates. */
  async pointOf(id: string): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate((wanted) => window.__explorer.clientPoint(wanted) as { x: number; y: number } | null, id);
    if (!point) throw new Error(`${id} is not drawn`);
    return point;
  }

  /**
   * Double-clicks a node on the canvas. A hair off its centre: cytoscape 3.35's hit test misses
   * the exact centre of diamond, star and vee shapes (a point-in-polygon edge case).
   */
  async doubleClickNode(id: string): Promise<void> {
    const point = await this.pointOf(id);
    await this.page.mouse.dblclick(point.x + 2, point.y + 2);
  }

  /** Selects a node or link from the list view, as a keyboard or screen-reader user would. */
  async selectInList(id: string): Promise<void> {
    await this.page.locator(`#list-view tr[data-id="${id}"] button.link-button`).first().click();
    await this.waitForSelected(id);
  }

  async alertText(): Promise<string> {
    const visible = await this.page.isVisible('#alert');
    return visible ? ((await this.page.textContent('#alert-text')) ?? '') : '';
  }

  /** The view as the URL holds it (its query, and any hash), decoded. */
  async viewUrl(): Promise<string> {
    return decodeURIComponent(await this.page.evaluate(() => location.search + location.hash));
  }

  /** The label boxes drawn on the canvas, in page pixels. */
  async labelBoxes(): Promise<{ id: string; x1: number; y1: number; x2: number; y2: number }[]> {
    return this.page.evaluate(() => window.__explorer.labelBoxes());
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshotDir, { recursive: true });
    // the list view may have scrolled the page; the picture is of the explorer itself
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  }
}

export const readText = (file: string) => readFileSync(file, 'utf8');
