import { withEvidence } from '../../../src/dataset/evidence/evidence-graph';
import { readRawDataset } from '../../../src/dataset/read-dataset';
import { SourceText } from '../../../src/dataset/source-text';
import { toGraph } from '../../../src/dataset/to-graph';
import { validateDataset } from '../../../src/dataset/validate-dataset';

const report = validateDataset(readRawDataset(), SourceText.load());
const graph = withEvidence(toGraph(report.dataset!), report.evidence!);

describe('withEvidence: the committed dataset with its sources', () => {
  it('when the graph is built, then every link with a quote carries an evidence id, a passage or none, and an alignment exact or hyphen-joined', () => {
    const withQuote = graph.relationships.filter((r) => typeof r.props.quote === 'string');
    expect(withQuote.length).toBeGreaterThan(600);
    const unpositioned = withQuote.filter((r) => typeof r.props.evidenceId !== 'string').map((r) => r.key);
    expect(unpositioned).toEqual([]);
    expect(new Set(withQuote.map((r) => r.props.alignment))).toEqual(new Set(['exact', 'hyphen-joined']));
  });

  it('when a link of an initiative is positioned, then its passage is that initiative\'s', () => {
    const initiativeLinks = graph.relationships.filter((r) => r.from.startsWith('initiative:'));
    const foreign = initiativeLinks.filter((r) => r.props.passage !== `passage:billund-fra-vision-til-virkelighed-2025/${r.from.slice('initiative:'.length)}`);
    expect(foreign.map((r) => r.key)).toEqual([]);
  });

  it('when the sources are built, then one document, 100 passages and one evidence node per distinct span, ids stable across builds', () => {
    const again = withEvidence(toGraph(report.dataset!), report.evidence!);
    expect(graph.sources!.documents).toHaveLength(1);
    expect(graph.sources!.documents[0]).toMatchObject({ publisher: 'Billund Kommune', municipalityCode: '0530', councilPeriod: '2022–2025', language: 'da' });
    expect(graph.sources!.passages).toHaveLength(100);
    const ids = graph.sources!.evidence.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(again.sources!.evidence.map((e) => e.id)).toEqual(ids);
  });
});
