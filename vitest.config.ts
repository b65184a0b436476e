import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // A file's first table starts its own DynamoDB Local (3 s) before the demo is seeded (7 s).
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/web/**', '**/node_modules/**'],
          setupFiles: ['test/support/file-dynamodb.ts'],
        },
      },
      {
        // The web app's components, in a simulated DOM; no DynamoDB needed.
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['test/web/**/*.test.ts', 'test/web/**/*.test.tsx'],
          setupFiles: ['test/web/support/setup.ts'],
        },
      },
    ],
  },
});
