// Three runs by what a test needs, told apart by the file name:
//   *.test.ts               unit: no Neo4j, no browser, no Java (npm run test:unit)
//   *.int.test.ts           a real Neo4j, started once by the project's global setup (npm run test:int)
//   test/e2e/*.e2e.test.ts  Chromium, on top of Neo4j (npm run test:e2e)
// `npx jest <file>` picks the project from the name, so a unit test never waits for Neo4j.

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    // auto-bind (used by GraphQL Code Generator, test/codegen) ships ESM only, which Jest cannot
    // require before Node 24.9; it alone is transpiled to CommonJS.
    '/node_modules/auto-bind/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!auto-bind/)'],
  setupFiles: ['reflect-metadata'],
};

// One embedded Neo4j for the whole run (or TEST_NEO4J_URI when set, never NEO4J_URI); see test/support/global-setup.ts.
const withNeo4j = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'],
    },
    { ...shared, ...withNeo4j, displayName: 'int', testMatch: ['**/*.int.test.ts'] },
    // Installs Chromium when it may, else skips in one line (required under CI=true); see the file.
    {
      ...shared,
      ...withNeo4j,
      globalSetup: '<rootDir>/test/support/e2e-global-setup.ts',
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
  ],
};
