import { leanEvidence, leanInitiatives } from '../../../src/graph/common/lean-rows';

describe('lean rows', () => {
  it('when an initiative selection names only fields the lean projection or a loader answers, then it is lean', () => {
    expect(leanInitiatives(new Set(['id', 'title']))).toBe(true);
    expect(leanInitiatives(new Set(['__typename', 'slug', 'label', 'number', 'page', 'status', 'partners', 'related']))).toBe(true);
    expect(leanInitiatives(new Set())).toBe(true);
  });

  it.each(['summary', 'statusEvidence', 'passages', 'aFieldAddedLater'])('when an initiative selection names %s, then the full properties are read', (field) => {
    expect(leanInitiatives(new Set(['id', field]))).toBe(false);
  });

  it('when evidence asks only page, quote, basis or rationale, then it is lean; a quote position needs the full link', () => {
    expect(leanEvidence(new Set(['page', 'quote', 'basis', 'rationale']))).toBe(true);
    for (const field of ['id', 'start', 'end', 'prefix', 'suffix', 'firstLine', 'lastLine', 'alignment', 'document', 'passage']) {
      expect(leanEvidence(new Set(['quote', field]))).toBe(false);
    }
  });
});
