// "Vis i rapporten": the report's own text behind a link. A link's button opens a view of its
// example's passage with the quote highlighted, the page, the lines before and after it in the
// document, and the other links that rest on the same passage; an initiative's panel shows its
// passage with every quote behind its links highlighted. All text is Danish, as the users read it.
import { ApiError, graphql } from './api';
import { h } from './dom';
import { InitiativePassagesDocument, PassageDocument, SourceDocument, type PassageViewFragment, type SourceQuery } from './generated/operations';
import type { Evidence } from './model';

type PassageView = PassageViewFragment;
type QuoteMark = PassageView['marks'][number];
type SourceView = NonNullable<SourceQuery['source']>;

/** The text around a quote in its document; null when the document is not in the graph. */
async function sourceAround(passage: PassageView, mark: QuoteMark): Promise<SourceView | null> {
  const { source } = await graphql(SourceDocument, { document: passage.document.id, start: mark.documentStart, end: mark.documentEnd });
  return source;
}

/** What the rest of the explorer offers the view: showing a node in the graph. */
export interface ReportHooks {
  open(id: string): void;
}

let hooks: ReportHooks | null = null;

/** Called once by the explorer, so that a link in the view can select its node in the graph. */
export function setReportHooks(value: ReportHooks): void {
  hooks = value;
}

// Danish names of the relationship types, as a reader of the report says them.
const TYPE_NAMES: Record<string, string> = {
  SUPPORTS: 'tema',
  IN_TOWN: 'by',
  WITH_PARTNER: 'partner',
  MENTIONS: 'nævnt',
  RUN_BY: 'enhed',
  DECIDED_BY: 'besluttet af',
  INVOLVES: 'involverer',
  IN_YEAR: 'år',
  ACHIEVED: 'resultat',
  RELATED_TO: 'relateret',
  HAS_THEME: 'tema',
  BUILDS_ON: 'bygger på',
};

/** The button under a link's evidence; none where the quote has no position (an older graph). */
export function reportButton(evidence: Evidence): HTMLElement | null {
  if (!evidence.id || !evidence.passage) return null;
  const passageId = evidence.passage.id;
  const evidenceId = evidence.id;
  return h(
    'button',
    { type: 'button', class: 'report-button', 'data-evidence': evidenceId, onclick: () => void openReport(passageId, evidenceId) },
    'Vis i rapporten',
  );
}

