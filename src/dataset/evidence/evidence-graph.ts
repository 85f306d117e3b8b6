import type { GraphData, SourceGraph } from '../to-graph';
import { NORMALISATION, type SourceDocument } from './source-document';
import { passageTextOf } from './passages';
import { positionIndex, type PositionedQuote, type QuotePosition } from './position-quotes';
import type { Sources } from './sources';

/** What validation found: the documents, the passages and every quote's position. */
export interface EvidenceInput {
  sources: Sources;
  positioned: PositionedQuote[];
}

// The id part of a global key ("initiative:klimaplan" → "klimaplan"): quotes are indexed by the
// entry that holds them, which is a link's source (an initiative) or, for a theme, its target.
const idOf = (key: string) => key.slice(key.indexOf(':') + 1);

/** The position of a link's quote as relationship properties (null when it has none). */
function positionProps(position: QuotePosition | undefined): Record<string, string | number | null> {
  if (!position) return {};
  return {
    evidenceId: position.evidenceId,
    document: position.document,
    start: position.start,
    end: position.end,
    prefix: position.prefix,
    suffix: position.suffix,
    firstLine: position.firstLine,
    lastLine: position.lastLine,
    alignment: position.alignment,
    passage: position.passage,
  };
}

/**
 * The graph with its sources: every link's evidence gets the position of its quote (copied onto the
 * relationship, so that a link is answered without a second look-up), and the documents, the
 * passages and one Evidence node per distinct span (its id a hash of document and positions) are
 * added beside the entities. They carry no :Entity label, so that no path, neighbourhood or count
 * of the entities runs through them.
 */
export function withEvidence(graph: GraphData, evidence: EvidenceInput): GraphData {
  const find = positionIndex(evidence.positioned);
  // A link that starts at a result (its MEASURES link to an indicator) quotes a line of the
  // initiative's entry that holds the result, so its quote is looked up there too.
  const initiativeOf = new Map(
    graph.relationships.filter((rel) => rel.from.startsWith('initiative:') && rel.to.startsWith('result:')).map((rel) => [rel.to, rel.from]),
  );
  const unpositioned: string[] = [];
  const relationships = graph.relationships.map((rel) => {
    const quote = typeof rel.props.quote === 'string' ? rel.props.quote : undefined;
    if (quote === undefined) return rel;
    const owner = initiativeOf.get(rel.from);
    const position = find(idOf(rel.from), quote) ?? find(idOf(rel.to), quote) ?? (owner ? find(idOf(owner), quote) : undefined);
    if (!position) unpositioned.push(rel.key);
    return { ...rel, props: { ...rel.props, ...positionProps(position) } };
  });
  // Validation positions every quote or fails; a link it did not position is a bug of this join.
  if (unpositioned.length > 0) throw new Error(`links without a position of their quote: ${unpositioned.slice(0, 5).join(', ')}`);
  return { ...graph, relationships, sources: sourceGraph(evidence) };
}

function sourceGraph({ sources, positioned }: EvidenceInput): SourceGraph {
  const documents = [...sources.documents.values()].map((doc: SourceDocument) => ({
    key: doc.key,
    id: doc.meta.id,
    title: doc.meta.title,
    publisher: doc.meta.publisher,
    municipalityCode: doc.meta.municipalityCode,
    councilPeriod: doc.meta.councilPeriod,
    edition: doc.meta.edition,
    language: doc.meta.language,
    file: doc.meta.file,
    sha256: doc.sha256,
    normalisation: NORMALISATION,
    length: doc.toCodePoint(doc.text.length),
    lineCount: doc.lineCount,
    text: doc.text,
  }));
  const passages = sources.passages.flatMap((p) => {
    const doc = sources.documents.get(p.document);
    if (!doc) return [];
    return [
      {
        key: p.key,
        id: p.id,
        document: p.document,
        initiative: p.initiative,
        initiativeKey: `initiative:${p.initiative}`,
        starts: p.ranges.map((r) => doc.toCodePoint(r.start)),
        ends: p.ranges.map((r) => doc.toCodePoint(r.end)),
        firstLines: p.ranges.map((r) => r.firstLine),
        lastLines: p.ranges.map((r) => r.lastLine),
        text: passageTextOf(p, doc),
        checked: p.checked,
        note: p.note,
      },
    ];
  });
  const byId = new Map<string, Record<string, string | number | null>>();
  for (const q of positioned) {
    const p = q.position;
    if (byId.has(p.evidenceId)) continue;
    const doc = sources.documents.get(p.document);
    byId.set(p.evidenceId, {
      key: `evidence:${p.evidenceId}`,
      id: p.evidenceId,
      document: p.document,
      quote: q.quote.replace(/\s+/g, ' ').trim(),
      exact: doc ? doc.text.slice(doc.fromCodePoint(p.start), doc.fromCodePoint(p.end)) : null,
      start: p.start,
      end: p.end,
      prefix: p.prefix,
      suffix: p.suffix,
      firstLine: p.firstLine,
      lastLine: p.lastLine,
      alignment: p.alignment,
      passage: p.passage,
      page: q.page ?? null,
    });
  }
  return { documents, passages, evidence: [...byId.values()] };
}
