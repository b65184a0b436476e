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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
