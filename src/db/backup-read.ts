import { fromLocalDate } from '@/domain/dates'
import type { IsoDate } from '@/domain/model'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupContents, type BackupTable } from './backup'
import { checkBackupData } from './backup-check'
import { envelopeParameters, open, type Encryption } from './backup-crypto'
import { BackupError } from './backup-error'

/**
 * Reading a backup file (issue 10): size, bytes, JSON, header, envelope, then every record (backup-check.ts).
 * Writes nothing, anywhere: what it answers is a preview the person looks at before `restoreBackup`.
 */

/**
 * A larger file is refused before it is read: a ten-year project makes about 1 MB. Photos of letters (format 2) weigh
 * more: a page at 1600 px is 200–400 kB of JPEG, a third more as base64 (a printed page measured 428 kB in
 * tests/e2e/photos.test.ts), so 50 MB holds about a hundred photos (src/domain/photo-size.ts).
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024
/** The deepest the format nests: file › data › table › row › a record's object (pcsw, author…) or list (edits) › an edit. */
export const MAX_DEPTH = 6

/** One project of the file, as the preview shows it. */
export interface ProjectPreview {
  id: string
  pcswName: string
  municipality: string
  steps: number
  objectives: number
  letters: number
  meetingRequests: number
  evaluations: number
}

export interface BackupPreview {
  formatVersion: number
  appVersion: string
  exportedAt: string
  encrypted: boolean
  projects: ProjectPreview[]
  /** Rows by table. */
  counts: Record<BackupTable, number>
  /** The checked data, as `restoreBackup` writes it. */
  data: BackupContents['data']
}

/** Format versions before this one, each carried up by one step. */
const UPGRADES: Record<number, (contents: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added the photos of letters (issue 16, item 12): a file of version 1 has none.
  1: (contents) => (isPlainObject(contents.data) && !Object.hasOwn(contents.data, 'photos') ? { ...contents, data: { ...contents.data, photos: [] } } : contents),
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const PLAIN_KEYS = ['appVersion', 'data', 'exportedAt', 'format', 'formatVersion']
const SEALED_KEYS = ['ciphertext', 'encryption', 'format', 'formatVersion']
const ENCRYPTION_KEYS = ['algorithm', 'check', 'hash', 'iterations', 'iv', 'kdf', 'keyLength', 'salt']
const CONTENTS_KEYS = ['appVersion', 'data', 'exportedAt']
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const hasKeys = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).sort().join() === keys.join()

/** How deep the text's brackets nest, counted without parsing it (and stopping as soon as it is too deep). */
function tooDeep(text: string): boolean {
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at += 1) {
    const char = text.charCodeAt(at)
    if (inString) {
      if (char === 0x5c) at += 1 // a backslash: the next character is escaped
      else if (char === 0x22) inString = false
    } else if (char === 0x22) inString = true
    else if (char === 0x7b || char === 0x5b) {
      depth += 1
      if (depth > MAX_DEPTH) return true
    } else if (char === 0x7d || char === 0x5d) depth -= 1
  }
  return false
}

/** JSON, refusing prototype keys (refused, not stripped) and nesting deeper than the format. */
function parse(text: string, unreadable: 'not-a-backup' | 'damaged' | 'invalid'): unknown {
  if (tooDeep(text)) throw new BackupError('invalid', 'nested deeper than the format')
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('invalid', `key ${key}`)
      return value
    })
  } catch (error) {
    if (error instanceof BackupError) throw error
    // A file that names the format but does not parse was cut short or changed on the way.
    const code = unreadable === 'not-a-backup' && text.includes(`"${BACKUP_FORMAT}"`) ? 'damaged' : unreadable
    throw new BackupError(code, 'not JSON')
  }
}

/** UTF-8 only; a leading byte-order mark is dropped. */
async function textOf(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BackupError('not-a-backup', 'not UTF-8')
  }
}

