import { setLang } from '../../explorer/src/i18n';
import { EMPTY_STATE, decodeState, encodeState, isStateHash, type UrlState } from '../../explorer/src/url-state';

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
      lang: 'en',
      statedOnly: true,
      chain: 'theme:rettidig-velfaerd',
      drop: ['result:x-1'],
      town: 'town:grindsted',
      committee: 'committee:voksenudvalget',
      pos: '2n.0000b0a1zr',
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
      '»years« i linket skal se ud som 2022-2025, men er »2025-2022«',
      'ukendte typer i linket: Dragon',
      '»layout« i linket skal være force eller topdown, men er »spiral«',
      '»path« i linket skal nævne to forskellige knuder',
      'ukendt visning i linket: »map«',
      'ukendt del »zoom« i linket',
      '»theme« i linket kan ikke læses',
    ]);
  });

  it('when a link is read with the English toggle on, then its problems are named in English', () => {
    setLang('en');
    try {
      expect(decodeState('?layout=spiral&lang=de').problems).toEqual([
        '"layout" in the link must be force or topdown, got "spiral"',
        'the language in the link must be da or en, got "de"',
      ]);
    } finally {
      setLang('da');
    }
  });

  it('when a chain view is changed a little, then its link names the chain and the change, not every node', () => {
    const query = encodeState({ ...EMPTY_STATE, chain: 'theme:staerke-byer', nodes: ['town:billund'], drop: ['result:a-1'], layout: 'topdown' });
    expect(query).toBe('chain=theme:staerke-byer&nodes=town:billund&drop=result:a-1&layout=topdown');
    expect(decodeState(`?${query}`).state).toMatchObject({ chain: 'theme:staerke-byer', nodes: ['town:billund'], drop: ['result:a-1'] });
  });

  it('when a hash is an in-page anchor, then it is not read as a view; an old link\'s view hash is', () => {
    expect(isStateHash('#list-view')).toBe(false);
    expect(isStateHash('')).toBe(false);
    expect(isStateHash('#nodes=town:billund')).toBe(true);
    expect(decodeState('?nodes=town:billund&lang=en').state).toMatchObject({ nodes: ['town:billund'], lang: 'en' });
  });
});
