import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Component tests (jsdom). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
  },
});
