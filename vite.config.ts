/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineServiceWorker } from './scripts/vite-offline-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [react(), offlineServiceWorker('src/lib/offline/service-worker.js')],
  define: {
    // Test hooks on window exist only in the e2e build; the production bundle must not carry them.
    __E2E__: JSON.stringify(mode === 'e2e'),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // The domain is pure (no module runs for its side effects) and so is the yaml package: a module
      // whose exports a chunk does not use is left out of it. Without this, src/domain/index.ts (which
      // re-exports every module) put the import readers, the yaml package, the export formats and the
      // error lookup in the first chunk, although only the toolbar's lazily loaded dialogs use them.
      treeshake: {
        moduleSideEffects: (id) => !/[\\/]src[\\/]domain[\\/]|[\\/]node_modules[\\/]yaml[\\/]/.test(id),
      },
      output: {
        codeSplitting: {
          // zod and the module that turns its eval probe off, in one chunk: the schemas (in chunks
          // that import this one) are built after the setting, as main.tsx's import order intends.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]no-eval\.ts$/ }],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
