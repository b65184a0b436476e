/** Folder boundaries, checked in `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-stays-pure',
      comment:
        'domain/ is plain TypeScript: no AWS, HTTP, UI, CDK or Node built-ins (clock, crypto, fs). ' +
        'Besides zod it may use date-fns with @date-fns/utc: pure calendar arithmetic on the dates passed in, no clock of its own.',
      severity: 'error',
      from: { path: '^domain/' },
      to: {
        pathNot: '^domain/',
        path: ['^functions/', '^infra/', '^web/', 'node_modules/(?!(zod|date-fns|@date-fns/utc)/)'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      severity: 'error',
      from: { path: '^domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'functions-not-into-infra-or-web',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: ['^infra/', '^web/'] },
    },
    {
      name: 'no-dynamodb-scan',
      comment: 'Every access pattern is a named Query or Get; a Scan reads every case.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: 'node_modules/@aws-sdk/client-dynamodb/dist-[a-z]+/commands/ScanCommand' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'storage-is-the-bottom-lane',
      comment: 'functions/storage/ holds only what every concept shares (client, table, keys, items, the transactional writer): it imports the domain and itself, nothing above it.',
      severity: 'error',
      from: { path: '^functions/storage/' },
      to: { path: '^functions/', pathNot: '^functions/storage/' },
    },
    {
      name: 'nothing-imports-a-handler',
      comment: 'A handler is reached only through its concept\'s function (`<concept>.function.ts`, the Lambda entry, which the local server loads by its path): no other module imports a handler or a function.',
      severity: 'error',
      from: { path: '^functions/', pathNot: '^functions/[^/]+/[^/]+\\.function\\.ts$' },
      to: { path: '\\.(handler|function)\\.ts$' },
    },
    {
      name: 'a-function-routes-to-its-own-concept',
      comment: 'A concept\'s function is its own folder\'s routes and handlers behind one router: no other concept\'s, no other function, not the whole route table.',
      severity: 'error',
      from: { path: '^functions/([^/]+)/[^/]+\\.function\\.ts$' },
      to: { path: ['\\.(handler|routes|function)\\.ts$', '^functions/api/routes\\.ts$'], pathNot: '^functions/$1/[^/]+\\.(handler|routes)\\.ts$' },
    },
    {
      name: 'handler-imports-its-own-routes',
      comment: 'A handler imports its own concept\'s routes, not the whole table (which pulls in every route and schema).',
      severity: 'error',
      from: { path: '^functions/([^/]+)/[^/]+\\.handler\\.ts$' },
      to: { path: ['\\.routes\\.ts$', '^functions/api/routes\\.ts$'], pathNot: '^functions/$1/[^/]+\\.routes\\.ts$' },
    },
    {
      name: 'http-stays-generic',
      comment: 'The middy stack serves every route: it knows the Route type, never a handler, a route table or a job.',
      severity: 'error',
      from: { path: '^functions/http/' },
      to: { path: ['\\.handler\\.ts$', '\\.routes\\.ts$', '^functions/api/routes\\.ts$', '^functions/(jobs|local)/'] },
    },
    {
      name: 'repositories-below-http',
      comment: 'Repositories and writers speak DynamoDB and the domain: no HTTP, no routes, no handlers.',
      severity: 'error',
      from: { path: '\\.(repository|writer)\\.ts$' },
      to: { path: ['^functions/(http|api|jobs|local)/', '\\.(handler|routes)\\.ts$'] },
    },
    {
      name: 'routes-are-contract-only',
      comment: 'A routes module is data (paths, roles, schemas): it reaches no storage, HTTP stack, job or handler, so a handler importing it stays small.',
      severity: 'error',
      from: { path: ['\\.routes\\.ts$', '^functions/api/(route|routes|route-parts|views\\.schema|openapi)\\.ts$', '\\.views\\.ts$'] },
      to: { path: ['^functions/(storage|http|jobs|local)/', '\\.(handler|repository|writer)\\.ts$'] },
    },
    {
      name: 'only-local-imports-local',
      comment: 'functions/local/ is the development server: nothing deployed may depend on it.',
      severity: 'error',
      from: { pathNot: '^functions/local/' },
      to: { path: '^functions/local/' },
    },
    {
      name: 'jobs-are-entry-points',
      comment: 'The scheduled jobs call the concepts; only the job handler and the local server start them.',
      severity: 'error',
      from: { path: '^functions/', pathNot: '^functions/(jobs|local)/' },
      to: { path: '^functions/jobs/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
