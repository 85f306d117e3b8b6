import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { describeInBrowser, useExplorerInChromium } from '../support/explorer-e2e';
import { elements, parseXml } from '../graph/export/parse-export';
import { readText, type ExplorerPage } from './explorer-page';

// The explorer in Debian's Chromium, against the service on the real dataset (seed/). What the
// page shows is compared with what the public API answers, so no count is written in here twice.

describeInBrowser('graph explorer in Chromium, on the real data', () => {
  const session = useExplorerInChromium();
  const { api } = session;
  let explorer: ExplorerPage;
  beforeEach(() => {
    explorer = session.explorer;
  });

  it('when "Grindsted" is searched and the first hit chosen, then the town and all its neighbours are drawn and the URL holds them', async () => {
    const around = (await api('{ neighborhood(id: "town:grindsted", depth: 1, limit: 1000) { nodes { id } edges { id } } }')).neighborhood;
    await explorer.open();
    await explorer.page.fill('#search-input', 'Grindsted');
    await explorer.page.press('#search-input', 'Enter');
    const firstHit = explorer.page.locator('#search-results button.hit-main').first();
    await firstHit.waitFor();
    expect(await firstHit.getAttribute('data-id')).toBe('town:grindsted');
    await firstHit.click();
    await explorer.waitForSelected('town:grindsted');
    await explorer.waitForNodes(around.nodes.length);
    expect(await explorer.graphState()).toMatchObject({ nodes: around.nodes.length, edges: around.edges.length, selected: 'town:grindsted' });
    await explorer.page.locator('#details h2', { hasText: 'Grindsted' }).waitFor();
    expect(await explorer.page.locator('#list-nodes-table tbody tr').count()).toBe(around.nodes.length);
    expect(await explorer.viewUrl()).toContain('nodes=town:grindsted,');
    await explorer.screenshot('search-grindsted');
  });

  it('when a node is double-clicked, collapsed, undone and expanded from the panel, then its neighbours come and go as counted beforehand', async () => {
    const counts = (await api('{ neighborCounts(ids: ["town:grindsted", "initiative:attraktive-bymidter"]) { id total } }')).neighborCounts;
    const [town, initiative] = counts.map((row: { total: number }) => row.total);
    await explorer.open('#nodes=town:grindsted');
    await explorer.waitForNodes(1);
    // the list view tells beforehand how many neighbours wait behind the node
    expect(await explorer.page.textContent('#list-nodes-table tr[data-id="town:grindsted"] td:nth-of-type(2)')).toBe(String(town));
    await explorer.doubleClickNode('town:grindsted');
    await explorer.waitForNodes(1 + town);

    // keyboard: C collapses what hangs on the selected node alone, Ctrl+Z brings it back
    await explorer.page.focus('#graph');
    await explorer.page.keyboard.press('c');
    await explorer.waitForNodes(1);
    await explorer.page.keyboard.press('Control+z');
    await explorer.waitForNodes(1 + town);
    // the arrow keys walk from node to node
    expect((await explorer.graphState()).selected).toBe('town:grindsted');
    await explorer.page.keyboard.press('ArrowRight');
    await explorer.waitForSelectionAway('town:grindsted');

    await explorer.selectInList('initiative:attraktive-bymidter');
    const expandAll = explorer.page.locator('#details button', { hasText: 'Fold alle ud' });
    // what is drawn already (Grindsted and its neighbours) does not wait behind the initiative
    const idsAround = async (id: string): Promise<string[]> =>
      (await api(`{ neighborhood(id: "${id}", depth: 1, limit: 1000) { nodes { id } } }`)).neighborhood.nodes.map((node: { id: string }) => node.id);
    const drawn = new Set(await idsAround('town:grindsted'));
    const aroundInitiative = await idsAround('initiative:attraktive-bymidter');
    expect(aroundInitiative).toHaveLength(initiative + 1);
    const waiting = aroundInitiative.filter((id) => !drawn.has(id)).length;
    expect(await expandAll.textContent()).toBe(`Fold alle ud (+${waiting})`);
    await expandAll.click();
    await explorer.waitForNodes(1 + town + waiting);
    await explorer.screenshot('expand-node');
    await explorer.page.locator('#details button[data-action="remove"]').click();
    await explorer.waitForNodes(town + waiting);
    await explorer.page.click('#undo');
    await explorer.waitForNodes(1 + town + waiting);
  });

  it('when a link is clicked on the canvas, then the panel shows its page, quote, basis and why it was inferred', async () => {
    const edge = (await api('{ subgraph(ids: ["initiative:et-fritidsjob-til-forskel", "theme:rettidig-velfaerd"]) { edges { id evidence { page quote basis rationale } } } }'))
      .subgraph.edges[0];
    expect(edge.evidence.basis).toBe('INFERRED');
    await explorer.open('#nodes=initiative:et-fritidsjob-til-forskel,theme:rettidig-velfaerd');
    await explorer.waitForNodes(2);
    const point = await explorer.pointOf(edge.id);
    await explorer.page.mouse.click(point.x, point.y);
    await explorer.waitForSelected(edge.id);
    const panel = explorer.page.locator('#details .edge-panel');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain(`Side ${edge.evidence.page}`);
    expect(text).toContain(`“${edge.evidence.quote}”`);
    expect(text).toContain('udledt af os');
    expect(text).toContain(edge.evidence.rationale);
    await explorer.screenshot('edge-evidence');
  });

  it('when two nodes are picked, then the shortest connection is drawn, highlighted and explained link by link', async () => {
    const paths = (await api('{ connection(from: "organisation:kirkbi", to: "organisation:region-syddanmark", maxHops: 6) { length nodes { id } } }')).connection;
    await explorer.open('#nodes=organisation:kirkbi,organisation:region-syddanmark');
    await explorer.waitForNodes(2);
    await explorer.selectInList('organisation:kirkbi');
    await explorer.page.locator('#details button', { hasText: 'Sti herfra' }).click();
    await explorer.selectInList('organisation:region-syddanmark');
    await explorer.page.locator('#details button', { hasText: 'Sti hertil' }).click();
    await explorer.waitForPath();
    const state = await explorer.graphState();
    expect(state.path).toBe(paths[0].nodes.map((node: { id: string }) => node.id).join(' '));
    expect(state.nodes).toBe(paths[0].nodes.length);
    expect(await explorer.page.textContent('.path-panel h2')).toBe(`Korteste forbindelse: ${paths[0].length} led`);
    expect(await explorer.page.locator('.path-panel blockquote').count()).toBe(paths[0].length);
    expect(await explorer.viewUrl()).toContain('path=organisation:kirkbi,organisation:region-syddanmark');
    await explorer.screenshot('shortest-path');
  });

  it('when the coverage view is opened and a cell chosen, then the heat map matches the API and the cell opens its initiatives', async () => {
    const coverage = (await api('{ coverage(rows: THEME, columns: TOWN) { cells { row column count initiativeIds } } }')).coverage;
    const cell = coverage.cells.find((c: { row: string; column: string }) => c.row === 'theme:staerke-byer' && c.column === 'town:grindsted');
    await explorer.open();
    await explorer.page.click('#view-coverage');
    const buttons = explorer.page.locator('#coverage-table td button[data-row^="theme:"][data-column^="town:"]');
    await buttons.first().waitFor();
    expect(await buttons.count()).toBe(coverage.cells.length);
    // the margins: initiatives with no town, with no theme, and the totals
    expect(await explorer.page.textContent('#coverage-table thead')).toContain('ingen by');
    expect(await explorer.page.textContent('#coverage-table tbody')).toContain('intet tema');
    expect(await explorer.page.textContent('#coverage-table button[data-row="total"][data-column="total"]')).toBe(String((await api('{ initiatives { id } }')).initiatives.length));
    const button = explorer.page.locator('#coverage-table button[data-row="theme:staerke-byer"][data-column="town:grindsted"]');
    expect(await button.textContent()).toBe(String(cell.count));
    expect(await explorer.viewUrl()).toContain('view=coverage');
    await explorer.screenshot('coverage-heatmap');
    await button.click();
    await explorer.waitForNodes(cell.count + 2);
    expect(await explorer.page.isHidden('#coverage')).toBe(true);
    const drawn = await explorer.page.$$eval('#list-nodes-table tbody tr', (rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(['theme:staerke-byer', 'town:grindsted', ...cell.initiativeIds].sort());
    await explorer.screenshot('coverage-cell-opened');
  });

  it('when the view is exported, then two CSV files for Danish Excel list its nodes and its links with their evidence, GraphML and GEXF (read back by an XML parser, positions as drawn) hold the same, and the PNG is a picture', async () => {
    const graph = (await api('{ subgraph(ids: ["town:grindsted", "initiative:attraktive-bymidter", "organisation:kirkbi"]) { nodes { id } edges { id evidence { page quote } } } }')).subgraph;
    await explorer.open('?nodes=town:grindsted,initiative:attraktive-bymidter,organisation:kirkbi');
    await explorer.waitForNodes(3);
    const downloads: Download[] = [];
    const both = new Promise<void>((resolve) => {
      explorer.page.on('download', (d) => {
        if (downloads.push(d) === 2) resolve();
      });
    });
    await explorer.page.click('#export-csv');
    await both;
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(['fremtidens-legeplads-knuder.csv', 'fremtidens-legeplads-forbindelser.csv']);
    const [nodeFile, linkFile] = await Promise.all(downloads.map(async (d) => readText((await d.path()))));
    expect(nodeFile.startsWith('\uFEFF')).toBe(true);
    const nodeLines = nodeFile.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(nodeLines[0]).toBe('id;type;navn;år;forbindelser i alt');
    expect(nodeLines.slice(1).map((line) => line.split(';')[0]).sort()).toEqual(graph.nodes.map((n: { id: string }) => n.id).sort());
    const linkLines = linkFile.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(linkLines[0]).toBe('id;fra id;fra;forbindelse;til id;til;side;grundlag;citat;begrundelse;hændelse');
    expect(linkLines).toHaveLength(graph.edges.length + 1);
    for (const edge of graph.edges) {
      const line = linkLines.find((l) => l.startsWith(`${edge.id};`));
      expect(line).toContain(`;${edge.evidence.page};`);
      expect(line).toMatch(/;(står i rapporten|udledt af os);/);
      expect(line).toContain(edge.evidence.quote.replace(/"/g, '""'));
    }
    await explorer.screenshot('export-csv');

    const [graphml] = await Promise.all([explorer.page.waitForEvent('download'), explorer.page.click('#export-graphml')]);
    const xml = readText((await graphml.path()));
    expect(xml.match(/<node /g)).toHaveLength(graph.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(graph.edges.length);

    // GEXF for Gephi, read back by a real XML parser: the same nodes and links, placed as drawn
    const [gexf] = await Promise.all([explorer.page.waitForEvent('download'), explorer.page.click('#export-gexf')]);
    expect(gexf.suggestedFilename()).toBe('fremtidens-legeplads-graph.gexf');
    const document = parseXml(readText((await gexf.path())));
    expect(document.documentElement!.namespaceURI).toBe('http://gexf.net/1.3');
    expect(elements(document, 'node').map((n) => n.getAttribute('id')).sort()).toEqual(graph.nodes.map((n: { id: string }) => n.id).sort());
    expect(elements(document, 'edge').map((e) => e.getAttribute('id')).sort()).toEqual(graph.edges.map((e: { id: string }) => e.id).sort());
    const drawn: Record<string, { x: number; y: number }> = await explorer.page.evaluate(() => (globalThis as any).__explorer.positions());
    for (const node of elements(document, 'node')) {
      const position = node.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position')[0];
      const at = drawn[node.getAttribute('id')!];
      expect(Number(position.getAttribute('x'))).toBeCloseTo(at.x, 0);
      expect(Number(position.getAttribute('y'))).toBeCloseTo(-at.y, 0);
    }

    const [picture] = await Promise.all([explorer.page.waitForEvent('download'), explorer.page.click('#export-png')]);
    expect(picture.suggestedFilename()).toBe('fremtidens-legeplads-graph.png');
    const png = readFileSync((await picture.path()));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // title, legend and source line below and above the drawing: wider than 900 px at scale 2
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1800);
    expect(png.length).toBeGreaterThan(5_000);
  });

  it('when a shared link is opened twice, then it draws the same picture both times', async () => {
    const hash = '#nodes=town:grindsted,initiative:attraktive-bymidter,theme:staerke-byer,town:billund,organisation:kirkbi';
    const ids = ['town:grindsted', 'organisation:kirkbi', 'town:billund'];
    const pictures: { x: number; y: number }[][] = [];
    for (let time = 0; time < 2; time++) {
      await explorer.open(hash);
      await explorer.waitForNodes(5);
      pictures.push(await Promise.all(ids.map((id) => explorer.pointOf(id))));
      await explorer.page.goto('about:blank');
    }
    expect(pictures[1]).toEqual(pictures[0]);
  });

  it('when a shared link names an unknown id, then a clear message names it and the rest is drawn', async () => {
    await explorer.open('#nodes=town:grindsted,initiative:no-such-thing&years=1800-1700&theme=theme:no-such-theme');
    await explorer.waitForNodes(1);
    const alert = await explorer.alertText();
    expect(alert).toContain('»years« i linket skal se ud som 2022-2025, men er »1800-1700«');
    expect(alert).toContain('der er intet tema »theme:no-such-theme«, så alle temaer vises');
    expect(alert).toContain('“initiative:no-such-thing”');
    await explorer.screenshot('unknown-id');
  });

  it('when the ready views and filters are used, then partners, the top-down chain and the year fading follow the data', async () => {
    const partners = (await api('{ partners(minInitiatives: 2, first: 100) { edges { node { partner { id } initiatives { node { id } } } } } }')).partners.edges;
    const partnerView = new Set(partners.flatMap((e: any) => [e.node.partner.id, ...e.node.initiatives.map((i: any) => i.node.id)]));
    await explorer.open();
    await explorer.page.fill('#partners-min', '2');
    await explorer.page.click('#view-partners button');
    await explorer.waitForNodes(partnerView.size);

    const trace = (await api('{ trace(themeId: "theme:rettidig-velfaerd") { themes { initiatives { initiative { id } results { node { id } } } } } }')).trace;
    const chain = 2 + trace.themes[0].initiatives.reduce((sum: number, i: any) => sum + 1 + i.results.length, 0);
    await explorer.page.selectOption('#trace-theme', 'theme:rettidig-velfaerd');
    await explorer.page.click('#view-trace button');
    await explorer.waitForNodes(chain);
    expect(await explorer.page.inputValue('#layout')).toBe('topdown');

    // hiding results leaves strategy, theme and initiatives; the year slider then fades, never hides
    await explorer.page.locator('#kind-filter input[data-kind="Result"]').uncheck();
    await explorer.waitForNodes(chain - trace.themes[0].initiatives.reduce((sum: number, i: any) => sum + i.results.length, 0));
    await explorer.page.locator('#year-to').focus();
    await explorer.page.keyboard.press('Home');
    expect(await explorer.page.locator('#list-nodes-table tr.faded').count()).toBeGreaterThan(0);
    expect(await explorer.viewUrl()).toMatch(/hide=Result&.*years=\d{4}-\d{4}&layout=topdown/);
    await explorer.screenshot('trace-topdown-filtered');
  });
});
