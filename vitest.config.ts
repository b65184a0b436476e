import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Seeding the demo in a beforeAll takes 7 s alone, but over a minute late in a full run, when the
    // one shared DynamoDB Local holds every earlier file's table (a run on 2 cores on 2026-12-02).
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/web/**', '**/node_modules/**'],
          globalSetup: ['test/support/dynamodb-global-setup.ts'],
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
