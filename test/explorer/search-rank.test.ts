import { nameMatch, rankHits, type NamedNode, type RankedHit } from '../../explorer/src/search-rank';

const names: NamedNode[] = [
  { id: 'initiative:grindsted-retailpark', label: 'Grindsted retailpark', kind: 'Initiative' },
  { id: 'town:grindsted', label: 'Grindsted', kind: 'Town' },
  { id: 'committee:voksen', label: 'Voksenudvalget', kind: 'Committee' },
  { id: 'committee:okonomi', label: 'Økonomiudvalget', kind: 'Committee' },
  { id: 'initiative:ungeraadet', label: 'Ungerådet', kind: 'Initiative' },
];
const fullText: RankedHit[] = [
  { id: 'unit:grand', label: 'GRAND-Seniorhuset', kind: 'Unit', field: 'text', snippet: '…' },
  { id: 'town:grindsted', label: 'Grindsted', kind: 'Town', field: 'name', snippet: '' },
];

describe('explorer search ranking', () => {
  it('when "Grind" is typed, then the names beginning with it come first, the shortest first, then the full-text hits once each', () => {
    expect(rankHits('Grind', names, fullText).map((hit) => hit.id)).toEqual(['town:grindsted', 'initiative:grindsted-retailpark', 'unit:grand']);
  });

  it('when "udvalg" is typed, then names holding it are found (the committees), case and Danish letters folded', () => {
    expect(rankHits('udvalg', names, []).map((hit) => hit.id)).toEqual(['committee:voksen', 'committee:okonomi']);
    expect(nameMatch('Økonomiudvalget', 'øko')).toBe(0);
  });

  it('when a word inside a name begins with the text, then it ranks after a name beginning with it', () => {
    expect(nameMatch('Grindsted retailpark', 'retail')).toBe(1);
    expect(nameMatch('Grindsted', 'grind')).toBe(0);
    expect(nameMatch('Grindsted', 'xyz')).toBeNull();
  });

  it('when there are more hits than the limit, then the list is cut at the limit', () => {
    expect(rankHits('g', names, fullText, 2)).toHaveLength(2);
  });
});
