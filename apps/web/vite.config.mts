import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves the built files under /app (apps/api/src/web/serve-web.ts).
export default defineConfig({
  root,
  base: '/app/',
  plugins: [react()],
  // The generated API client's types (libs/api-client, npm run generate:client); only types are imported.
  resolve: { alias: { '@remiss/api-client': fileURLToPath(new URL('../../libs/api-client/src/index.ts', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true, sourcemap: true },
});
