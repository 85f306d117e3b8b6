import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const codegen = path.join(root, 'node_modules', '.bin', 'graphql-codegen');

// The CLI, not its API: the API is an ES module that Jest's CommonJS runtime cannot require.
const check = (config: string) =>
  spawnSync(codegen, ['--config', config, '--check', '--silent'], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('explorer/src/generated (npm run codegen)', () => {
  it('when codegen runs on schema/schema.graphql and the explorer’s gql(...) operations, then the committed files are what it writes', () => {
    const result = check('codegen.yml');
    // Stale: run `npm run codegen` and commit explorer/src/generated/.
    expect({ status: result.status, output: `${result.stdout}${result.stderr}`.trim() }).toEqual({ status: 0, output: '' });
  });
});
