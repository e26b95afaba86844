import './tests/node-polyfills.ts'
import { defineConfig } from 'vitest/config'

// Browser tests drive Debian's Chromium against the production build (dist/), one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