async function unseal(file: Record<string, unknown>, passphrase: string | undefined): Promise<Record<string, unknown>> {
  const { encryption, ciphertext } = file
  if (!hasKeys(file, SEALED_KEYS) || !isPlainObject(encryption) || !hasKeys(encryption, ENCRYPTION_KEYS) || typeof ciphertext !== 'string')
    throw new BackupError('invalid', 'envelope')
  const { algorithm, keyLength, kdf, hash, iterations, salt, iv, check } = encryption
  if (![algorithm, kdf, hash, salt, iv, check].every((field) => typeof field === 'string') || typeof keyLength !== 'number' || typeof iterations !== 'number')
    throw new BackupError('invalid', 'envelope fields')
  const sealed = { encryption: encryption as unknown as Encryption, ciphertext }
  // The parameters are checked before the passphrase is asked for: a file asking for a billion iterations is refused.
  if (!envelopeParameters(sealed)) throw new BackupError('invalid', 'envelope parameters')
  if (!passphrase) throw new BackupError('passphrase-needed')
  const opened = await open(sealed, passphrase)
  if (opened === 'invalid' || opened === 'wrong-passphrase' || opened === 'damaged') throw new BackupError(opened)
  const contents = parse(opened, 'invalid')
  if (!isPlainObject(contents) || !hasKeys(contents, CONTENTS_KEYS)) throw new BackupError('invalid', 'sealed contents')
  return contents
}

/**
 * Reads and checks a backup file. An empty passphrase counts as none; a plain file read with a passphrase is simply
 * read. Every bad file rejects with a BackupError; nothing is written.
 */
export async function readBackup(file: Blob, passphrase?: string, options: { today?: IsoDate } = {}): Promise<BackupPreview> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large', `${file.size} bytes`)
  if (file.size === 0) throw new BackupError('not-a-backup', 'empty')
  const parsed = parse(await textOf(file), 'not-a-backup')
  if (!isPlainObject(parsed) || parsed.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup', 'format')
  const version = parsed.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new BackupError('invalid', 'formatVersion')
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version', `version ${version}`)
  const encrypted = Object.hasOwn(parsed, 'encryption') || Object.hasOwn(parsed, 'ciphertext')
  if (!encrypted && !hasKeys(parsed, PLAIN_KEYS)) throw new BackupError('invalid', 'header')
  let contents = encrypted ? await unseal(parsed, passphrase) : parsed
  for (let from = version; from < BACKUP_FORMAT_VERSION; from += 1) {
    const upgrade = UPGRADES[from]
    if (!upgrade) throw new BackupError('invalid', `no upgrade from ${from}`)
    contents = upgrade(contents)
  }
  const { appVersion, exportedAt } = contents
  if (typeof appVersion !== 'string' || typeof exportedAt !== 'string' || !INSTANT.test(exportedAt) || Number.isNaN(Date.parse(exportedAt)))
    throw new BackupError('invalid', 'appVersion or exportedAt')
  const data = checkBackupData(contents.data, options.today ?? fromLocalDate(new Date()))
  return { formatVersion: version, appVersion, exportedAt, encrypted, projects: projectsOf(data), counts: countsOf(data), data }
}

function countsOf(data: BackupContents['data']): Record<BackupTable, number> {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, data[table].length])) as Record<BackupTable, number>
}

function projectsOf(data: BackupContents['data']): ProjectPreview[] {
  const rows = data as unknown as Record<BackupTable, { id: string; projectId: string; pcsw?: { name: string; municipality: string } }[]>
  const count = (table: BackupTable, projectId: string) => rows[table].filter((row) => row.projectId === projectId).length
  return rows.projects.map(({ id, pcsw }) => ({
    id,
    pcswName: pcsw?.name ?? '',
    municipality: pcsw?.municipality ?? '',
    steps: count('steps', id),
    objectives: count('objectives', id),
    letters: count('decisions', id) + count('notices', id),
    meetingRequests: count('meetingRequests', id),
    evaluations: count('evaluations', id),
  }))
}
