import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isObjectType } from 'graphql';
import { createSchema } from '../../src/server/schema';
import { cypherDir, explorerKindsFile } from '../../src/paths';
import { explorerKindsModule } from '../../src/vocabulary/explorer-kinds-module';
import { KINDS, NODE_KINDS, NODE_LABELS } from '../../src/vocabulary/node-kinds';

const schemaCypher = readFileSync(path.join(cypherDir, 'schema.cypher'), 'utf8');
// Nodes that are no kind of entity: the loader's record of the loaded dataset, and the label every entity carries.
const NOT_KINDS = ['Dataset', 'Entity'];

describe('the node-kind vocabulary (src/vocabulary/node-kinds.ts)', () => {
  it('when read, then kinds, labels, GraphQL types and API names are each unique', () => {
    for (const column of ['kind', 'label', 'type', 'apiName'] as const) {
      expect(new Set(NODE_KINDS.map((entry) => entry[column])).size).toBe(NODE_KINDS.length);
    }
  });

  it('when the vocabulary changes, then explorer/src/generated/node-kinds.ts must be regenerated (npm run schema:emit)', () => {
    expect(readFileSync(explorerKindsFile, 'utf8')).toBe(explorerKindsModule());
  });

  it('when cypher/schema.cypher is read, then exactly the vocabulary\'s labels have a unique-id constraint', () => {
    const constrained = [...schemaCypher.matchAll(/CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE/g)].map((m) => m[1]);
    expect(constrained.filter((label) => !NOT_KINDS.includes(label)).sort()).toEqual([...NODE_LABELS].sort());
  });

  it('when cypher/schema.cypher is read, then the entity_text full-text index covers exactly the searchable kinds', () => {
    const match = /CREATE FULLTEXT INDEX entity_text IF NOT EXISTS\s+FOR \(n:([\w|]+)\)/.exec(schemaCypher);
    expect(match).not.toBeNull();
    const searchable = NODE_KINDS.filter((entry) => entry.searchable).map((entry) => entry.label);
    expect(match![1].split('|').sort()).toEqual([...searchable].sort());
  });

  it('when the schema is built, then NodeKind is the vocabulary and every kind has its object type implementing Node', async () => {
    const schema = await createSchema();
    const nodeKind = schema.getType('NodeKind');
    expect(isEnumType(nodeKind) && nodeKind.getValues().map((value) => [value.name, value.value])).toEqual(
      NODE_KINDS.map((entry) => [entry.apiName, entry.kind]),
    );
    for (const { type } of NODE_KINDS) {
      const object = schema.getType(type);
      expect(isObjectType(object) && object.getInterfaces().map((i) => i.name)).toContain('Node');
    }
    expect(KINDS).toHaveLength(NODE_KINDS.length);
  });
});
