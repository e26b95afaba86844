import { beforeAll, describe, expect, it } from 'vitest'
import { readBackup } from '@/db/backup-read'
import { plainCorpus, sealedCorpus, type BadFile } from './backup-corpus'
import { dumpDatabase, realExport, seedDevice, TODAY } from './backup-support'

const PASSPHRASE = 'Le chat de Marie, 2026'
let plain: string
let sealed: string
let corpus: BadFile[]

beforeAll(async () => {
  await seedDevice()
  plain = await realExport()
  sealed = await realExport({ passphrase: PASSPHRASE })
  corpus = [...plainCorpus(plain), ...sealedCorpus(sealed, PASSPHRASE)]
})

describe('the bad-file corpus', () => {
  it('holds at least 150 files, and the export it is made from reads', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150)
    await expect(readBackup(new Blob([plain]), undefined, { today: TODAY })).resolves.toMatchObject({ encrypted: false })
    await expect(readBackup(new Blob([sealed]), PASSPHRASE, { today: TODAY })).resolves.toMatchObject({ encrypted: true })
    const sizes = new Map<string, number>()
    for (const { family } of corpus) sizes.set(family, (sizes.get(family) ?? 0) + 1)
    const families = [...sizes].map(([family, size]) => `${family}: ${size}`)
    console.info(`backup corpus, ${corpus.length} files — ${families.join(', ')}`)
  })

  // One test per family: each file refused with its code, as a BackupError, and the database unchanged after each.
  it.each(['not a backup', 'too large', 'cut short', 'header', 'tables', 'wrong type', 'null', 'impossible date', 'unknown key', 'duplicate id', 'no project', 'reference', 'order', 'enum', 'prototype key', 'nesting', 'implausible', 'edits', 'encrypted'])(
    '%s: each refused with its code, nothing written',
    { timeout: 60_000 },
    async (family) => {
      const cases = corpus.filter((c) => c.family === family)
      expect(cases.length).toBeGreaterThan(0)
      const before = await dumpDatabase()
      for (const bad of cases) {
        const error = await readBackup(bad.body, bad.passphrase, { today: TODAY }).then(
          () => undefined,
          (e: unknown) => e as { name?: string; code?: string },
        )
        expect({ name: bad.name, error: error?.name, code: error?.code }).toEqual({ name: bad.name, error: 'BackupError', code: bad.code })
        expect(await dumpDatabase(), bad.name).toBe(before)
      }
    },
  )

  it('names every family in the list above', () => {
    expect(new Set(corpus.map((c) => c.family)).size).toBe(19)
  })
})

describe('what a good file may hold', () => {
  it('reads a file with a byte-order mark, and a plain file given a passphrase', async () => {
    await expect(readBackup(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), plain]), undefined, { today: TODAY })).resolves.toBeDefined()
    await expect(readBackup(new Blob([plain]), 'a passphrase not needed', { today: TODAY })).resolves.toMatchObject({ encrypted: false })
  })

  it('reads a record with its edits (who changed it, and when) as it was written', async () => {
    const file = JSON.parse(plain) as { data: { steps: Record<string, unknown>[] } }
    const edits = [{ role: 'companion', name: 'Jan', on: '2026-11-30' }, { role: 'me', on: '2026-12-01' }]
    file.data.steps[0]!.edits = edits
    const read = await readBackup(new Blob([JSON.stringify(file)]), undefined, { today: TODAY })
    expect((read.data.steps[0] as { edits?: unknown } | undefined)?.edits).toEqual(edits)
  })

  it('keeps script and HTML in a text field as text', async () => {
    const file = JSON.parse(plain) as { data: { steps: { title: string }[] } }
    file.data.steps[0]!.title = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    const preview = await readBackup(new Blob([JSON.stringify(file)]), undefined, { today: TODAY })
    expect(preview.data.steps).toContainEqual(expect.objectContaining({ title: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }))
  })

  it('refuses a file over 50 MB before reading it', async () => {
    const huge = new Blob([new Uint8Array(50 * 1024 * 1024 + 1)])
    let read = false
    Object.defineProperty(huge, 'arrayBuffer', { value: () => ((read = true), Promise.reject(new Error('read'))) })
    Object.defineProperty(huge, 'text', { value: () => ((read = true), Promise.reject(new Error('read'))) })
    await expect(readBackup(huge)).rejects.toMatchObject({ name: 'BackupError', code: 'too-large' })
    expect(read).toBe(false)
  })
})
