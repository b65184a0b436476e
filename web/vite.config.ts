import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { parseConfig } from './src/lib/config.schema.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Utrecht's React packages set `Component.displayName = '…'` at module scope; to a bundler that is a
 * side effect, so every component of the library would be kept. The names only serve React DevTools,
 * so the production build drops those lines and the unused components fall away. (STACK.md suggests
 * rolldown's `propertyWriteSideEffects: false` instead; with Vite 8.3 that also drops property writes
 * inside React DOM and the app renders nothing.)
 */
const dropUtrechtDisplayNames = (): Plugin => ({
  name: 'doorbraak:drop-utrecht-display-names',
  apply: 'build',
  transform: {
    filter: { id: /node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]dist[\\/].*\.mjs$/ },
    handler: (code) => ({ code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = (['"])[^'"\n]*\1;?$/gm, ''), map: null }),
  },
});

export default defineConfig(({ mode }) => {
  // The app's settings are checked here, in Node: a wrong VITE_* variable stops the build (src/lib/config.schema.ts).
  parseConfig(loadEnv(mode, here, 'VITE_'));
  return {
    root: here,
    plugins: [react(), dropUtrechtDisplayNames()],
    server: {
      // `npm run dev`: the API of `npm start` on port 3000, the app with hot reload beside it.
      proxy: { '/api': process.env.DOORBRAAK_API ?? 'http://localhost:3000' },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // Above the budget we set ourselves (120 KiB gzipped for the first visit), a warning is noise.
      chunkSizeWarningLimit: 600,
      rolldownOptions: {
        // Utrecht's React packages are plain components once their displayName lines are gone (above):
        // saying so lets the first visit leave out the form components only later screens use.
        treeshake: { moduleSideEffects: [{ test: /node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/]/, sideEffects: false }] },
      },
    },
  };
});
