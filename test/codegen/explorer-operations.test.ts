import { readFileSync } from 'node:fs';
import { explorerOperationsModule } from '../../src/codegen/explorer-operations';
import { explorerOperationsFile } from '../../src/paths';

describe('the explorer\'s generated operation types (src/codegen/explorer-operations.ts)', () => {
  it('when generated again from schema/schema.graphql and explorer/src/operations.graphql, then the committed file is the same (else: npm run codegen)', async () => {
    expect(readFileSync(explorerOperationsFile, 'utf8')).toBe(await explorerOperationsModule());
  });

  it('when an operation asks for a field the schema lacks, then generation fails instead of typing it', async () => {
    const { parse } = await import('graphql');
    const { codegen } = await import('@graphql-codegen/core');
    const typescriptOperations = await import('@graphql-codegen/typescript-operations');
    const schema = parse(readFileSync(require.resolve('../../schema/schema.graphql'), 'utf8'));
    await expect(
      codegen({
        filename: 'x.ts',
        schema,
        documents: [{ document: parse('query Bad { strategy { noSuchField } }'), location: 'bad.graphql' }],
        config: {},
        plugins: [{ typescriptOperations: {} }],
        pluginMap: { typescriptOperations },
      }),
    ).rejects.toThrow(/noSuchField/);
  });
});