/** Opens the view of a passage with one quote in focus. */
export async function openReport(passageId: string, evidenceId: string): Promise<void> {
  const view = reportDialog();
  const body = view.querySelector('.report-body') as HTMLElement;
  body.replaceChildren(h('p', { class: 'hint' }, 'Henter rapportens tekst…'));
  view.hidden = false;
  try {
    const { passage } = await graphql(PassageDocument, { id: passageId });
    if (!passage) throw new ApiError('Passagen findes ikke i grafen', 'NOT_FOUND', passageId);
    const focus = passage.marks.find((m) => m.evidenceId === evidenceId) ?? null;
    const source = focus ? await sourceAround(passage, focus) : null;
    renderReport(body, passage, focus, source);
    (view.querySelector('.report-close') as HTMLElement).focus();
    body.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  } catch (error) {
    body.replaceChildren(h('p', { class: 'alert', role: 'alert' }, `Teksten kunne ikke hentes: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function reportDialog(): HTMLElement {
  const existing = document.getElementById('report-view');
  if (existing) return existing;
  const close = () => {
    view.hidden = true;
  };
  const view = h(
    'section',
    { id: 'report-view', class: 'report-view', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Rapportens tekst', hidden: true },
    h('div', { class: 'report-head' }, h('h2', {}, 'Rapportens tekst'), h('button', { type: 'button', class: 'report-close', onclick: close }, 'Tilbage til grafen')),
    h('div', { class: 'report-body' }),
  );
  view.addEventListener('keydown', (event) => {
    if ((event).key === 'Escape') close();
  });
  document.body.append(view);
  return view;
}

function lastLines(text: string, n: number): string {
  return text.split('\n').slice(-n).join('\n');
}
function firstLines(text: string, n: number): string {
  return text.split('\n').slice(0, n).join('\n');
}

function renderReport(body: HTMLElement, passage: PassageView, focus: QuoteMark | null, source: SourceView | null): void {
  const lineCount = source ? source.text.split('\n').length : 0;
  const parts: HTMLElement[] = [
    h(
      'p',
      { class: 'report-where' },
      `Side ${passage.page} · `,
      h('strong', {}, passage.initiative.title),
      ` · ${passage.document.title}`,
      source ? ` · linje ${source.firstLine}${lineCount > 1 ? `–${source.firstLine + lineCount - 1}` : ''}` : null,
    ),
  ];
  if (focus && source) {
    parts.push(
      h('h3', {}, 'Citatet med linjerne før og efter'),
      h(
        'pre',
        { class: 'report-context' },
        h('span', { class: 'context' }, lastLines(source.before, 4)),
        h('mark', { class: 'focus' }, source.text),
        h('span', { class: 'context' }, firstLines(source.after, 4)),
      ),
    );
    if (focus.alignment === 'HYPHEN_JOINED') parts.push(h('p', { class: 'hint' }, 'Citatet samler et ord, som layoutet delte med bindestreg ved linjeskift.'));
  }
  parts.push(h('h3', {}, 'Hele eksemplets tekst'), passageText(passage, focus?.evidenceId ?? null, (mark) => renderReport(body, passage, mark, null)));
  const others = passage.marks.flatMap((mark) => mark.links.map((link) => ({ mark, link }))).filter(({ mark }) => mark.evidenceId !== focus?.evidenceId);
  parts.push(
    h('h3', {}, `Andre links i samme tekst (${others.length})`),
    others.length === 0
      ? h('p', { class: 'hint' }, 'Ingen.')
      : h(
          'ul',
          { class: 'links report-links' },
          ...others.map(({ mark, link }) =>
            h(
              'li',
              {},
              h('button', { type: 'button', class: 'link-button', onclick: () => void openReportAt(passage, mark, body) }, `${TYPE_NAMES[link.type] ?? link.type}: ${link.toLabel}`),
              link.basis === 'INFERRED' ? h('span', { class: 'basis-INFERRED' }, ' (udledt af os)') : null,
              ' ',
              h('button', { type: 'button', class: 'report-graph', onclick: () => showInGraph(link.to) }, 'Vis i grafen'),
            ),
          ),
        ),
  );
  body.replaceChildren(...parts);
}

async function openReportAt(passage: PassageView, mark: QuoteMark, body: HTMLElement): Promise<void> {
  renderReport(body, passage, mark, await sourceAround(passage, mark));
  body.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
}

function showInGraph(id: string): void {
  const view = document.getElementById('report-view');
  if (view) view.hidden = true;
  hooks?.open(id);
}

/**
 * The passage text with its quotes marked: a quote behind a link as <mark>, a quote of a field
 * alone (no link) in a lighter mark, the focus quote as <mark class="focus">. Quotes may overlap;
 * the text is cut at every boundary and each piece takes the marks that cover it.
 */
function passageText(passage: PassageView, focusId: string | null, choose?: (mark: QuoteMark) => void): HTMLElement {
  const chars = [...passage.text];
  const cuts = new Set<number>([0, chars.length]);
  for (const m of passage.marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].filter((c) => c >= 0 && c <= chars.length).sort((a, b) => a - b);
  const pre = h('pre', { class: 'report-passage' });
  for (let i = 0; i < bounds.length - 1; i += 1) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    const text = chars.slice(from, to).join('');
    const covering = passage.marks.filter((m) => m.start <= from && to <= m.end);
    if (covering.length === 0) {
      pre.append(text);
      continue;
    }
    const isFocus = covering.some((m) => m.evidenceId === focusId);
    const linked = covering.some((m) => m.links.length > 0);
    const first = covering[0];
    const title = covering.flatMap((m) => m.links.map((l) => `${TYPE_NAMES[l.type] ?? l.type}: ${l.toLabel}`)).join('; ') || 'citat bag et felt (intet link)';
    const mark = h('mark', { class: `${isFocus ? 'focus' : ''} ${linked ? 'linked' : 'field'}`.trim(), 'data-evidence': first.evidenceId, title }, text);
    if (choose) mark.addEventListener('click', () => choose(first));
    pre.append(mark);
  }
  return pre;
}

/** The section of an initiative's panel: its passage with every quote behind its links marked. */
export function initiativePassage(initiativeId: string): HTMLElement {
  const section = h('section', { class: 'initiative-passage' }, h('h3', {}, 'Rapportens tekst'), h('p', { class: 'hint' }, 'Henter…'));
  graphql(InitiativePassagesDocument, { id: initiativeId }).then(
    ({ initiative }) => {
      const parts: HTMLElement[] = [h('h3', {}, 'Rapportens tekst')];
      const passages = initiative?.passages ?? [];
      for (const passage of passages) {
        const linked = passage.marks.filter((m) => m.links.length > 0).length;
        parts.push(
          h('p', { class: 'hint' }, `Side ${passage.page}. Markeret: ${linked} citater bag links; lysere: ${passage.marks.length - linked} citater bag felter uden link. Umarkeret tekst blev ikke til et link.`),
          passageText(passage, null, (mark) => void openReport(passage.id, mark.evidenceId)),
        );
      }
      if (passages.length === 0) parts.push(h('p', { class: 'hint' }, 'Ingen tekst fra rapporten.'));
      section.replaceChildren(...parts);
    },
    (error: unknown) => section.replaceChildren(h('p', { class: 'alert' }, `Teksten kunne ikke hentes: ${error instanceof Error ? error.message : String(error)}`)),
  );
  return section;
}
