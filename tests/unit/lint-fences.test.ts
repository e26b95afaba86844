import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

/**
 * The fences between the layers of design.md §5 are lint rules: each fixture is linted as if it stood where the
 * case says, and must be refused (or let through) by the project's own ESLint configuration.
 */
const eslint = new ESLint({ cwd: process.cwd() })
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/lint', name), 'utf8')

async function importErrors(name: string, standsAt: string): Promise<string[]> {
  const [result] = await eslint.lintText(fixture(name), { filePath: join(process.cwd(), standsAt) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

// ESLint's first run loads every plugin: on a busy 2-core machine that alone can pass vitest's 5 s default.
describe('the layers are fenced by lint', { timeout: 60_000 }, () => {
  it.each([
    ['component-reads-db.vue', 'src/components/letters/LettersFixture.vue', 1],
    ['component-reads-db.vue', 'src/views/FixtureView.vue', 1],
    ['view-imports-dexie.vue', 'src/views/FixtureView.vue', 2],
    ['composable-writes-draft.ts', 'src/composables/useNote.ts', 1],
    ['db-imports-store.ts', 'src/db/fixture.ts', 1],
  ])('refuses %s where it stands at %s', async (name, standsAt, count) => {
    const errors = await importErrors(name, standsAt)
    expect(errors).toHaveLength(count)
    expect(errors.join(' ')).toMatch(/store|src\/db/)
  })

  it.each([
    ['composable-reads-live.ts', 'src/composables/useFollow.ts'],
    ['component-uses-store.vue', 'src/components/letters/LettersFixture.vue'],
    // A store is the one place that calls the database.
    ['component-reads-db.vue', 'src/stores/fixture.vue'],
  ])('lets %s through where it stands at %s', async (name, standsAt) => {
    expect(await importErrors(name, standsAt)).toEqual([])
  })

  it('finds no breach in the code as it stands', async () => {
    const results = await eslint.lintFiles(['src/views', 'src/components', 'src/composables', 'src/db'])
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}: ${m.message}`))).toEqual([])
  })
})
