import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isObjectType } from 'graphql';
import { createSchema } from '../../src/server/schema';

// The README tells Apollo Client users which types have no `id` (value types, embedded in their
// parent) and which two have an `id` that is not the link's. The lists must follow the schema.
const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');

function cachingBullet(): string {
  const start = readme.indexOf('- **Caching (Apollo Client):**');
  const end = readme.indexOf('- **`possibleTypes`:**', start);
  if (start < 0 || end < 0) throw new Error('README: the "Caching (Apollo Client)" bullet is missing');
  return readme.slice(start, end);
}

function documentedValueTypes(): string[] {
  const bullet = cachingBullet();
  const list = /Value types(?: \((\d+)\))?: ([^.]*)\./.exec(bullet);
  if (!list) throw new Error('README: the caching bullet has no "Value types: …." list');
  const names = [...list[2].matchAll(/`(\w+)`/g)].map((match) => match[1]);
  if (list[1] !== undefined && Number(list[1]) !== names.length) throw new Error(`README: "Value types (${list[1]})" lists ${names.length}`);
  return names;
}

describe('the cache policies the README documents', () => {
  it('when the schema\'s object types without an id are listed, then they are exactly the README\'s value types', async () => {
    const schema = await createSchema();
    const withoutId = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith('__') && type !== schema.getQueryType() && !type.getFields().id)
      .map((type) => type.name)
      .sort();
    expect(documentedValueTypes().sort()).toEqual(withoutId);
  });

  it('when a type has an id that names a quote rather than a link, then the README gives it keyFields: false', async () => {
    const schema = await createSchema();
    const bullet = cachingBullet();
    for (const name of ['Evidence', 'EvidenceCheck']) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getFields().id).toBeTruthy();
      expect(bullet).toContain(`${name}: { keyFields: false }`);
    }
  });
});
