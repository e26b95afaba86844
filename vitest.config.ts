import './tests/node-polyfills.ts'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
    },
  }),
)
