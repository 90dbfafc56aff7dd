/**
 * Vite configuration for the web explorer: builds to `web/dist` (served by the server at `/`), and
 * in development proxies the API and its OpenAPI docs to the server on port 3000, so the client
 * always talks to its own origin.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the dev server finds the API; `ATLAS_API_URL` overrides it (another port, a remote server). */
const apiTarget = process.env.ATLAS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The renderer, React and the router change less often than the app: separate, cacheable chunks.
        codeSplitting: {
          groups: [
            { name: 'sigma', test: /node_modules[\\/](sigma|graphology[^\\/]*|events)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Zod's settings (no eval, see `src/zod-config.ts`) travel with zod itself: chunks are
            // evaluated before the entry's own code, so a schema built in a shared chunk would
            // otherwise meet zod unconfigured.
            {
              name: 'router',
              test: /node_modules[\\/](@tanstack[\\/][^\\/]+|zod|seroval[^\\/]*)[\\/]|[\\/]src[\\/]zod-config\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/docs': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/docs': { target: apiTarget, changeOrigin: true },
    },
  },
});
