import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'web/dist/', '.data/', 'bench/data/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read JSON answers as they come over the wire.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      // The domain gets time and ids passed in: no clock, no randomness of its own.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in (CommandContext.now).' },
        { object: 'Math', property: 'random', message: 'Pass ids in (CommandContext.newId).' },
        { object: 'crypto', property: 'randomUUID', message: 'Pass ids in (CommandContext.newId).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in (CommandContext.now).' },
      ],
      'no-restricted-globals': ['error', 'fetch', 'process', 'setTimeout', 'setInterval'],
      // Packages the domain may use: zod, and date-fns with @date-fns/utc for calendar arithmetic
      // (pure functions of the dates passed in; the domain still never reads the clock). The same
      // list is the dependency-cruiser rule 'domain-stays-pure'.
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\.|zod$|date-fns$|@date-fns/utc$)', message: 'The domain imports only zod and date-fns (with @date-fns/utc).' }] },
      ],
    },
  },
  {
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@aws-sdk/client-dynamodb', importNames: ['ScanCommand'], message: 'Every access pattern is a Query or a Get.' },
                  { name: '@aws-sdk/lib-dynamodb', importNames: ['ScanCommand'], message: 'Every access pattern is a Query or a Get.' }] },
      ],
    },
  },
  {
    // Keys are built in functions/storage/keys.ts only: a literal key prefix ('CASE#', `VOTE#${id}`)
    // anywhere else is a second spelling of a key that drifts from the first.
    files: ['functions/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['**/storage/keys.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/^[A-Z][A-Z_]*#/]', message: 'Build table keys with `keys` in functions/storage/keys.ts.' },
        { selector: 'TemplateElement[value.raw=/^[A-Z][A-Z_]*#/]', message: 'Build table keys with `keys` in functions/storage/keys.ts.' },
      ],
    },
  },
  {
    // bulletproof-react: a feature imports only itself and the shared app/lib code, never another
    // feature; the web app takes types from the API's route table (`import type`, erased from the
    // bundle), never its Node-side code.
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/functions/', allowTypeImports: true, message: 'The web app takes only types from the API side: use `import type`.' }] },
      ],
    },
  },
  {
    files: ['web/src/features/**/*.ts', 'web/src/features/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'No imports across features: move shared code to web/src/lib.' },
            // From features/<feature>/<folder>/, two levels up is the features folder: another feature.
            { regex: '^(\\.\\./){2}[^.]', message: 'No imports across features: move shared code to web/src/lib.' },
            { regex: '/functions/', allowTypeImports: true, message: 'The web app takes only types from the API side: use `import type`.' },
          ],
        },
      ],
    },
  },
);
