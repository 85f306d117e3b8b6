import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeInBrowser, useExplorerInChromium } from '../support/explorer-e2e';
import { screenshotDir, type ExplorerPage } from './explorer-page';

// The outline "Fra strategi til resultat" in Chromium, on the real data. Counts come from the
// public API's own resultsChain answer, so the page is checked against the service, not a copy.

declare const document: any;
declare const window: any;

interface ChainInitiative {
  initiative: { id: string; label: string };
  themeLink: { basis: string };
  gaps: string[];
  results: { result: { id: string; text: string; value: number | null; level: { value: string } | null }; gaps: string[] }[];
}

const THEMES = ['theme:rettidig-velfaerd', 'theme:staerke-byer', 'theme:voksevaerk-i-erhvervslivet'];

describeInBrowser('results outline "Fra strategi til resultat" in Chromium, on the real data', () => {
  // The first chain of a fresh database is the slow one (cold caches); on a loaded machine it can
  // pass the client's 15 s timeout. Ask it here, once more if need be, so that the tests measure the page.
  const session = useExplorerInChromium({
    viewport: { width: 1440, height: 900 },
    warm: async () => {
      for (const theme of THEMES) await chain(theme).catch(() => chain(theme));
    },
  });
  const { api } = session;
  let explorer: ExplorerPage;
  beforeEach(() => {
    explorer = session.explorer;
  });
  const chain = async (themeId: string, args = ''): Promise<ChainInitiative[]> =>
    (
      await api(`query($themeId: ID!) { resultsChain(themeId: $themeId${args}) { themes { initiatives {
        initiative { id label } themeLink { basis } gaps
        results { gaps result { id text value level { value } } } } } } }`, { themeId })
    ).resultsChain.themes[0].initiatives;
  const resultCount = (initiatives: ChainInitiative[]) => initiatives.reduce((sum, i) => sum + i.results.length, 0);

  /** Opens the outline of a theme from a link (its query holds theme and filters) and waits until its rows are drawn. */
  const openOutline = async (link: string) => {
    await explorer.open(link);
    await outlineReady();
  };
  /**
   * The rows are drawn. On a loaded machine the database may answer "busy, try again" (a
   * retryable error the page shows with a "Prøv igen" button): press it as a user would, twice at most.
   */
  const outlineReady = async () => {
    for (let attempt = 0; ; attempt++) {
      await explorer.page.waitForSelector('#results-outline[data-state="ready"], #results-outline[data-state="failed"]');
      if ((await explorer.page.getAttribute('#results-outline', 'data-state')) === 'ready') return;
      if (attempt === 2) throw new Error(`The outline did not load: ${await explorer.page.textContent('#ro-body')}`);
      await explorer.page.click('#ro-retry');
    }
  };
  const shown = async () =>
    explorer.page.$eval('#results-outline', (element: any) => ({ initiatives: Number(element.dataset.initiatives), results: Number(element.dataset.results) }));
  /** The outline's state is in the URL's query. */
  const query = async () => decodeURIComponent(await explorer.page.evaluate(() => window.location.search as string));
  const fitsTheWidth = () => explorer.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);


  it('when Rettidig Velfærd is opened from the ready views, then every initiative and result of the API is a row, with level badges and gaps, within the window width', async () => {
    const initiatives = await chain('theme:rettidig-velfaerd');
    await explorer.open();
    await explorer.page.selectOption('#trace-theme', 'theme:rettidig-velfaerd');
    await explorer.page.click('#view-results');
    await outlineReady();
    expect(await explorer.page.textContent('#ro-title')).toBe('Fra strategi til resultat: Rettidig Velfærd');
    expect(await shown()).toEqual({ initiatives: initiatives.length, results: resultCount(initiatives) });
    expect(initiatives.length + resultCount(initiatives)).toBeGreaterThan(150);
    expect(await explorer.page.locator('#ro-table tbody[data-initiative]').count()).toBe(initiatives.length);
    expect(await explorer.page.locator('#ro-table tr.ro-result').count()).toBe(resultCount(initiatives));
    expect(await query()).toBe('?view=results&theme=theme:rettidig-velfaerd');

    // Example 21: 66 fritidsjob, a leverance, its level our inference, and an inferred theme link
    const fritidsjob = explorer.page.locator('tbody[data-initiative="initiative:et-fritidsjob-til-forskel"]');
    const jobs = fritidsjob.locator('tr.ro-result', { hasText: '66 fritidsjob' });
    expect(await jobs.locator('.ro-level').textContent()).toBe('Leverance');
    expect(await jobs.locator('.ro-level').getAttribute('class')).toContain('ro-inferred');
    expect(await jobs.locator('.ro-cell-level').textContent()).toContain('udledt');
    expect(await jobs.locator('.ro-cell-figure').textContent()).toBe('66 fritidsjob (2024)');
    expect(await fritidsjob.locator('.ro-link').textContent()).toBe('Temakobling: udledt');

    // every level badge of the page is one the API gave, in the same number
    const perLevel = new Map<string, number>();
    for (const i of initiatives) for (const r of i.results) if (r.result.level) perLevel.set(r.result.level.value, (perLevel.get(r.result.level.value) ?? 0) + 1);
    for (const [level, count] of perLevel) expect(await explorer.page.locator(`#ro-table tr.ro-result[data-level="${level}"]`).count()).toBe(count);

    // an initiative the API says has no result carries the gap, in words
    const silent = initiatives.find((i) => i.gaps.includes('NO_RESULT'));
    expect(silent).toBeDefined();
    const silentGroup = explorer.page.locator(`tbody[data-initiative="${silent!.initiative.id}"]`);
    expect(await silentGroup.locator('.ro-gap[data-gap="NO_RESULT"]').textContent()).toBe('Intet resultat');
    // a result without a figure says so
    const bare = initiatives.flatMap((i) => i.results).find((r) => r.gaps.includes('NO_FIGURE'))!;
    expect(await explorer.page.locator(`tr[data-result="${bare.result.id}"] .ro-gap[data-gap="NO_FIGURE"]`).textContent()).toBe('Intet tal');

    expect(await fitsTheWidth()).toBe(true);
    await explorer.screenshot('results-outline-rettidig-velfaerd');
  });

  it('when a result is opened by keyboard, then its page, quote and basis show under it, and close again', async () => {
    await openOutline('?view=results&theme=theme:rettidig-velfaerd');
    const row = explorer.page.locator('tbody[data-initiative="initiative:et-fritidsjob-til-forskel"] tr.ro-result', { hasText: '66 fritidsjob' });
    const button = row.locator('button.ro-result-text');
    const evidenceId = (await button.getAttribute('aria-controls'))!;
    await button.focus();
    await explorer.page.keyboard.press('Enter');
    const evidence = explorer.page.locator(`[id="${evidenceId}"]`);
    await evidence.waitFor({ state: 'visible' });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const text = await evidence.textContent();
    expect(text).toContain('“hvoraf de ved udgangen af 2024 havde etableret 66 fritidsjob”');
    expect(text).toContain('Side 21');
    expect(text).toContain('udledt');
    expect(text).toContain('Begrundelse (niveau): Antal etablerede job er en leverance af indsatsen');
    // the picture of the opened row where it is, not of the page's top
    await row.scrollIntoViewIfNeeded();
    await explorer.page.screenshot({ path: path.join(screenshotDir, 'results-outline-evidence.png') });

    // Tab goes on to the next row's button in reading order; Space opens it as Enter did
    await explorer.page.keyboard.press('Tab');
    const next = await explorer.page.evaluate(() => document.activeElement?.className ?? '');
    expect(next).toContain('ro-result-text');
    await button.focus();
    await explorer.page.keyboard.press('Space');
    await evidence.waitFor({ state: 'hidden' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    // the theme link's evidence: inferred, with its reason
    const link = explorer.page.locator('tbody[data-initiative="initiative:et-fritidsjob-til-forskel"] button.ro-link');
    await link.focus();
    await explorer.page.keyboard.press('Enter');
    const linkText = await explorer.page.locator(`[id="${await link.getAttribute('aria-controls')}"]`).textContent();
    expect(linkText).toContain('udledt');
    expect(linkText).toContain('Begrundelse (temakobling):');
  });

  it('when filtered by level and support, then the rows, the counts and the URL follow, and the link opens the same again', async () => {
    const all = await chain('theme:rettidig-velfaerd');
    await openOutline('?view=results&theme=theme:rettidig-velfaerd');
    await explorer.page.locator('.ro-levels input[data-level="RESULTAT"]').check();
    await explorer.page.locator('.ro-levels input[data-level="VIRKNING"]').check();
    await explorer.page.selectOption('#ro-support', '1');
    const wanted = all
      .map((i) => i.results.filter((r) => ['RESULTAT', 'VIRKNING'].includes(r.result.level?.value ?? '')))
      .filter((results) => results.length > 0);
    // support is not in the narrow query above; the API's own filter answers for it
    const served = await chain('theme:rettidig-velfaerd', ', levels: [RESULTAT, VIRKNING], minSupport: 1');
    const servedResults = resultCount(served);
    expect(servedResults).toBeLessThanOrEqual(wanted.reduce((sum, results) => sum + results.length, 0));
    expect((await shown()).results).toBe(servedResults);
    expect(await explorer.page.locator('#ro-table tr.ro-result').count()).toBe(servedResults);
    const link = await query();
    expect(link).toBe('?view=results&theme=theme:rettidig-velfaerd&level=resultat,virkning&support=1');
    await explorer.page.goto('about:blank');
    await openOutline(link);
    expect((await shown()).results).toBe(servedResults);
    expect(await explorer.page.locator('.ro-levels input[data-level="VIRKNING"]').isChecked()).toBe(true);
    expect(await explorer.page.inputValue('#ro-support')).toBe('1');
  });

  it('when exported, then the CSV opens in Danish Excel: BOM, quoted semicolon-separated cells, CRLF, a row per result', async () => {
    const initiatives = await chain('theme:rettidig-velfaerd');
    await openOutline('?view=results&theme=theme:rettidig-velfaerd');
    const [download] = await Promise.all([explorer.page.waitForEvent('download'), explorer.page.click('#ro-export')]);
    expect(download.suggestedFilename()).toBe('fra-strategi-til-resultat-rettidig-velfaerd.csv');
    const bytes = readFileSync((await download.path()));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('"Tema";"Nr.";"Initiativ";"Temakobling";')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe('');
    const withoutResult = initiatives.filter((i) => i.results.length === 0).length;
    expect(lines).toHaveLength(1 + resultCount(initiatives) + withoutResult);
    const jobs = lines.find((line) => line.includes('"66 fritidsjob etableret'))!;
    expect(jobs).toContain('"Rettidig Velfærd";"21";"Et fritidsjob til forskel";"udledt";');
    expect(jobs).toContain(';"Leverance";"udledt";');
    expect(jobs).toContain(';"66";"fritidsjob";"2024";');
  });

  it('when each theme is opened at 1440 × 900, 390 px wide and for print, then it fits the width; the pictures are kept', async () => {
    for (const theme of THEMES) {
      const initiatives = await chain(theme);
      await openOutline(`?view=results&theme=${theme}`);
      expect(await shown()).toEqual({ initiatives: initiatives.length, results: resultCount(initiatives) });
      expect(await fitsTheWidth()).toBe(true);
      await explorer.screenshot(`results-outline-${theme.replace('theme:', '')}`);
    }
    // a whole theme on one tall picture, to judge how 150+ rows read
    await openOutline('?view=results&theme=theme:rettidig-velfaerd');
    await explorer.page.screenshot({ path: path.join(screenshotDir, 'results-outline-rettidig-velfaerd-full.png'), fullPage: true });

    await explorer.page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsTheWidth()).toBe(true);
    await explorer.screenshot('results-outline-390px');

    await explorer.page.setViewportSize({ width: 1440, height: 900 });
    await explorer.page.emulateMedia({ media: 'print' });
    expect(await explorer.page.isHidden('.ro-filters')).toBe(true);
    expect(await explorer.page.isHidden('header.top')).toBe(true);
    await explorer.page.screenshot({ path: path.join(screenshotDir, 'results-outline-print.png') });
    await explorer.page.pdf({ path: path.join(screenshotDir, 'results-outline-rettidig-velfaerd.pdf'), format: 'A4', preferCSSPageSize: true });
    await explorer.page.emulateMedia({ media: 'screen' });
  });

  it('when "Vis som graf" is chosen, then the same theme is drawn as the top-down chain and the URL is the graph’s again', async () => {
    const trace = (await api('{ trace(themeId: "theme:staerke-byer") { themes { initiatives { results { node { id } } } } } }')).trace;
    const nodes = 2 + trace.themes[0].initiatives.reduce((sum: number, i: any) => sum + 1 + i.results.length, 0);
    await openOutline('?view=results&theme=theme:staerke-byer');
    await explorer.page.click('#ro-graph');
    await explorer.waitForNodes(nodes);
    expect(await explorer.page.isHidden('#results-outline')).toBe(true);
    expect(await query()).not.toContain('view=results');
    expect(await explorer.viewUrl()).toContain('layout=topdown');
  });

  it('when a shared link names an unknown theme or filter, then the outline says so in Danish and shows the rest', async () => {
    await openOutline('?view=results&theme=theme:nope&level=virkning,effekt&support=7');
    const problem = await explorer.page.textContent('.ro-problems');
    expect(problem).toContain('ukendt niveau “effekt”');
    expect(problem).toContain('støtte skal være et tal fra 0 til 4, ikke “7”');
    expect(problem).toContain('Der er intet tema “theme:nope”');
    expect(await explorer.page.locator('.ro-levels input[data-level="VIRKNING"]').isChecked()).toBe(true);
  });
});
