import type { Database } from '../../../src/db/database';
import type { Dataset, InitiativeEntry } from '../../../src/dataset/dataset.types';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';
import { execute } from '../../support/execute';
import { miniTestDatabase } from '../../support/test-database';

// Every list has a documented order that does not depend on how Neo4j stores the graph. The same
// fixture is loaded twice, once as written and once with every list of entries and links reversed
// (so nodes and relationships are created in the opposite order and get other internal ids), and
// every list field is asked of both: the answers must be identical, element for element.
// (Results stay in their example's order: their position is part of the data, "klimaplan-1".)
function reversed(dataset: Dataset): Dataset {
  const flip = <T>(list: T[] | undefined): T[] | undefined => (list ? [...list].reverse() : list);
  const initiative = (entry: InitiativeEntry): InitiativeEntry => ({
    ...entry,
    themes: flip(entry.themes),
    towns: flip(entry.towns),
    partners: flip(entry.partners),
    mentions: flip(entry.mentions),
    units: flip(entry.units),
    committees: flip(entry.committees),
    years: flip(entry.years),
    related: flip(entry.related),
  });
  return {
    strategy: dataset.strategy,
    towns: [...dataset.towns].reverse(),
    organisations: [...dataset.organisations].reverse(),
    units: [...dataset.units].reverse(),
    committees: [...dataset.committees].reverse(),
    initiatives: [...dataset.initiatives].reverse().map(({ file, entry }) => ({ file, entry: initiative(entry) })),
  };
}

const edge = '{ id node { id } evidence { quote basis } }';
// Asked one group at a time: one document with all of them is too heavy for a shared test server.
const ORDERED_LISTS = [
  `{ themes { id initiatives ${edge} recommendations ${edge} } strategy { themes ${edge} } }`,
  `{ towns { id aliases initiatives ${edge} touches: initiatives(reach: TOUCHES) { id node { id } via { id } } organisations ${edge} units ${edge} } }`,
  `{ units { id aliases initiatives ${edge} locatedIn ${edge} } committees { id initiatives { id role node { id } } } years { id initiatives { id event node { id } } } }`,
  `{ initiatives { id themes ${edge} towns ${edge} partners ${edge} mentions ${edge} units ${edge}
      committees { id role node { id } } years { id event node { id } } results ${edge} related ${edge} } }`,
  `{ organisations(minInitiatives: 0, first: 100) { edges { cursor node { organisation { id aliases initiatives ${edge} mentionedIn ${edge}
      locatedIn ${edge} partOf ${edge} parts ${edge} } roleCounts { role count } } } } }`,
  `{ partners(first: 100) { edges { cursor node { partner { id } initiatives ${edge} themes { id } towns { id } } } } }`,
  `{ initiativesPage(first: 100, orderBy: TITLE) { edges { cursor node { id } } countsBy(dimension: TOWN) { value { id } initiativeIds } }
     results(first: 100, sort: { by: YEAR }) { edges { node { id } } } indicators { id results { id } } }`,
  '{ timeline { year events { initiative { id } event } results { id } } }',
  '{ trace(themeId: "staerke-byer") { themes { theme { id } initiatives { initiative { id } results { id } } } } }',
  '{ coverage(rows: THEME, columns: TOWN) { rows { id } columns { id } cells { row column initiativeIds } } }',
  '{ bridges(first: 100) { node { id } score } }',
  '{ coPartners(partnerId: "kirkbi") { partner { id } initiatives { id } } sharedPartners(a: "klimaplan", b: "legepladser") { partner { id } } }',
  '{ search(text: "grindsted") { node { id } field } }',
  '{ connection(from: "organisation:kirkbi", to: "town:soender-omme", maxHops: 4) { nodes { id } edges { id } } }',
  '{ neighborhood(id: "initiative:fritidsjob", depth: 2) { nodes { id } edges { id } } }',
  '{ subgraph(ids: ["initiative:klimaplan", "town:grindsted", "organisation:kirkbi", "theme:staerke-byer"]) { nodes { id } edges { id } } }',
  '{ themeScorecard { theme { id } byLevel { level count } initiativesWithoutResult { id } } }',
  '{ resultsChain(themeId: "staerke-byer") { themes { initiatives { initiative { id } gaps results { result { id } gaps } } } } }',
];

describe('the order of every list does not depend on storage order (mini places fixture)', () => {
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
  });

  it('when the fixture is loaded as written and then reversed, then every list answers in the same order', async () => {
    const answers: any[] = [];
    for (const dataset of [miniPlacesDataset, reversed(miniPlacesDataset)]) {
      await database?.close();
      database = await miniTestDatabase(dataset);
      let data: any = {};
      for (const query of ORDERED_LISTS) {
        const answer = await execute(database, query);
        expect(answer.errors).toBeUndefined();
        data = { ...data, ...answer.data };
      }
      answers.push(data);
    }
    const [asWritten, reversedAnswer] = answers;
    // Not vacuous: the lists hold several elements to order.
    expect(asWritten.initiatives.length).toBeGreaterThan(3);
    expect(asWritten.towns.find((town: any) => town.id === 'town:grindsted').initiatives.length).toBeGreaterThan(1);
    expect(asWritten.bridges.length).toBeGreaterThan(5);
    expect(reversedAnswer).toEqual(asWritten);
  });
});
