// The dependency rule of README "Architecture", checked by `npm run lint:deps` (part of `npm test`):
// server → graph → db → neo4j-driver, with config, errors, vocabulary and text as leaves anyone may use.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved alone.',
      severity: 'error',
      from: { path: '^(src|explorer/src)/' },
      to: { circular: true },
    },
    {
      name: 'graph-not-to-server',
      comment: 'The graph layer (resolvers, loaders, repositories) is served by server/, it never reaches back into it.',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^src/(server|main|cli)' },
    },
    {
      name: 'graph-not-to-dataset',
      comment: 'The graph reads what the loader wrote through Cypher; it shares vocabulary/ with dataset/, not its internals.',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^src/(dataset|report)/' },
    },
    {
      name: 'db-imports-only-leaves',
      comment: 'db/ is the bottom layer: nothing of ours but configuration, errors and project paths.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db/|config\\.ts$|errors\\.ts$|paths\\.ts$)' },
    },
    {
      name: 'leaves-stay-leaves',
      comment: 'config, errors, vocabulary and text are imported by every layer, so they import none.',
      severity: 'error',
      from: { path: '^src/(config\\.ts|errors\\.ts|paths\\.ts|vocabulary/|text/)' },
      to: { path: '^src/', pathNot: '^src/(config\\.ts|errors\\.ts|paths\\.ts|vocabulary/|text/)' },
    },
    {
      name: 'only-db-uses-the-driver',
      comment: 'Driver types (Integer, Node, Neo4jError) stop in db/; everything above gets plain rows.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/db/' },
      to: { path: '(^|/)node_modules/neo4j-driver' },
    },
    {
      name: 'no-type-graphql-in-repositories',
      comment: 'Repositories speak rows and plain objects; GraphQL types are the resolvers\' business.',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '(^|/)node_modules/type-graphql' },
    },
    {
      name: 'explorer-only-public-api',
      comment: 'The explorer is a client: it sees the service through GraphQL (and the types generated from its schema), never src/.',
      severity: 'error',
      from: { path: '^explorer/' },
      to: { path: '^(src|bench|test)/' },
    },
    {
      name: 'src-not-to-tests-or-bench',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|explorer)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
