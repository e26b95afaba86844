import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES, backupFileName, createBackup, recordExport } from '@/db/backup'
import { fromBase64, MAX_ITERATIONS, MIN_ITERATIONS, open, seal, toBase64, type Sealed } from '@/db/backup-crypto'
import { getDb } from '@/db/database'
import { saveDraft } from '@/db/drafts'
import { lastExportKey } from '@/db/facts'
import { createProject } from '@/db/projects'
import { addStep } from '@/db/steps'
import { writeSetting } from '@/db/settings'

const me = { role: 'me' as const }
const now = new Date('2026-12-02T09:30:00.000Z')

async function aProject() {
  const project = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, '2026-12-02')
  await addStep(project.id, { title: 'Voir le médiateur de dettes', who: 'me', author: me }, '2026-12-02')
  await writeSetting('persistAsked', true)
  await saveDraft('step:new', 'tab-a', { title: 'à moitié tapé' })
  return project
}

const json = async (blob: Blob) => JSON.parse(await blob.text()) as Record<string, unknown>

describe('backup file', () => {
  it('holds every table but drafts, with its header, and leaves this device’s settings out', async () => {
    const project = await aProject()
    const file = await json(await createBackup({ now }))
    expect(file).toMatchObject({ format: 'isip-own-backup', formatVersion: 2, appVersion: __APP_VERSION__, exportedAt: '2026-12-02T09:30:00.000Z' })
    const data = file.data as Record<string, unknown[]>
    expect(Object.keys(data)).toEqual([...BACKUP_TABLES])
    expect(Object.keys(data)).not.toContain('drafts')
    expect(data.projects).toMatchObject([{ id: project.id, pcsw: { name: 'CPAS de Tournai' } }])
    expect(data.steps).toMatchObject([{ projectId: project.id, title: 'Voir le médiateur de dettes' }])
    expect(data.settings).not.toContainEqual(expect.objectContaining({ key: 'persistAsked' }))
    expect(JSON.stringify(file)).not.toContain('à moitié tapé')
  })

  it('with a passphrase, leaves only the envelope readable, and opens again with that passphrase only', async () => {
    await aProject()
    const file = (await json(await createBackup({ passphrase: 'correct horse battery', now }))) as unknown as Sealed & Record<string, unknown>
    expect(Object.keys(file).sort()).toEqual(['ciphertext', 'encryption', 'format', 'formatVersion'])
    expect(Object.keys(file.encryption).sort()).toEqual(['algorithm', 'check', 'hash', 'iterations', 'iv', 'kdf', 'keyLength', 'salt'])
    expect(file.encryption).toMatchObject({ algorithm: 'AES-GCM', keyLength: 256, kdf: 'PBKDF2', hash: 'SHA-256', iterations: MIN_ITERATIONS })
    expect(fromBase64(file.encryption.salt)).toHaveLength(16)
    expect(fromBase64(file.encryption.iv)).toHaveLength(12)
    expect(JSON.stringify(file)).not.toMatch(/Tournai|médiateur|2026-12-02/)
    const opened = await open(file, 'correct horse battery')
    expect(JSON.parse(opened)).toMatchObject({ exportedAt: '2026-12-02T09:30:00.000Z', data: { projects: [{ pcsw: { name: 'CPAS de Tournai' } }] } })
    expect(await open(file, 'correct horse batterY')).toBe('wrong-passphrase')
  })

  it('takes an empty passphrase for none', async () => {
    await aProject()
    expect(await json(await createBackup({ passphrase: '', now }))).toHaveProperty('data')
  })

  it('refuses an envelope whose parameters are not its own, and a flipped byte', async () => {
    const sealed = await seal('{"a":1}', 'pass phrase')
    const with_ = (changes: Partial<Sealed['encryption']>): Sealed => ({ ...sealed, encryption: { ...sealed.encryption, ...changes } })
    for (const bad of [
      with_({ iterations: MIN_ITERATIONS - 1 }),
      with_({ iterations: MIN_ITERATIONS + 0.5 }),
      with_({ iterations: 2_147_483_647 }),
      with_({ iterations: MAX_ITERATIONS + 1 }),
      with_({ algorithm: 'aes-gcm' as 'AES-GCM' }),
      with_({ hash: 'SHA-1' as 'SHA-256' }),
      with_({ salt: 'not base64!' }),
      with_({ iv: sealed.encryption.salt }),
    ])
      expect(await open(bad, 'pass phrase')).toBe('invalid')
    const bytes = fromBase64(sealed.ciphertext)!
    bytes[3] = (bytes[3] ?? 0) ^ 1
    const flipped = { ...sealed, ciphertext: toBase64(bytes) }
    expect(await open(flipped, 'pass phrase')).toBe('damaged')
    expect(await open(sealed, 'pass phrase')).toBe('{"a":1}')
    expect(await open(sealed, 'pass phrasE')).toBe('wrong-passphrase')
  })

  it('is named by the date alone, and notes the day of the copy for every project', async () => {
    const project = await aProject()
    expect(backupFileName('2026-12-02')).toBe('isip-2026-12-02.json')
    await recordExport('2026-12-02')
    expect(await getDb().settings.get(lastExportKey(project.id))).toEqual({ key: lastExportKey(project.id), value: '2026-12-02' })
  })
})
