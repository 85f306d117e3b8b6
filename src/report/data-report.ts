// The data report (docs/data-report.md) as a pure function of the query rows of cypher/report/:
// no database here, so that the rendering can be tested from hand-made rows.

export interface LoadRow {
  fingerprint: string | null;
  loadedAt: string | null;
  nodes: number | null;
  relationships: number | null;
}

export interface LabelCountRow {
  label: string;
  count: number;
}

export interface RelationshipCountRow {
  type: string;
  count: number;
  stated: number;
  inferred: number;
}

export interface NoTownRow {
  number: number;
  title: string;
  units: string[];
  committees: string[];
  /** Towns whose name the title contains although no IN_TOWN link exists (worth a second look). */
  titleTowns: string[];
}

export interface NoPartnerRow {
  number: number;
  title: string;
  units: string[];
  mentions: string[];
}

export interface OrganisationRow {
  name: string;
  type: string | null;
  initiatives: number;
  numbers: number[];
}

export interface ThemeBasisRow {
  theme: string;
  stated: number;
  inferred: number;
}

export interface InferredThemeRow {
  number: number;
  title: string;
  theme: string;
  rationale: string | null;
}

export interface TownRow {
  name: string;
  initiatives: number;
}

export interface YearRow {
  year: number;
  initiatives: number;
  events: number;
}

/** Everything the report shows, one field per query of cypher/report/. */
export interface ReportData {
  load: LoadRow | null;
  labels: LabelCountRow[];
  relationships: RelationshipCountRow[];
  withoutTown: NoTownRow[];
  withoutPartner: NoPartnerRow[];
  partners: OrganisationRow[];
  notPartners: OrganisationRow[];
  themes: ThemeBasisRow[];
  inferredThemes: InferredThemeRow[];
  towns: TownRow[];
  years: YearRow[];
}

export interface RenderOptions {
  /** When the report was written (ISO string); left out of the text when absent. */
  generatedAt?: string;
}

/** Why an initiative has no town: the graph holds no IN_TOWN link, so the dataset names no town for it. */
export const NO_TOWN_EXPLANATION = 'municipality-wide or place not stated (no town named in the text)';

/** The no-town explanation, with a note when the title itself contains a town's name. */
export function explainNoTown(row: Pick<NoTownRow, 'titleTowns'>): string {
  if (row.titleTowns.length === 0) return NO_TOWN_EXPLANATION;
  const names = row.titleTowns.map((name) => `“${name}”`).join(', ');
  return `${NO_TOWN_EXPLANATION}; note: the title contains the town name ${names}`;
}

