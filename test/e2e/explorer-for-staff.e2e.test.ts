import { get } from 'node:http';
import { describeInBrowser, useExplorerInChromium } from '../support/explorer-e2e';
import { ExplorerPage } from './explorer-page';

// The explorer as Billund Kommune's own staff use it (issue 12): in Danish, from a cold start, on
// big views and on a phone. Counts and paths come from the public API, never written in here.

declare const document: any;
declare const window: any;
declare const location: any;

type Box = { id: string; x1: number; y1: number; x2: number; y2: number };
const overlapping = (boxes: Box[]) => {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      // half a pixel of tolerance for anti-aliased edges
      if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5) pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
};

type P = { x: number; y: number };
const cross = (a: P, b: P, c: P, d: P) => {
  const turn = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return turn(a, b, c) * turn(a, b, d) < 0 && turn(c, d, a) * turn(c, d, b) < 0;
};

describeInBrowser('graph explorer for the municipality’s staff, in Chromium on the real data', () => {
  // a running service has answered its first questions long before a user comes: warm the
  // fresh database with the explorer's start-up query, so the first test is not the one that pays
  const session = useExplorerInChromium({
    warm: async (api) => {
      const started = Date.now();
      while (Date.now() - started < 60_000) {
        if (await api('{ initiatives { id label years { node { value } } themes { node { id } } towns { node { id } } committees { node { id } } } }').then(() => true, () => false)) break;
      }
    },
  });
  const { api } = session;
  let explorer: ExplorerPage;
  beforeEach(() => {
    explorer = session.explorer;
  });

  const search = async (text: string) => {
    await explorer.page.fill('#search-input', text);
    await explorer.page.press('#search-input', 'Enter');
    const first = explorer.page.locator('#search-results li.search-hit').first();
    await first.waitFor();
    return first;
  };

  it('when the page opens on nothing, then it says what this is and offers the three themes and the towns with a profile as starting points', async () => {
    const data = await api('{ themes { id label } towns { id label profile { page } } totals { kind count } }');
    await explorer.open();
    const intro = await explorer.page.textContent('#empty-hint');
    const initiatives = data.totals.find((t: { kind: string }) => t.kind === 'INITIATIVE').count;
    for (const words of ['Billund Kommune', 'Fra vision til virkelighed', `${initiatives} initiativer`, '2022–2025']) expect(intro).toContain(words);
    const buttons = async (host: string) => explorer.page.$$eval(`${host} button`, (list: any[]) => list.map((b) => b.textContent as string));
    expect(await buttons('#start-themes')).toEqual(data.themes.map((t: { label: string }) => t.label));
    const profiled = data.towns.filter((t: { profile: unknown }) => t.profile);
    expect(profiled.length).toBe(7);
    expect((await buttons('#start-towns')).sort()).toEqual(profiled.map((t: { label: string }) => t.label).sort());
    await explorer.screenshot('staff-first-screen');
    await explorer.page.locator('#start-towns button', { hasText: profiled[0].label }).click();
    await explorer.page.waitForFunction(() => Number(document.getElementById('graph')?.dataset.nodes) > 1);
    expect(await explorer.page.isHidden('#empty-hint')).toBe(true);
    expect(await explorer.viewUrl()).toContain(profiled[0].id);
  });

  it('when a node of each kind is selected, then a light ring and a dark halo appear around it, whatever its colour', async () => {
    const around = await api('{ neighborhood(id: "strategy:fremtidens-legeplads", depth: 1) { nodes { id __typename } } indicators { id } }');
    const recommendation = around.neighborhood.nodes.find((n: { __typename: string }) => n.__typename === 'Recommendation')?.id;
    const ids = ['strategy:fremtidens-legeplads', 'theme:staerke-byer', 'initiative:klimaplan', 'result:klimaplan-1', 'town:grindsted', 'organisation:kirkbi',
      'unit:jobcentret', 'committee:kommunalbestyrelsen', 'year:2023', around.indicators[0].id, ...(recommendation ? [recommendation] : [])];
    await explorer.open(`?nodes=${ids.join(',')}`);
    await explorer.waitForNodes(ids.length);
    await explorer.settled();
    /** The pixels of a square around a node, as [r, g, b] per pixel, decoded by the browser from a screenshot. */
    const square = async (png: Buffer, at: P, half: number): Promise<number[][]> =>
      explorer.page.evaluate(async ({ data, x, y, half }) => {
        const image = new window.Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(Math.round(x - half), Math.round(y - half), 2 * half, 2 * half).data;
        const out: number[][] = [];
        for (let i = 0; i < pixels.length; i += 4) out.push([pixels[i], pixels[i + 1], pixels[i + 2]]);
        return out;
      }, { data: png.toString('base64'), x: at.x, y: at.y, half });
    const before = await explorer.page.screenshot();
    const unseen: string[] = [];
    for (const id of ids) {
      await explorer.selectInList(id);
      // the list lies below the canvas: back to the top, where the "before" picture was taken
      await explorer.page.evaluate(() => window.scrollTo(0, 0));
      await explorer.settled();
      const after = await explorer.page.screenshot();
      const at = await explorer.pointOf(id);
      const [was, is] = [await square(before, at, 24), await square(after, at, 24)];
      const changed = is.filter((pixel, i) => pixel.some((value, c) => Math.abs(value - was[i][c]) > 60));
      const light = changed.filter((pixel) => pixel.every((value) => value > 215)).length;
      const dark = changed.filter((pixel) => pixel.every((value) => value < 50)).length;
      // the ring is light on a dark node and the halo dark on the white canvas: both must show
      if (light < 30 || dark < 30) unseen.push(`${id}: ${light} light, ${dark} dark pixels changed`);
      if (id === 'initiative:klimaplan') await explorer.screenshot('staff-selection-ring');
    }
    expect(unseen).toEqual([]);
  });

  it('when the page\'s assets are fetched, then they come compressed with an ETag, and the bundle is under 200 KB compressed', async () => {
    for (const [encoding, expected] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      // node:http, not fetch: fetch would decompress the body and hide the size on the wire
      const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(`${session.app.url}/explorer/app.js`, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
      expect(headers['content-encoding']).toBe(expected);
      expect(headers.etag).toMatch(/^"/);
      expect(body.length).toBeLessThan(200_000);
    }
  });

  it('when KIRKBI is searched from a cold start, marked "Sti herfra", and Region Syddanmark searched and added, then the first end survives and the shortest path is drawn', async () => {
    const paths = (await api('{ connection(from: "organisation:kirkbi", to: "organisation:region-syddanmark", maxHops: 6) { length nodes { id } edges { type } } }')).connection;
    await explorer.open();
    const kirkbi = await search('KIRKBI');
    expect(await kirkbi.locator('button.hit-main').getAttribute('data-id')).toBe('organisation:kirkbi');
    await kirkbi.locator('button.hit-main').click();
    await explorer.waitForSelected('organisation:kirkbi');
    await explorer.idle();
    await explorer.page.locator('#details button[data-action="path-from"]').click();
    expect((await explorer.graphState()).pathStart).toBe('organisation:kirkbi');
    const before = (await explorer.graphState()).nodes;

    const region = await search('Region Syd');
    expect(await region.locator('button.hit-add').getAttribute('data-id')).toBe('organisation:region-syddanmark');
    await region.locator('button.hit-add').click();
    await explorer.waitForSelected('organisation:region-syddanmark');
    await explorer.idle();
    // added, not replaced: everything drawn stays, the first end too, and the status says so
    expect(await explorer.graphState()).toMatchObject({ nodes: before + 1, pathStart: 'organisation:kirkbi' });
    expect(await explorer.page.textContent('#status')).toContain('Region Syddanmark er føjet til grafen.');
    expect(await explorer.page.isHidden('#search-results')).toBe(true);
    expect(await explorer.page.evaluate(() => document.activeElement?.id)).toBe('graph');
    await explorer.page.locator('#details .path-start', { hasText: 'KIRKBI' }).waitFor();
    const pathTo = explorer.page.locator('#details button[data-action="path-to"]');
    expect(await pathTo.isEnabled()).toBe(true);
    await pathTo.click();
    await explorer.waitForPath();
    expect((await explorer.graphState()).path).toBe(paths[0].nodes.map((node: { id: string }) => node.id).join(' '));
    expect(await explorer.page.textContent('.path-panel h2')).toBe(`Korteste forbindelse: ${paths[0].length} led`);
    if (paths.length > 1) {
      expect(await explorer.page.textContent('.path-panel .path-count')).toContain(`1 af ${paths.length}`);
      await explorer.page.click('.path-panel button[data-action="path-next"]');
      await explorer.page.waitForFunction((ids) => document.getElementById('graph')?.dataset.path === ids, paths[1].nodes.map((n: { id: string }) => n.id).join(' '));
    }
    // leaving out a kind of link keeps only the paths without it
    const usesMentions = (p: any) => p.edges.some((e: { type: string }) => e.type === 'MENTIONS');
    const without = paths.filter((p: any) => !usesMentions(p));
    if (paths.some(usesMentions) && without.length > 0) {
      await explorer.page.check('.path-exclude input[data-type="MENTIONS"]');
      await explorer.page.waitForFunction((ids) => document.getElementById('graph')?.dataset.path === ids, without[0].nodes.map((n: { id: string }) => n.id).join(' '));
      await explorer.idle();
      expect(await explorer.page.textContent('.path-panel .path-count')).toContain(without.length > 1 ? `af ${without.length}` : 'eneste');
    }
    await explorer.screenshot('staff-path-kirkbi-region');
  });

  it('when a button cannot be used, then it is disabled and says why beside it', async () => {
    await explorer.open('?nodes=town:grindsted,organisation:kirkbi');
    await explorer.waitForNodes(2);
    await explorer.selectInList('town:grindsted');
    const pathTo = explorer.page.locator('#details button[data-action="path-to"]');
    await pathTo.waitFor();
    expect(await pathTo.isDisabled()).toBe(true);
    const reasonId = await pathTo.getAttribute('aria-describedby');
    const reason = explorer.page.locator(`#${reasonId}`);
    expect(await reason.isVisible()).toBe(true);
    expect(await reason.textContent()).toContain('Vælg først »Sti herfra«');
    // the same for a node that is itself the first end
    await explorer.page.locator('#details button[data-action="path-from"]').click();
    await explorer.page.locator('#details .why-not', { hasText: 'Stien begynder her' }).waitFor();
    // and a node whose every neighbour is drawn cannot expand: it says so
    const expand = explorer.page.locator('#details button[data-action="expand"]');
    expect(await expand.isEnabled()).toBe(true);
    await explorer.screenshot('staff-disabled-reason');
  });

  it('when the skip link is followed, then the list gets the focus and the view, the URL state and Undo stay', async () => {
    await explorer.open('?nodes=town:grindsted');
    await explorer.waitForNodes(1);
    await explorer.doubleClickNode('town:grindsted');
    await explorer.idle();
    const drawn = (await explorer.graphState()).nodes;
    expect(drawn).toBeGreaterThan(1);
    expect(await explorer.page.isEnabled('#undo')).toBe(true);
    const url = await explorer.viewUrl();
    // the skip link, focused (it then shows) and followed with Enter as a keyboard user does
    await explorer.page.focus('a.skip-link');
    expect(await explorer.page.isVisible('a.skip-link')).toBe(true);
    await explorer.page.keyboard.press('Enter');
    await explorer.page.waitForFunction(() => location.hash === '#list-view');
    // the hashchange the skip link caused has been handled (and would have cleared the view)
    await explorer.nextFrames();
    await explorer.idle();
    expect((await explorer.graphState()).nodes).toBe(drawn);
    expect(await explorer.page.isEnabled('#undo')).toBe(true);
    expect(await explorer.viewUrl()).toBe(`${url}#list-view`);
    expect(await explorer.page.locator('#list-nodes-table tbody tr').count()).toBe(drawn);
  });

  it('when the page is read in Danish and switched to English, then every text, link type and number is in that language and no raw code is shown', async () => {
    await explorer.open('?nodes=town:grindsted');
    await explorer.waitForNodes(1);
    await explorer.doubleClickNode('town:grindsted');
    await explorer.idle();
    await explorer.selectInList('initiative:attraktive-bymidter');
    await explorer.page.locator('#details .node-panel h3').first().waitFor();
    expect(await explorer.page.getAttribute('html', 'lang')).toBe('da');
    const text: string = await explorer.page.evaluate(() => document.body.innerText);
    const codes = /\b(SUPPORTS|IN_TOWN|WITH_PARTNER|MENTIONS|RUN_BY|DECIDED_BY|INVOLVES|IN_YEAR|ACHIEVED|RELATED_TO|HAS_THEME|BUILDS_ON|LOCATED_IN|PART_OF|STATED|INFERRED|DONE|ONGOING|PLANNED|NOT_FOUND)\b/;
    expect(text).not.toMatch(codes);
    expect(text).toContain('i byen');
    for (const danish of ['Søg', 'Fortryd', 'Kopiér link', 'Typer (signatur og filter)', 'Forbindelser', 'Listevisning', 'Naboer']) expect(text).toContain(danish);
    expect(text).not.toMatch(/\b(Search|Undo|Neighbours|Expand all|nodes and|links shown)\b/);
    await explorer.screenshot('staff-danish');

    await explorer.page.click('#lang-toggle');
    await explorer.page.waitForSelector('body[data-ready="true"]');
    await explorer.idle();
    expect(await explorer.viewUrl()).toContain('lang=en');
    expect(await explorer.page.getAttribute('html', 'lang')).toBe('en');
    expect((await explorer.graphState()).nodes).toBeGreaterThan(1);
    const english: string = await explorer.page.evaluate(() => document.body.innerText);
    expect(english).not.toMatch(codes);
    for (const word of ['Search', 'Undo', 'Copy link', 'in the town', 'List view']) expect(english).toContain(word);
    await explorer.page.click('#lang-toggle');
    await explorer.page.waitForSelector('body[data-ready="true"]');
    expect(await explorer.page.getAttribute('html', 'lang')).toBe('da');
    expect(await explorer.viewUrl()).not.toContain('lang=');
  });

  for (const theme of ['theme:rettidig-velfaerd', 'theme:staerke-byer', 'theme:voksevaerk-i-erhvervslivet']) {
    it(`when the chain of ${theme} is opened, then labels never overlap, more show when zoomed in, and no two links of the chain cross`, async () => {
      const trace = (await api('query($t: ID!) { trace(themeId: $t) { themes { initiatives { initiative { id } results { node { id } } } } } }', { t: theme })).trace;
      const initiatives = trace.themes[0].initiatives;
      const chainIds = new Set<string>([theme, ...initiatives.flatMap((i: any) => [i.initiative.id, ...i.results.map((r: any) => r.node.id)])]);
      await explorer.open();
      await explorer.page.click(`#start-themes button[data-theme="${theme}"]`);
      await explorer.waitForNodes(chainIds.size + 1);
      await explorer.settled();
      const boxes = await explorer.labelBoxes();
      expect(overlapping(boxes)).toEqual([]);
      expect(boxes.map((b) => b.id)).toContain(theme);
      expect(boxes.length).toBeGreaterThan(15);
      await explorer.screenshot(`staff-chain-${theme.replace('theme:', '')}`);

      // the tree's links (theme → initiative → result) never cross each other
      const points = new Map<string, P>(Object.entries(await explorer.page.evaluate((wanted: string[]) => Object.fromEntries(wanted.map((id) => [id, window.__explorer.clientPoint(id)])), [...chainIds])));
      const tree: [P, P][] = initiatives.flatMap((i: any) => [
        [points.get(theme)!, points.get(i.initiative.id)!],
        ...i.results.map((r: any) => [points.get(i.initiative.id)!, points.get(r.node.id)!]),
      ]);
      let crossings = 0;
      for (let a = 0; a < tree.length; a++) for (let b = a + 1; b < tree.length; b++) if (cross(...tree[a], ...tree[b])) crossings++;
      expect(crossings).toBe(0);

      // zooming in shows more labels, still without overlap
      await explorer.page.focus('#graph');
      for (let i = 0; i < 3; i++) await explorer.page.keyboard.press('+');
      await explorer.settled();
      const closer = await explorer.labelBoxes();
      expect(overlapping(closer)).toEqual([]);
      await explorer.screenshot(`staff-chain-${theme.replace('theme:', '')}-zoomed`);
    }, 120_000);
  }

  it('when the page is 390 px wide, then the graph has the width and the panels fold away and open from the header', async () => {
    await explorer.page.setViewportSize({ width: 390, height: 844 });
    await explorer.open();
    await explorer.page.click('#start-themes button[data-theme="theme:rettidig-velfaerd"]');
    await explorer.page.waitForFunction(() => Number(document.getElementById('graph')?.dataset.nodes) > 50);
    await explorer.idle();
    const graph = await explorer.page.locator('#graph').boundingBox();
    expect(graph!.width).toBeGreaterThanOrEqual(380);
    expect(graph!.height).toBeGreaterThanOrEqual(300);
    expect(await explorer.page.isVisible('#controls')).toBe(false);
    expect(await explorer.page.isVisible('#details')).toBe(false);
    // the toolbar is one row that scrolls sideways, so the header leaves the height to the graph
    const toolbar = await explorer.page.locator('.toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThan(50);
    expect(await explorer.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(overlapping(await explorer.labelBoxes())).toEqual([]);
    // the whole chain fits the phone's canvas
    const outside = await explorer.page.evaluate((box: { x: number; y: number; width: number; height: number }) => {
      const ids = [...document.querySelectorAll('#list-nodes-table tbody tr')].map((row: any) => row.dataset.id);
      return ids.filter((id: string) => {
        const p = window.__explorer.clientPoint(id);
        return !p || p.x < box.x || p.x > box.x + box.width || p.y < box.y || p.y > box.y + box.height;
      });
    }, graph!);
    expect(outside).toEqual([]);
    await explorer.screenshot('staff-phone-chain');
    await explorer.page.click('#toggle-controls');
    expect(await explorer.page.isVisible('#controls')).toBe(true);
    expect(await explorer.page.getAttribute('#toggle-controls', 'aria-expanded')).toBe('true');
    await explorer.screenshot('staff-phone-filters');
    await explorer.page.click('#toggle-details');
    expect(await explorer.page.isVisible('#controls')).toBe(false);
    expect(await explorer.page.isVisible('#details')).toBe(true);
    await explorer.page.click('#toggle-details');
    expect(await explorer.page.isVisible('#details')).toBe(false);
  });

  /** Where each drawn node stands on the screen, as a share of the picture's longer side from its top-left corner. */
  const relativePicture = async (page: ExplorerPage) => {
    const ids: string[] = await page.page.$$eval('#list-nodes-table tbody tr', (rows: any[]) => rows.map((row) => row.dataset.id as string));
    const points: Record<string, P> = await page.page.evaluate((wanted: string[]) => Object.fromEntries(wanted.map((id) => [id, window.__explorer.clientPoint(id)])), ids);
    const all = Object.values(points);
    const left = Math.min(...all.map((p) => p.x));
    const top = Math.min(...all.map((p) => p.y));
    const span = Math.max(...all.map((p) => p.x - left), ...all.map((p) => p.y - top));
    return new Map(Object.entries(points).map(([id, p]) => [id, { x: (p.x - left) / span, y: (p.y - top) / span }]));
  };
  const samePicture = (a: Map<string, P>, b: Map<string, P>) => {
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    // a hundredth of the picture: the link's grid is far finer, the screens' pixels are not
    const off = [...a].filter(([id, p]) => Math.hypot(p.x - b.get(id)!.x, p.y - b.get(id)!.y) > 0.01).map(([id]) => id);
    expect(off).toEqual([]);
  };

  it('when a fresh view\'s link is opened on a laptop and on a phone, then the nodes stand in the same places and the link holds no positions', async () => {
    const link = '?nodes=town:grindsted,initiative:attraktive-bymidter,theme:staerke-byer,town:billund,organisation:kirkbi,initiative:grindsted-retailpark';
    const layouts: Record<string, P>[] = [];
    for (const size of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
      await explorer.page.setViewportSize(size);
      await explorer.open(link);
      await explorer.waitForNodes(6);
      layouts.push(await explorer.page.evaluate(() => window.__explorer.positions()));
      expect(await explorer.viewUrl()).not.toContain('pos=');
    }
    expect(layouts[1]).toEqual(layouts[0]);
  });

  it('when a view is expanded and a node dragged at 1440 × 900 and its link copied, then at 800 × 600 and at 390 px the nodes stand in the same places relative to each other', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.url });
    await explorer.page.setViewportSize({ width: 1440, height: 900 });
    await explorer.open('?nodes=town:grindsted,organisation:kirkbi');
    await explorer.waitForNodes(2);
    // expanding places the new nodes beside Grindsted, where no fresh layout would put them
    await explorer.doubleClickNode('town:grindsted');
    await explorer.idle();
    const from = await explorer.pointOf('organisation:kirkbi');
    await explorer.page.mouse.move(from.x + 2, from.y + 2);
    await explorer.page.mouse.down();
    await explorer.page.mouse.move(from.x + 120, from.y - 90, { steps: 8 });
    await explorer.page.mouse.up();
    await explorer.page.waitForFunction(() => window.location.search.includes('pos='));
    await explorer.settled();
    const original = await relativePicture(explorer);
    expect(original.size).toBeGreaterThan(10);
    await explorer.screenshot('staff-shared-1440');
    await explorer.page.click('#copy-link');
    await explorer.page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Linket er kopieret'));
    const link: string = await explorer.page.evaluate(() => window.navigator.clipboard.readText());
    expect(link).toContain('pos=');

    for (const size of [{ width: 800, height: 600 }, { width: 390, height: 844 }]) {
      const other = new ExplorerPage(await session.browser.context.newPage(), session.app.url);
      await other.page.setViewportSize(size);
      await other.open(link.slice(link.indexOf('?')));
      await other.waitForNodes(original.size);
      await other.settled();
      samePicture(original, await relativePicture(other));
      // the arrangement came with the link: its own link carries it on unchanged
      expect(await other.viewUrl()).toContain('pos=');
      await other.screenshot(`staff-shared-${size.width}`);
      expect(other.pageErrors).toEqual([]);
      await other.page.close();
    }
  });

  it('when a link\'s positions do not fit its nodes, then it says so in Danish and lays the graph out afresh', async () => {
    await explorer.open('?nodes=town:grindsted,organisation:kirkbi&pos=2n.0000b');
    await explorer.waitForNodes(2);
    expect(await explorer.alertText()).toContain('Linkets placeringer passer ikke til dets knuder');
    expect(await explorer.viewUrl()).not.toContain('pos=');
  });

  it('when names are typed, then those beginning with the text come first, the list closes on Escape and on a click elsewhere', async () => {
    await explorer.open();
    await explorer.page.fill('#search-input', 'Grind');
    const first = explorer.page.locator('#search-results button.hit-main').first();
    await first.waitFor();
    expect(await first.getAttribute('data-id')).toBe('town:grindsted');
    await explorer.page.press('#search-input', 'Escape');
    expect(await explorer.page.isHidden('#search-results')).toBe(true);
    await explorer.page.fill('#search-input', 'udvalg');
    await explorer.page.locator('#search-results button.hit-main').first().waitFor();
    const kinds = await explorer.page.$$eval('#search-results button.hit-main .kind', (spans: any[]) => spans.slice(0, 4).map((span) => span.textContent));
    expect(kinds).toEqual(['udvalg', 'udvalg', 'udvalg', 'udvalg']);
    await explorer.page.mouse.click(700, 500);
    expect(await explorer.page.isHidden('#search-results')).toBe(true);
  });

  it('when a chain view is changed and its link copied, then the link names the chain and the change, and opens the same view', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.app.url });
    await explorer.open();
    await explorer.page.click('#start-themes button[data-theme="theme:staerke-byer"]');
    await explorer.page.waitForFunction(() => Number(document.getElementById('graph')?.dataset.nodes) > 50);
    await explorer.idle();
    await explorer.selectInList('initiative:klimaplan');
    await explorer.page.locator('#details button[data-action="remove"]').click();
    await explorer.idle();
    const drawn = (await explorer.graphState()).nodes;
    await explorer.page.click('#copy-link');
    await explorer.page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('Linket er kopieret'));
    const link: string = await explorer.page.evaluate(() => (window).navigator.clipboard.readText());
    expect(decodeURIComponent(link)).toContain('chain=theme:staerke-byer');
    expect(decodeURIComponent(link)).toContain('drop=initiative:klimaplan');
    // the ~200 ids are told as the chain; the removal makes it an arrangement of its own, whose
    // positions take five characters a node, so the picture comes along too
    const [withoutPositions, positions] = link.split('&pos=');
    expect(withoutPositions.length).toBeLessThan(200);
    expect(positions.length).toBeLessThan(5 * drawn + 10);
    const other = new ExplorerPage(await session.browser.context.newPage(), session.app.url);
    await other.page.setViewportSize({ width: 390, height: 844 });
    await other.open(link.slice(link.indexOf('?')));
    await other.waitForNodes(drawn);
    expect(await other.page.inputValue('#layout')).toBe('topdown');
    await other.page.close();
  });

  it('when town, committee and stated-only filters are set, then the legend and list counts follow them and the URL keeps them', async () => {
    await explorer.open('?nodes=town:grindsted');
    await explorer.waitForNodes(1);
    await explorer.doubleClickNode('town:grindsted');
    await explorer.idle();
    const all = await explorer.graphState();
    const inferred = Number(await explorer.page.textContent('#link-legend .count[data-basis="INFERRED"]'));
    await explorer.page.check('#stated-only');
    await explorer.page.waitForFunction((n) => Number(document.getElementById('graph')?.dataset.edges) === n, all.edges - inferred);
    expect(await explorer.page.textContent('#link-legend .count[data-basis="INFERRED"]')).toBe('0');
    expect(await explorer.page.locator('#list-edges-table tbody tr').count()).toBe(all.edges - inferred);
    expect(await explorer.viewUrl()).toContain('links=stated');

    const committee = (await api('{ committees { id initiatives { node { id } } } }')).committees.find((c: any) => c.initiatives.length > 0);
    await explorer.page.selectOption('#committee-filter', committee.id);
    const wanted = new Set(committee.initiatives.map((e: any) => e.node.id));
    const drawnInitiatives: string[] = await explorer.page.$$eval('#list-nodes-table tbody tr', (rows: any[]) => rows.map((row) => row.getAttribute('data-id')).filter((id: string) => id.startsWith('initiative:')));
    expect(drawnInitiatives.every((id) => wanted.has(id))).toBe(true);
    expect(await explorer.page.textContent('#kind-filter input[data-kind="Initiative"] ~ .count')).toBe(String(drawnInitiatives.length));
    expect(await explorer.viewUrl()).toContain(`committee=${committee.id}`);
    await explorer.page.selectOption('#town-filter', 'town:grindsted');
    expect(await explorer.viewUrl()).toContain('town=town:grindsted');
    await explorer.screenshot('staff-filters');
  });

  it('when the years are narrowed and reset, then undated initiatives are counted and the full range comes back', async () => {
    await explorer.open('?nodes=town:grindsted');
    await explorer.waitForNodes(1);
    await explorer.doubleClickNode('town:grindsted');
    await explorer.idle();
    expect(await explorer.page.isDisabled('#year-reset')).toBe(true);
    await explorer.page.locator('#year-to').focus();
    await explorer.page.keyboard.press('Home');
    expect(await explorer.page.isEnabled('#year-reset')).toBe(true);
    expect(await explorer.viewUrl()).toMatch(/years=\d{4}-\d{4}/);
    await explorer.page.click('#year-reset');
    expect(await explorer.viewUrl()).not.toContain('years=');
    expect(await explorer.page.locator('#list-nodes-table tr.faded').count()).toBe(0);
    expect(await explorer.page.textContent('#year-undated')).toMatch(/^(\d+ initiativer i visningen er uden år\.)?$/);
  });

  it('when the timeline is opened, then the years are those of the API and a mark opens its initiative in the graph', async () => {
    const years = (await api('{ timeline { year events { initiative { id } } } }')).timeline;
    await explorer.open();
    await explorer.page.click('#view-timeline');
    await explorer.page.locator('#timeline .timeline-year').first().waitFor();
    expect(await explorer.page.$$eval('#timeline .timeline-year', (sections: any[]) => sections.map((s) => Number(s.dataset.year)))).toEqual(years.map((y: any) => y.year));
    expect(await explorer.viewUrl()).toContain('view=timeline');
    await explorer.screenshot('staff-timeline');
    const first = years.find((y: any) => y.events.length > 0).events[0].initiative.id;
    await explorer.page.locator(`#timeline .mark[data-id="${first}"]`).first().click();
    await explorer.waitForSelected(first);
    expect(await explorer.page.isHidden('#timeline')).toBe(true);
  });

  it('when a theme and years are chosen with the timeline open, then its initiatives and results follow them, undated ones are said to be "uden år", and a reset brings all back', async () => {
    const theme = 'theme:staerke-byer';
    const data = await api('query($t: ID!) { timeline { year events { initiative { id } } results { id } } trace(themeId: $t) { themes { initiatives { initiative { id } results { node { id year } } } } } initiatives { id years { node { value } } } years { value } }', { t: theme });
    const members: { id: string; results: { id: string; year: number | null }[] }[] = data.trace.themes[0].initiatives.map((i: any) => ({ id: i.initiative.id, results: i.results.map((r: any) => r.node) }));
    const initiatives = new Set(members.map((m) => m.id));
    const results = new Set(members.flatMap((m) => m.results.map((r) => r.id)));
    await explorer.open('?view=timeline');
    await explorer.page.locator('#timeline .timeline-year').first().waitFor();
    const everyMark = await explorer.page.locator('#timeline .timeline-year .mark').count();
    // the year range is the data's, stepped over the data's years
    const years = data.years.map((y: { value: number }) => y.value);
    expect(await explorer.page.textContent('#year-output')).toBe(`${Math.min(...years)}–${Math.max(...years)}`);

    await explorer.page.selectOption('#theme-filter', theme);
    await explorer.page.locator('#timeline-filters', { hasText: 'Stærke Byer' }).waitFor();
    const marks = async () => explorer.page.$$eval('#timeline .timeline-year .mark', (buttons: any[]) => buttons.map((b) => ({ id: b.dataset.id as string, year: Number(b.closest('section').dataset.year) })));
    const themed = await marks();
    expect(themed.length).toBeGreaterThan(0);
    expect(themed.length).toBeLessThan(everyMark);
    expect(themed.filter((m) => !(m.id.startsWith('result:') ? results.has(m.id) : initiatives.has(m.id)))).toEqual([]);
    // results of the theme's initiatives are there too, each in its own year
    const datedResults = members.flatMap((m) => m.results).filter((r) => r.year !== null && data.timeline.some((y: any) => y.results.some((x: any) => x.id === r.id)));
    expect(themed.filter((m) => m.id.startsWith('result:')).map((m) => `${m.id}@${m.year}`).sort()).toEqual(datedResults.map((r) => `${r.id}@${r.year}`).sort());
    const undatedHere = members.filter((m) => data.initiatives.find((i: any) => i.id === m.id)?.years.length === 0).length;
    if (undatedHere > 0) expect(await explorer.page.textContent('#timeline .timeline-undated summary')).toMatch(new RegExp(`^Uden år: ${undatedHere} initiativ`));

    // narrowing the years from the keyboard leaves only the years inside the range
    await explorer.page.locator('#year-from').focus();
    await explorer.page.keyboard.press('End');
    const last = Math.max(...years);
    await explorer.page.waitForFunction((year) => [...document.querySelectorAll('#timeline .timeline-year')].every((s: any) => Number(s.dataset.year) === year), last);
    expect(await explorer.page.textContent('#timeline-filters')).toMatch(new RegExp(`år ${last}\\)`));
    await explorer.screenshot('staff-timeline-filtered');
    await explorer.page.click('#year-reset');
    await explorer.page.selectOption('#theme-filter', '');
    await explorer.page.waitForFunction((n) => document.querySelectorAll('#timeline .timeline-year .mark').length === n, everyMark);
    expect(await explorer.page.textContent('#timeline-filters')).toContain('Alle initiativer og resultater');
  });
});
