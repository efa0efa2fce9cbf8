/**
 * The layering from the README ("How the code is laid out"), checked by `npm run boundaries`
 * (part of `npm test`). Data flows import → domain → db → store → screen; each rule below says
 * which way an arrow may not point.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const screens = '^src/(views|components)/'
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is plain TypeScript: no UI, state, storage, shell or platform code.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(db|stores|views|components|platform|composables|workers|cli|node)/',
          'node_modules/(vue|@vue|pinia|dexie|electron|vue-router|vue-chartjs|@vueuse)/',
        ],
      },
    },
    {
      name: 'screens-use-stores-not-db',
      comment: 'Screens reach data only through Pinia stores.',
      severity: 'error',
      from: { path: screens },
      to: { path: '^src/db/' },
    },
    {
      name: 'headless-entries-stay-headless',
      comment:
        'The CLI and the import worker reuse the domain; no database, stores or screens. The restore ' +
        'worker is the exception for the database only: it writes the checked backup in its one ' +
        'transaction off the page (IndexedDB is the same in a worker).',
      severity: 'error',
      from: { path: '^src/(cli|workers)/', pathNot: '^src/workers/restore-' },
      to: { path: ['^src/(db|stores|views|components)/', 'node_modules/(vue|pinia|dexie|electron)/'] },
    },
    {
      name: 'restore-worker-stays-headless',
      comment: 'The restore worker may write the database, never reach stores or screens.',
      severity: 'error',
      from: { path: '^src/workers/restore-' },
      to: { path: ['^src/(stores|views|components)/', 'node_modules/(vue|pinia|electron)/'] },
    },
    {
      name: 'no-circular',
      comment: 'Modules import each other one way: a cycle means a shared piece wants its own file.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-has-no-barrels',
      comment:
        'Domain modules are imported by their own path (`@/domain/import/pipeline`): an index.ts that ' +
        're-exports them gets gone around and keeps names alive that nothing uses.',
      severity: 'error',
      from: {},
      to: { path: '^src/domain/(index|[a-z/-]*/index)\\.ts$' },
    },
    {
      name: 'stores-do-not-use-composables',
      comment: 'Composables serve screens; what a store shares with them lives in src/stores/shared.',
      severity: 'error',
      from: { path: '^src/stores/' },
      to: { path: '^src/composables/' },
    },
    {
      name: 'main-process-is-not-the-cli',
      comment: 'Electron main shares Node code with the CLI through src/node, and reaches no renderer layer.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^src/(cli|stores|views|components|composables|db|workers)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsConfig: { fileName: 'tsconfig.web.json' },
    tsPreCompilationDeps: true,
  },
}
