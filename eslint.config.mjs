// ESLint over the TypeScript of src, test, bench and explorer/src (`npm run lint:ts`, part of
// `npm run lint` and so of `npm test`). The base is typescript-eslint's recommended type-checked set;
// every rule turned off or down below says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'neo4j-local/', 'explorer/src/generated/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // Each file is checked with the tsconfig that owns it (explorer/ has its own, with the DOM).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Apollo's plugin hooks and context function are typed to return promises; `async` without
      // `await` is the plain way to implement them, and wrapping in Promise.resolve() says less.
      '@typescript-eslint/require-await': 'off',
      // A signal handler registered before the connection it closes exists reads the `let` first
      // and is assigned once later (src/main.ts, src/server/app.ts): const cannot express that.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Passing on the reason of a promise we wrap (a timeout around a query, a drain) keeps the
      // original error; it is `unknown` there, and wrapping it in a new Error would hide its class.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Every use it flagged is String() of a value typed `unknown` and narrowed to `{}` by a null
      // check (Neo4j row values, GraphQL error extensions), which the rule takes for an object that
      // prints "[object Object]"; at run time they are strings and numbers. Rows decoded into typed
      // shapes (issue 15) make the values typed; then this rule can be turned back on.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // Tests and the benchmark read JSON answers and raw driver rows, `any` by nature, and check them
    // where it matters: tests with expect(), the bench by comparing each contender's answer with the
    // service's. Typing each answer there would re-declare the schema by hand; src/ and explorer/
    // keep the whole set (their answers are typed by decoders and by the generated query types).
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
