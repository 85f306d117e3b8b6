import { describeInBrowser, useExplorerInChromium } from '../support/explorer-e2e';
import { type ExplorerPage } from './explorer-page';

// "Vis i rapporten" in Chromium on the real data: from a link to its highlighted passage and back.
// What the page shows is compared with what the public API answers.
describeInBrowser('the report behind a link, in Chromium', () => {
  const session = useExplorerInChromium();
  const { api } = session;
  let explorer: ExplorerPage;
  beforeEach(() => {
    explorer = session.explorer;
  });


  it('when "Vis i rapporten" is pressed on a link, then its quote is highlighted in the passage with page and lines, the other links are listed, and "Tilbage" returns to the graph', async () => {
    const ids = ['initiative:grindsted-retailpark', 'town:grindsted'];
    const edge = (await api(`{ subgraph(ids: ${JSON.stringify(ids)}) { edges { id evidence { id quote page firstLine passage { id marks { evidenceId links { type } } } } } } }`)).subgraph.edges[0];
    await explorer.open(`#nodes=${ids.join(',')}`);
    await explorer.waitForNodes(2);
    const point = await explorer.pointOf(edge.id);
    await explorer.page.mouse.click(point.x, point.y);
    await explorer.waitForSelected(edge.id);
    await explorer.page.locator('#details .edge-panel button.report-button').click();
    const view = explorer.page.locator('#report-view');
    await view.locator('.report-context mark.focus').waitFor();
    const where = await view.locator('.report-where').textContent();
    expect(where).toContain(`Side ${edge.evidence.page}`);
    expect(where).toContain(`linje ${edge.evidence.firstLine}`);
    // the highlighted span is the quote as printed (whitespace aside)
    const focus = await view.locator('.report-context mark.focus').textContent();
    expect(focus!.replace(/\s+/g, ' ')).toBe(edge.evidence.quote);
    // the lines before and after the quote are shown around it
    expect((await view.locator('.report-context .context').first().textContent())!.length).toBeGreaterThan(0);
    // in the whole passage, the same quote is the focus
    expect((await view.locator('.report-passage mark.focus').allTextContents()).join('').replace(/\s+/g, ' ')).toBe(edge.evidence.quote);
    const otherLinks = edge.evidence.passage.marks
      .filter((m: { evidenceId: string }) => m.evidenceId !== edge.evidence.id)
      .flatMap((m: { links: unknown[] }) => m.links).length;
    expect(await view.locator('.report-links li').count()).toBe(otherLinks);
    await explorer.screenshot('report-passage');
    await view.locator('button.report-close').click();
    await view.waitFor({ state: 'hidden' });
    expect((await explorer.graphState()).selected).toBe(edge.id);
  });

  it('when an initiative is selected, then its panel shows its passage with every quote behind its links marked', async () => {
    const passage = (await api('{ initiative(id: "grindsted-retailpark") { passages { marks { links { type } } } } }')).initiative.passages[0];
    const linked = passage.marks.filter((m: { links: unknown[] }) => m.links.length > 0).length;
    await explorer.open('#nodes=initiative:grindsted-retailpark');
    await explorer.waitForNodes(1);
    await explorer.selectInList('initiative:grindsted-retailpark');
    const section = explorer.page.locator('#details .initiative-passage');
    await section.locator('mark').first().waitFor();
    expect(await section.locator('p.hint').textContent()).toContain(`${linked} citater bag links`);
    expect(await section.locator('mark.linked').count()).toBeGreaterThanOrEqual(linked);
    await explorer.screenshot('initiative-passage');
  });
});
