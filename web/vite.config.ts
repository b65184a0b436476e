import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: here,
  plugins: [react(), dropUtrechtDisplayNames()],
  server: {
    // `npm run dev`: the API of `npm start` on port 3000, the app with hot reload beside it.
    proxy: { '/api': process.env.DOORBRAAK_API ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Above the budget we set ourselves (200 KiB gzipped for the first visit), a warning is noise.
    chunkSizeWarningLimit: 600,
  },
});
