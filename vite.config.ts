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
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 6000 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
