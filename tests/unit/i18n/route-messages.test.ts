import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import { LAZY_PARTS } from '@/i18n/parts'
import { routes } from '@/router'
import { diskFiles, screenProblems, type Files, type Screen } from './message-graph'

// Every key a screen can show must be in the core part or in a part its route loads: a part the route declares
// (`meta.messageParts`), or one loaded by what the screen uses (the rules engine brings `explain`). The keys are
// found statically in each route component's module graph (./message-graph.ts says how); the complementary
// dynamic check, tests/component/route-messages.test.ts, opens every route with only those parts loaded.

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
// Read as raw JSON: an import would go through the i18n precompiler.
const en = JSON.parse(readFileSync(join(root, 'locales/en.json'), 'utf8')) as Record<string, unknown>
const partOf = (namespace: string) =>
  Object.entries(LAZY_PARTS).find(([, keys]) => (keys as readonly string[]).includes(namespace))?.[0]
/** The routes module is not entered: its lazy components are the other screens, each checked as its own route. */
const ROUTES_MODULE = 'src/router.ts'

type Loaded = { default?: { __file?: string } }

/** Every route with a component (children too, with their parents' parts), and the file of its component. */
async function routeScreens(
  records: readonly RouteRecordRaw[],
  parentParts: readonly string[] = [],
): Promise<Screen[]> {
  const screens: Screen[] = []
  for (const record of records) {
    const declared = [...parentParts, ...(record.meta?.messageParts ?? [])]
    const components = record.components ?? (record.component ? { default: record.component } : {})
    for (const [view, component] of Object.entries(components)) {
      // A lazy route component is a function returning its module; the compiled component names its file (dev builds).
      const loaded =
        typeof component === 'function'
          ? ((await (component as () => Promise<Loaded>)()).default ?? {})
          : (component as Loaded['default'])
      const file = loaded?.__file
      if (!file)
        throw new Error(`Cannot tell the file of route ${String(record.name ?? record.path)}'s component`)
      const name = `${String(record.name ?? record.path)}${view === 'default' ? '' : ` (${view})`}`
      screens.push({
        name,
        root: relative(root, file),
        declared,
        extraKeys: record.meta?.titleKey ? [record.meta.titleKey] : [],
      })
    }
    if (record.children) screens.push(...(await routeScreens(record.children, declared)))
  }
  return screens
}

const screens = await routeScreens(routes)
const files = diskFiles(root)
// The shell (header, navigation, update prompt) shows on every screen, the first one too: core only.
const shell: Screen = { name: 'the app shell', root: 'src/main.ts', declared: [] }

describe('the messages of every route', () => {
  it('finds the component of every route, a file under src/', () => {
    const withComponent = (records: readonly RouteRecordRaw[]): number =>
      records.reduce(
        (n, r) =>
          n +
          Object.keys(r.components ?? (r.component ? { default: r.component } : {})).length +
          withComponent(r.children ?? []),
        0,
      )
    expect(screens).toHaveLength(withComponent(routes))
    expect(
      screens.filter((s) => !/^src\/.+\.(vue|ts)$/.test(s.root) || files.read(s.root) === undefined),
    ).toEqual([])
  })

  it.each([shell, ...screens].map((screen) => [screen.name, screen] as const))(
    '%s shows only keys of core and the parts it loads',
    (_name, screen) => {
      expect(screenProblems(screen, files, en, partOf, new Set([ROUTES_MODULE]))).toEqual([])
    },
  )
})

describe('the check itself', () => {
  // A made-up screen that declares the project part: what the check must report, and what it must let through.
  const fixture: Record<string, string> = {
    'src/views/FakeView.vue': `<script setup lang="ts">
import { defineAsyncComponent } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Typed } from '@/fake/typed'
import { titleOf } from '@/fake/helper'
import { load } from '@/fake/engine-user'
import FakeOptions from './FakeOptions.vue'
const { t } = useI18n()
const status = 'open'
const Later = defineAsyncComponent(() => import('./FakeLater.vue'))
</script>
<template><h1>{{ t('nav.today') }}</h1><p>{{ t(\`plan.statuses.\${status}\`) }}</p><Later /><FakeOptions /></template>`,
    'src/views/FakeLater.vue': `<script setup lang="ts">
import { useI18n } from 'vue-i18n'
const { t } = useI18n()
</script>
<template><p>{{ t('rights.back') }}</p><p>{{ t(\`\${'why'}.title\`) }}</p></template>`,
    'src/views/FakeOptions.vue': `<script lang="ts">
export default { name: 'FakeOptions' }
</script>
<template><p :title="$t('glossary.title')">{{ $t('plan.intro') }}</p></template>`,
    'src/fake/typed.ts': `export type Typed = 'rights.back'\nexport const shown = 'why.title'`,
    'src/fake/helper.ts': `import { t } from './t'
export const titleOf = (ns: string) => t(ns + '.title') + t('nav.todya')
export const fileOf = (name: string) => \`\${name}.json\``,
    'src/fake/t.ts': `export const t = (key: string) => key`,
    'src/fake/engine-user.ts': `import { loadMessagePart } from '@/i18n'
export const load = () => Promise.all([import('./engine'), loadMessagePart('explain')])`,
    'src/fake/engine.ts': `export const messages = [{ key: 'rules.isip_due.why' }, { key: 'plan.title' }, { key: \`reminders.\${'x'}.label\` }]`,
  }
  const fake: Files = { read: (file) => fixture[file] }
  const problems = screenProblems(
    {
      name: 'fake',
      root: 'src/views/FakeView.vue',
      declared: ['project'],
      extraKeys: ['plan.title', 'plan.titel'],
    },
    fake,
    en,
    partOf,
  )

  it('reports exactly the keys that would show raw, and nothing it should let through', () => {
    const undeclared = (key: string, file: string, part: string) =>
      `fake: "${key}" (${file}) is in part "${part}", not loaded (declared: project)`
    expect([...problems].sort()).toEqual(
      [
        // The route's title is no message.
        'fake: "plan.titel" (route meta) is no message of locales/en.json',
        // A part the route does not declare, in a lazily loaded component and in a component written without setup.
        undeclared('rights.back', 'src/views/FakeLater.vue', 'rights'),
        undeclared('glossary.title', 'src/views/FakeOptions.vue', 'rights'),
        // The rules engine's modules come with its words only, whatever the route declares.
        undeclared('plan.title', 'src/fake/engine.ts', 'project'),
        // A typo.
        'fake: "nav.todya" (src/fake/helper.ts) is no key of locales/en.json',
        // Keys whose namespace the code does not show.
        `fake: src/fake/helper.ts ns + '.title': write the key's namespace in the code, so the parts it needs can be checked`,
        "fake: src/views/FakeLater.vue `${'why'}.title`: write the key's namespace in the code, so the parts it needs can be checked",
      ].sort(),
    )
    // Let through: core (nav.today), the declared part (plan.statuses.*, plan.intro, plan.title as the title), the
    // engine's words with the engine (rules.*, reminders.*), what only a type import names, `${name}.json`.
  })
})