/** What else the graph links an initiative to: the units that run it and its committees. */
export function describeLinks(row: Pick<NoTownRow, 'units' | 'committees'>): string {
  const parts: string[] = [];
  if (row.units.length > 0) parts.push(`run by: ${row.units.join(', ')}`);
  if (row.committees.length > 0) parts.push(`committees: ${row.committees.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : '—';
}

/** Why an initiative has no partner, from what the graph does link it to. */
export function explainNoPartner(row: Pick<NoPartnerRow, 'units' | 'mentions'>): string {
  const parts: string[] = [];
  if (row.units.length > 0) parts.push(`run by: ${row.units.join(', ')}`);
  if (row.mentions.length > 0) parts.push(`mentions: ${row.mentions.join(', ')}`);
  else parts.push('no external organisation named');
  return parts.join('; ');
}

/** Renders the whole report as Markdown. */
export function renderDataReport(data: ReportData, options: RenderOptions = {}): string {
  const out: string[] = [];
  const initiatives = countOf(data.labels, 'Initiative');

  out.push('# Data report', '');
  out.push(
    'What the loaded knowledge graph holds, read from Neo4j by `npm run data:report` ' +
      '(queries in `cypher/report/`). Do not edit by hand: run the command again after `npm run seed`.',
    '',
  );
  if (data.load) {
    const facts = [
      data.load.fingerprint ? `dataset fingerprint \`${data.load.fingerprint}\`` : undefined,
      data.load.loadedAt ? `loaded ${data.load.loadedAt}` : undefined,
      data.load.nodes !== null ? `${data.load.nodes} nodes` : undefined,
      data.load.relationships !== null ? `${data.load.relationships} relationships` : undefined,
    ].filter((fact): fact is string => fact !== undefined);
    if (facts.length > 0) out.push(`Load: ${facts.join(', ')}.`, '');
  } else {
    out.push('Load: no load record (`Dataset` node) found; the graph was not loaded by `npm run seed`.', '');
  }
  if (options.generatedAt) out.push(`Generated ${options.generatedAt}.`, '');

  out.push('## Summary', '');
  out.push(
    bullets([
      `${initiatives} initiatives`,
      `${data.withoutTown.length} initiatives without a town (${percent(data.withoutTown.length, initiatives)})`,
      `${data.withoutPartner.length} initiatives without a partner (${percent(data.withoutPartner.length, initiatives)})`,
      `${data.partners.length} partner organisations; ${data.notPartners.filter((o) => o.initiatives > 0).length} organisations only mentioned` +
        unlinkedNote(data.notPartners),
      `theme links: ${sum(data.themes, 'stated')} stated, ${sum(data.themes, 'inferred')} inferred`,
    ]),
    '',
  );

  out.push('## Nodes per label', '');
  out.push(
    table(
      ['Label', 'Nodes'],
      data.labels.map((row) => [code(row.label), String(row.count)]),
      ['left', 'right'],
    ),
    '',
    'Every node is also an `:Entity`; `:Partner` is an extra label on an `Organisation` that some initiative works with.',
    '',
  );

  out.push('## Relationships per type', '');
  out.push(
    table(
      ['Type', 'Relationships', 'Stated', 'Inferred'],
      [
        ...data.relationships.map((row) => [code(row.type), String(row.count), String(row.stated), String(row.inferred)]),
        ['**Total**', `**${sum(data.relationships, 'count')}**`, `**${sum(data.relationships, 'stated')}**`, `**${sum(data.relationships, 'inferred')}**`],
      ],
      ['left', 'right', 'right', 'right'],
    ),
    '',
  );

  out.push('## Initiatives without a town', '');
  out.push(
    `${data.withoutTown.length} of ${initiatives} initiatives have no \`IN_TOWN\` link: the dataset names no town for them. ` +
      'A note marks a title that contains a town\'s name all the same (a link to check, or the municipality\'s name).',
    '',
  );
  if (data.withoutTown.length > 0) {
    out.push(
      table(
        ['#', 'Initiative', 'Explanation', 'Linked to'],
        sortByNumber(data.withoutTown).map((row) => [String(row.number), row.title, explainNoTown(row), describeLinks(row)]),
        ['right', 'left', 'left', 'left'],
      ),
      '',
    );
  }

  out.push('## Initiatives without a partner', '');
  out.push(
    `${data.withoutPartner.length} of ${initiatives} initiatives have no \`WITH_PARTNER\` link. ` +
      'The explanation lists what the graph does link them to: the municipal units that run them and the organisations they only mention.',
    '',
  );
  if (data.withoutPartner.length > 0) {
    out.push(
      table(
        ['#', 'Initiative', 'Explanation'],
        sortByNumber(data.withoutPartner).map((row) => [String(row.number), row.title, explainNoPartner(row)]),
        ['right', 'left', 'left'],
      ),
      '',
    );
  }

  out.push('## Partners by number of initiatives', '');
  out.push(
    data.partners.length === 0
      ? 'No organisation is a partner of any initiative.'
      : table(
          ['Rank', 'Partner', 'Type', 'Initiatives', 'Initiative numbers'],
          rank(data.partners).map(([place, row]) => [String(place), row.name, typeOf(row), String(row.initiatives), row.numbers.join(', ')]),
          ['right', 'left', 'left', 'right', 'left'],
        ),
    '',
  );

  const mentioned = rank(data.notPartners.filter((o) => o.initiatives > 0));
  const unlinked = data.notPartners.filter((o) => o.initiatives === 0).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  out.push('## Organisations only mentioned', '');
  out.push('Organisations that some initiative mentions (`MENTIONS`) but that are never a partner (`WITH_PARTNER`).', '');
  out.push(
    mentioned.length === 0
      ? 'None.'
      : table(
          ['Organisation', 'Type', 'Initiatives', 'Initiative numbers'],
          mentioned.map(([, row]) => [row.name, typeOf(row), String(row.initiatives), row.numbers.join(', ')]),
          ['left', 'left', 'right', 'left'],
        ),
    '',
  );
  if (unlinked.length > 0) {
    out.push(`Organisations with no initiative link at all: ${unlinked.map((o) => `${o.name} (${typeOf(o)})`).join(', ')}.`, '');
  }

  out.push('## Theme links: stated and inferred', '');
  out.push(
    '`SUPPORTS` links from initiatives to themes. *Stated*: the report itself ties the initiative to the theme; ' +
      '*inferred*: the curator\'s reading, with a rationale.',
    '',
  );
  out.push(
    table(
      ['Theme', 'Stated', 'Inferred', 'Total', 'Inferred share'],
      [
        ...data.themes.map((row) => [row.theme, String(row.stated), String(row.inferred), String(row.stated + row.inferred), percent(row.inferred, row.stated + row.inferred)]),
        [
          '**Total**',
          `**${sum(data.themes, 'stated')}**`,
          `**${sum(data.themes, 'inferred')}**`,
          `**${sum(data.themes, 'stated') + sum(data.themes, 'inferred')}**`,
          `**${percent(sum(data.themes, 'inferred'), sum(data.themes, 'stated') + sum(data.themes, 'inferred'))}**`,
        ],
      ],
      ['left', 'right', 'right', 'right', 'right'],
    ),
    '',
  );
  if (data.inferredThemes.length > 0) {
    out.push('### Inferred theme links', '');
    out.push(
      table(
        ['#', 'Initiative', 'Theme', 'Rationale'],
        sortByNumber(data.inferredThemes).map((row) => [String(row.number), row.title, row.theme, row.rationale ?? '—']),
        ['right', 'left', 'left', 'left'],
      ),
      '',
    );
  }

  out.push('## Towns by number of initiatives', '');
  out.push(
    table(
      ['Town', 'Initiatives'],
      [...data.towns].sort((a, b) => b.initiatives - a.initiatives || a.name.localeCompare(b.name, 'da')).map((row) => [row.name, String(row.initiatives)]),
      ['left', 'right'],
    ),
    '',
  );

  out.push('## Years by number of initiatives', '');
  out.push('Years in which initiatives have a dated event (`IN_YEAR`); one initiative may have several events in a year.', '');
  out.push(
    table(
      ['Year', 'Initiatives', 'Events'],
      [...data.years].sort((a, b) => a.year - b.year).map((row) => [String(row.year), String(row.initiatives), String(row.events)]),
      ['right', 'right', 'right'],
    ),
    '',
  );

  return `${out.join('\n').trimEnd()}\n`;
}

