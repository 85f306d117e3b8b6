import { decodeOutlineQuery, encodeOutlineQuery, isOutlineQuery } from '../../explorer/src/results-url';
import { NO_FILTERS } from '../../explorer/src/results-rows';

describe('outline state in the URL query', () => {
  it('when a theme and every filter are set, then the query holds them and reads back the same', () => {
    const state = { theme: 'theme:rettidig-velfaerd', filters: { levels: ['VIRKNING' as const, 'RESULTAT' as const], minSupport: 3, basis: 'STATED' as const, gap: 'NO_FIGURE' as const } };
    const hash = encodeOutlineQuery(state);
    expect(hash).toBe('view=results&theme=theme:rettidig-velfaerd&level=resultat,virkning&support=3&basis=stated&gap=no-figure');
    expect(decodeOutlineQuery(`?${hash}`)).toEqual({ state: { ...state, filters: { ...state.filters, levels: ['RESULTAT', 'VIRKNING'] } }, problems: [] });
  });

  it('when no filter is set, then the query names only the view and the theme', () => {
    expect(encodeOutlineQuery({ theme: 'theme:staerke-byer', filters: NO_FILTERS })).toBe('view=results&theme=theme:staerke-byer');
  });

  it('when a query is the graph’s, then it is not the outline’s', () => {
    expect(isOutlineQuery('?view=results&theme=x')).toBe(true);
    expect(isOutlineQuery('theme=x&view=results')).toBe(true);
    expect(isOutlineQuery('?view=coverage')).toBe(false);
    expect(isOutlineQuery('?nodes=view=results')).toBe(false);
    expect(isOutlineQuery('')).toBe(false);
  });

  it('when parts cannot be read, then they stay at their default and are named in Danish', () => {
    const { state, problems } = decodeOutlineQuery('?view=results&level=resultat,effekt&support=9&basis=maybe&gap=nope&zoom=2&theme=%E0');
    expect(state).toEqual({ theme: null, filters: { ...NO_FILTERS, levels: ['RESULTAT'] } });
    expect(problems).toEqual([
      'ukendt niveau “effekt”',
      'støtte skal være et tal fra 0 til 4, ikke “9”',
      'grundlag skal være angivet eller udledt, ikke “maybe”',
      'ukendt mangel “nope”',
      'ukendt del “zoom”',
      'ukendt del “theme”',
    ]);
  });
});
