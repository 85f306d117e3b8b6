import { EMPTY_STATE, decodeState, encodeState, type UrlState } from '../../explorer/src/url-state';

describe('explorer URL state', () => {
  it('when a full state is encoded and decoded, then it comes back the same and ids stay readable', () => {
    const state: UrlState = {
      nodes: ['town:grindsted', 'initiative:klimaplan', 'odd,id&with=signs#'],
      selected: 'initiative:klimaplan|IN_TOWN|town:grindsted',
      hiddenKinds: ['Year', 'Result'],
      theme: 'theme:staerke-byer',
      years: [2022, 2024],
      layout: 'topdown',
      path: ['organisation:kirkbi', 'organisation:region-syddanmark'],
      view: 'coverage',
    };
    const hash = encodeState(state);
    expect(hash).toContain('nodes=town:grindsted,initiative:klimaplan,');
    expect(decodeState(`#${hash}`)).toEqual({ state, problems: [] });
  });

  it('when the state is the default, then the hash is empty and reads back as the default', () => {
    expect(encodeState(EMPTY_STATE)).toBe('');
    expect(decodeState('')).toEqual({ state: EMPTY_STATE, problems: [] });
  });

  it('when parts of a link are broken, then the rest is used and each broken part is named', () => {
    const { state, problems } = decodeState('#nodes=town:billund,town:billund&years=2025-2022&hide=Year,Dragon&layout=spiral&path=a&view=map&zoom=3&theme=%E0%A4%A');
    expect(state.nodes).toEqual(['town:billund']);
    expect(state.years).toBeNull();
    expect(state.hiddenKinds).toEqual(['Year']);
    expect(state.layout).toBe('force');
    expect(state.path).toBeNull();
    expect(state.view).toBeNull();
    expect(state.theme).toBeNull();
    expect(problems).toEqual([
      '"years" in the link must look like 2022-2025, got "2025-2022"',
      'unknown types in the link: Dragon',
      '"layout" in the link must be force or topdown, got "spiral"',
      '"path" in the link must name two different nodes',
      'unknown view in the link: "map"',
      'unknown part "zoom" in the link',
      '"theme" in the link is not readable',
    ]);
  });
});