type Align = 'left' | 'right';

/** A GitHub Markdown table; pipes and line breaks inside cells are escaped. */
export function table(header: string[], rows: string[][], align: Align[] = header.map(() => 'left')): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

function cell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function code(text: string): string {
  return `\`${text}\``;
}

function countOf(rows: LabelCountRow[], label: string): number {
  return rows.find((row) => row.label === label)?.count ?? 0;
}

function sum<T>(rows: T[], field: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]): number {
  return rows.reduce((total, row) => total + (row[field] as number), 0);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;
}

function typeOf(row: OrganisationRow): string {
  return row.type ?? 'unknown';
}

function unlinkedNote(rows: OrganisationRow[]): string {
  const unlinked = rows.filter((o) => o.initiatives === 0).length;
  return unlinked > 0 ? `; ${unlinked} with no initiative link` : '';
}

function sortByNumber<T extends { number: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.number - b.number);
}

/** Most initiatives first, ties by name; tied rows share a place (1, 2, 2, 4). */
function rank(rows: OrganisationRow[]): [number, OrganisationRow][] {
  const sorted = [...rows].sort((a, b) => b.initiatives - a.initiatives || a.name.localeCompare(b.name, 'da'));
  let place = 0;
  return sorted.map((row, index) => {
    if (index === 0 || sorted[index - 1].initiatives !== row.initiatives) place = index + 1;
    return [place, row];
  });
}
