import { readRawDataset } from '../../src/dataset/read-dataset';
import { SourceText } from '../../src/dataset/source-text';
import { toGraph } from '../../src/dataset/to-graph';
import { validateDataset } from '../../src/dataset/validate-dataset';
import { SeedCopy } from '../support/seed-copy';

const source = SourceText.load();
const ORGANISATIONS = 'organisations.yaml';
const UNITS = 'units.yaml';

const byId = (list: any[], id: string) => list.find((entry) => entry.id === id);

describe('places and parts of bodies in seed/', () => {
  let seed: SeedCopy;
  beforeEach(() => {
    seed = new SeedCopy();
  });
  afterEach(() => seed.dispose());

  const validate = () => validateDataset(readRawDataset(seed.root), source);

  it('when the dataset is the committed one, then 23 bodies are located in a town and 4 are part of another body', () => {
    const { problems, dataset } = validate();
    expect(problems).toEqual([]);
    const graph = toGraph(dataset!);
    const located = graph.relationships.filter((r) => r.type === 'LOCATED_IN');
    const parts = graph.relationships.filter((r) => r.type === 'PART_OF').map((r) => `${r.from} → ${r.to}`).sort();
    expect(located).toHaveLength(23);
    expect(located.filter((r) => r.from.startsWith('organisation:'))).toHaveLength(11);
    expect(located.find((r) => r.from === 'unit:filskov-skole')).toMatchObject({
      to: 'town:filskov',
      props: { page: 53, basis: 'INFERRED', quote: 'work- shops på 4. klassetrin på Filskov Skole' },
    });
    expect(parts).toEqual([
      'organisation:di-laerlingeindsats → organisation:dansk-industri',
      'organisation:di-region-sydvestjylland → organisation:dansk-industri',
      'organisation:fgu-trekanten-billund → organisation:fgu-trekanten',
      'organisation:springcenter-og-motorikcenter-i-magion → organisation:magion',
    ]);
  });

  it('when the committed organisations are read, then every one has a kind, and events, venues and groups are not bodies', () => {
    const { dataset } = validate();
    const kinds = Object.fromEntries(dataset!.organisations.map(({ entry }) => [entry.id, entry.kind]));
    expect(kinds).toMatchObject({ 'skole-ol': 'event', 'praktiserende-laeger': 'group', magion: 'venue', kirkbi: 'body', dk2020: 'programme' });
    expect(Object.values(kinds).filter((kind) => kind === 'body')).toHaveLength(67);
  });

  it('when an organisation has no kind, then the schema problem names file and entry', () => {
    seed.edit(ORGANISATIONS, (d) => {
      delete byId(d.organisations, 'skole-ol').kind;
    });
    expect(validate().problems).toContainEqual(expect.objectContaining({ file: ORGANISATIONS, entry: 'organisations: skole-ol', message: expect.stringMatching(/kind/) }));
  });

  it('when a kind is not one of the enum, then the schema refuses it', () => {
    seed.edit(ORGANISATIONS, (d) => {
      byId(d.organisations, 'skole-ol').kind = 'festival';
    });
    expect(validate().problems).toContainEqual(expect.objectContaining({ file: ORGANISATIONS, entry: 'organisations: skole-ol' }));
  });

  it('when a located_in link names an unknown town, then the problem names file, entry and id', () => {
    seed.edit(UNITS, (d) => {
      byId(d.units, 'filskov-skole').located_in[0].id = 'filskovby';
    });
    expect(validate().problems).toContainEqual({ file: UNITS, entry: 'filskov-skole', message: 'located_in: no town with id "filskovby"' });
  });

  it('when a located_in quote is not in the source, then it is reported with its place in the list', () => {
    seed.edit(ORGANISATIONS, (d) => {
      byId(d.organisations, 'viadukthallen').located_in[0].quote = 'Viadukthallen ligger i Filskov';
    });
    expect(validate().problems).toContainEqual({
      file: ORGANISATIONS,
      entry: 'viadukthallen',
      message: 'located_in[0] filskov: quote not found in the source: "Viadukthallen ligger i Filskov"',
    });
  });

  it('when an inferred located_in link has no rationale, then the schema refuses it', () => {
    seed.edit(UNITS, (d) => {
      delete byId(d.units, 'filskov-skole').located_in[0].rationale;
    });
    expect(validate().problems).toContainEqual(expect.objectContaining({ file: UNITS, entry: 'units: filskov-skole', message: expect.stringMatching(/rationale/) }));
  });

  it('when a located_in link has no page, then the schema refuses it (no example page applies to a body)', () => {
    seed.edit(UNITS, (d) => {
      delete byId(d.units, 'filskov-skole').located_in[0].page;
    });
    expect(validate().problems).toContainEqual(expect.objectContaining({ file: UNITS, entry: 'units: filskov-skole', message: expect.stringMatching(/page/) }));
  });

  it('when the same town is listed twice, then the duplicate is reported', () => {
    seed.edit(UNITS, (d) => {
      const unit = byId(d.units, 'lindegaarden');
      unit.located_in.push({ ...unit.located_in[0] });
    });
    expect(validate().problems).toContainEqual({ file: UNITS, entry: 'lindegaarden', message: 'located_in: "billund" is listed twice' });
  });

  it('when part_of names an unknown organisation, then it is a dangling reference', () => {
    seed.edit(ORGANISATIONS, (d) => {
      byId(d.organisations, 'di-laerlingeindsats').part_of.id = 'di';
    });
    expect(validate().problems).toContainEqual({ file: ORGANISATIONS, entry: 'di-laerlingeindsats', message: 'part_of: no organisation with id "di"' });
  });

  it('when two bodies are each other\'s parent, then the cycle is reported', () => {
    seed.edit(ORGANISATIONS, (d) => {
      byId(d.organisations, 'dansk-industri').part_of = { ...byId(d.organisations, 'di-laerlingeindsats').part_of, id: 'di-laerlingeindsats' };
    });
    expect(validate().problems).toContainEqual({
      file: ORGANISATIONS,
      entry: 'dansk-industri',
      message: 'part_of: the chain of parents leads back to "dansk-industri"',
    });
  });

  it('when a body\'s name holds a town (not Billund) and it has no located_in, then a warning names it', () => {
    seed.edit(UNITS, (d) => {
      delete byId(d.units, 'vorbasse-skole').located_in;
    });
    const { problems, warnings } = validate();
    expect(problems).toEqual([]);
    expect(warnings).toContainEqual({
      file: UNITS,
      entry: 'vorbasse-skole',
      message: 'the name contains the town "Vorbasse" but there is no located_in link to it; add one with evidence, or ignore if the name means something else',
    });
    expect(warnings.filter((w) => w.message.startsWith('the name contains'))).toHaveLength(1);
  });

  it('when a distinct part is folded back into its parent as an alias, then the spelling check catches the clash', () => {
    seed.edit(ORGANISATIONS, (d) => {
      byId(d.organisations, 'dansk-industri').aliases.push('DI Region Sydvestjylland');
    });
    expect(validate().problems).toContainEqual(expect.objectContaining({ entry: expect.stringMatching(/dansk-industri|di-region-sydvestjylland/) }));
  });
});
