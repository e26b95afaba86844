import './tests/node-polyfills.ts'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Benchmarks print figures (npm run bench); they are not part of npm test.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: { environment: 'node', include: ['tests/bench/**/*.bench.test.ts'], testTimeout: 120_000 },
  }),
)
