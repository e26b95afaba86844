import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { routes } from '@/router'
import { settle } from './mount'

// The dynamic half of tests/unit/i18n/route-messages.test.ts: the whole app is opened on every route, once with no
// project and once with one, each time from fresh modules, so only core and what that route loads (its
// `meta.messageParts`, the rules engine's words with the engine) are there. No key may be missing. The routes are
// reached the way a person reaches them: from Today, following the app's own links (which gives every route a
// real address, its parameters too), or by its path when it has no parameters; every route must be opened.

interface Visit {
  misses: string[]
  errors: string[]
  links: string[]
}

/** Opens the app on `path` with nothing loaded but what the app itself loads, and lists what went wrong. */
async function visit(path: string): Promise<Visit> {
  vi.resetModules()
  const [{ i18n, setLanguage }, { createAppRouter }, { createPinia }, App] = await Promise.all([
    import('@/i18n'),
    import('@/router'),
    import('pinia'),
    import('@/App.vue').then((m) => m.default as Component),
  ])
  const misses: string[] = []
  const errors: string[] = []
  const fail = i18n.global.getMissingHandler()
  i18n.global.setMissingHandler((locale, key, ...rest) => {
    misses.push(`${path}: ${key} (${locale})`)
    return fail?.(locale, key, ...rest)
  })
  vi.spyOn(console, 'error').mockImplementation(() => {})
  await setLanguage('en')
  const router = createAppRouter()
  await router.push(path)
  await router.isReady()
  const onError = (error: unknown) => void errors.push(`${path}: ${String(error)}`)
  let wrapper: ReturnType<typeof mount>
  try {
    wrapper = mount(App, {
      global: { plugins: [createPinia(), router, i18n], config: { errorHandler: onError } },
      attachTo: document.body,
    })
  } catch (error) {
    // An error while mounting is thrown again by mount(), after the handler has seen it.
    if (errors.length === 0) onError(error)
    vi.mocked(console.error).mockRestore()
    return { misses, errors, links: [] }
  }
  // Until the screen stops changing (the rules engine and lazy components arrive after the first paint).
  let html = ''
  for (let still = 0, round = 0; still < 4 && round < 100; round++) {
    await settle()
    const now = wrapper.html()
    still = now === html ? still + 1 : 0
    html = now
  }
  const links = wrapper.findAll('a[href^="/"]').map((a) => a.attributes('href') ?? '')
  wrapper.unmount()
  vi.mocked(console.error).mockRestore()
  return { misses, errors, links }
}

/** Every route by name, with its records' names, children too. */
const routeNames = (records: readonly RouteRecordRaw[]): string[] =>
  records.flatMap((r) => [...(r.name === undefined ? [] : [String(r.name)]), ...routeNames(r.children ?? [])])
const resolver = createRouter({ history: createMemoryHistory(), routes })
const nameOf = (path: string) => String(resolver.resolve(path).name ?? '')
/** A route without parameters can be opened by its path even when no link leads there. */
const plainPaths = resolver
  .getRoutes()
  .filter((r) => r.name !== undefined && !r.path.includes(':'))
  .map((r) => r.path)

/** Visits every route once, reached from Today through the app's links (else by its path): the problems, and where each route was seen. */
async function crawl(): Promise<{ reached: Map<string, string>; problems: string[] }> {
  const reached = new Map<string, string>()
  const problems: string[] = []
  const queue = ['/']
  while (queue.length > 0) {
    const path = queue.shift()!
    const name = nameOf(path)
    if (!name || reached.has(name)) continue
    reached.set(name, path)
    const { misses, errors, links } = await visit(path)
    problems.push(...misses, ...errors)
    queue.push(...links.filter((link) => !reached.has(nameOf(link))))
    if (queue.length === 0) queue.push(...plainPaths.filter((p) => !reached.has(nameOf(p))))
  }
  return { reached, problems: [...new Set(problems)] }
}

const reachedAll = new Set<string>()

describe('every route, opened with only the messages it loads', () => {
  it.each([
    { state: 'with no project', seed: async () => {} },
    {
      state: 'with a project',
      seed: async () => {
        // Fresh modules, so the database opened is this test's.
        vi.resetModules()
        const { createProject } = await import('@/db/projects')
        await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')
      },
    },
  ])('shows no missing key $state', { timeout: 120_000 }, async ({ seed }) => {
    await seed()
    const { reached, problems } = await crawl()
    reached.forEach((_path, name) => reachedAll.add(name))
    expect(problems).toEqual([])
  })

  it('has opened every route, in one state or the other', () => {
    expect(routeNames(routes).filter((name) => !reachedAll.has(name))).toEqual([])
  })
})
