import './tests/node-polyfills.ts'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Benchmarks print figures (npm run bench); they are not part of npm test.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      include: ['tests/bench/**/*.bench.test.ts'],
      testTimeout: 120_000,
      hookTimeout: 60_000,
      fileParallelism: false,
      // Figures print straight to the terminal, in order, without Vitest's per-test headers.
      disableConsoleIntercept: true,
    },
  }),
)
