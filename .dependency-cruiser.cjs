/** Import boundaries of docs/ARCHITECTURE.md: transport depends on domains, never the reverse. */
const transport = '^src/(http|realtime)/';
module.exports = {
  forbidden: [
    {
      name: 'domain-not-transport',
      comment: 'Domain code never imports the HTTP or realtime layers.',
      severity: 'error',
      from: { path: '^src/', pathNot: [transport, '^src/(main|app)\\.ts$'] },
      to: { path: transport },
    },
    {
      name: 'domain-no-transport-libs',
      comment: 'Domain code never imports Fastify or Socket.IO.',
      severity: 'error',
      from: { path: '^src/', pathNot: [transport, '^src/(main|app)\\.ts$'] },
      to: { path: 'node_modules/(fastify|@fastify|socket\\.io)' },
    },
    {
      name: 'nlu-is-pure',
      comment: 'NLU is pure computation: no database, bus or I/O.',
      severity: 'error',
      from: { path: '^src/nlu/' },
      to: { path: ['^src/(db|bus)/', 'node_modules/(kysely|pg|better-sqlite3)'] },
    },
    {
      name: 'only-repositories-touch-kysely',
      comment: 'Only repositories and db/ use Kysely.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.repository\\.ts$', '^src/db/', '\\.test\\.ts$'] },
      to: { path: 'node_modules/kysely', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      severity: 'warn',
      from: { orphan: true, pathNot: ['\\.d\\.ts$', '\\.test\\.ts$', '(^|/)tsconfig\\.json$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
