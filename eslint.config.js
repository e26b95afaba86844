import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,tsx,vue}'] },
  { name: 'app/files-to-ignore', ignores: ['dist/**', 'dist-*/**', 'dev-dist/**', 'coverage/**', 'node_modules/**', '.locale-parts/**', 'tests/fixtures/lint/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'app/domain-is-pure',
    files: ['src/domain/**/*.ts'],
    rules: {
      // The rules engine is pure TypeScript: no framework, no storage, no i18n runtime (design.md §5).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'vue-*', '@vue/*', 'pinia', 'dexie', 'dexie-*', 'vue-i18n', '@intlify/*', '@/db/*', '@/stores/*', '@/views/*', '@/components/*'],
              message: 'src/domain is pure TypeScript: pass data in from a store instead of importing the framework or the database.',
            },
          ],
        },
      ],
      // `today` is always an argument: the domain never reads the clock.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `today` in as an argument: the domain never reads the system clock.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass `today` in as an argument: the domain never reads the system clock.' },
      ],
    },
  },
  {
    name: 'app/screens-go-through-stores',
    files: ['src/views/**/*.{ts,vue}', 'src/components/**/*.{ts,vue}'],
    rules: {
      // design.md §5: views and components call stores; only stores reach the database.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Screens never touch the database: read and write through a store in src/stores.' }],
          patterns: [{ group: ['@/db', '@/db/*', '**/db/*'], message: 'Screens never touch the database: read and write through a store in src/stores.' }],
        },
      ],
    },
  },
  {
    name: 'app/composables-do-not-write',
    files: ['src/composables/**/*.ts'],
    rules: {
      // Small reactive helpers: a live query may read (Dexie's liveQuery), a write goes through a store.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', allowImportNames: ['liveQuery'], message: 'A composable only reads, through liveQuery: writes go through a store in src/stores.' }],
          patterns: [{ group: ['@/db', '@/db/*', '**/db/*'], message: 'A composable may not use the database layer: go through a store in src/stores (drafts: stores/drafts.ts).' }],
        },
      ],
    },
  },
  {
    name: 'app/db-below-stores',
    files: ['src/db/**/*.ts'],
    rules: {
      // The database layer knows the domain and Dexie, nothing above it.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue-*', 'pinia', '@/stores/*', '@/views/*', '@/components/*', '@/composables/*', '@/i18n', '@/i18n/*'], message: 'src/db is below the stores: it may import the domain and Dexie only.' },
          ],
        },
      ],
    },
  },
  {
    name: 'app/unused',
    // `_name` marks a value left out on purpose (a field dropped from a record by destructuring).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  {
    name: 'app/no-v-html',
    files: ['src/**/*.vue'],
    rules: { 'vue/no-v-html': 'error' },
  },
  skipFormatting,
)
