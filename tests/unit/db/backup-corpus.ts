// The corpus of bad backup files (issue 10, item 7), made from a real export so it follows the format as it changes:
// every field of the first row of every table given a wrong type, null, or an impossible date; every table's
// duplicate ids and rows of no project; cut files; hostile keys and nesting; and the encrypted envelope's attacks.
import type { BackupErrorCode } from '@/db/backup-error'

type Json = Record<string, unknown>

export interface BadFile {
  family: string
  name: string
  body: Blob
  passphrase?: string
  code: BackupErrorCode
}

const blobOf = (body: string | Uint8Array<ArrayBuffer>) => new Blob([body], { type: 'application/json' })
const clone = <T>(value: T): T => structuredClone(value)
const textOf = (file: Json) => JSON.stringify(file)

/** A value of another JSON type than `value`'s. */
function wrongTypes(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, ['x'], { text: value }]
  if (typeof value === 'number') return [String(value), false]
  if (typeof value === 'boolean') return ['true', 1]
  if (Array.isArray(value)) return ['[]', {}]
  return ['{}', []]
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The fields of a row with their paths (one level of nested objects: pcsw, author, signatures). */
function fieldsOf(row: Json): [string[], unknown][] {
  return Object.entries(row).flatMap(([key, value]): [string[], unknown][] =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? [[[key], value], ...Object.entries(value as Json).map(([inner, v]): [string[], unknown] => [[key, inner], v])]
      : [[[key], value]],
  )
}

function setAt(row: Json, path: string[], value: unknown): void {
  let at = row
  for (const key of path.slice(0, -1)) at = at[key] as Json
  at[path.at(-1)!] = value
}

/** Plain files made bad, from the plain export `text`. */
export function plainCorpus(text: string): BadFile[] {
  const file = JSON.parse(text) as Json
  const data = file.data as Record<string, Json[]>
  const cases: BadFile[] = []
  const add = (family: string, name: string, body: string | Uint8Array<ArrayBuffer> | Blob, code: BackupErrorCode) =>
    cases.push({ family, name, body: body instanceof Blob ? body : blobOf(body), code })
  const changed = (change: (copy: Json & { data: Record<string, Json[]> }) => void) => {
    const copy = clone(file) as Json & { data: Record<string, Json[]> }
    change(copy)
    return textOf(copy)
  }

  // Not a backup at all.
  for (const [name, body] of [
    ['empty', ''],
    ['text', 'my ISIP'],
    ['html', '<html><script>alert(1)</script></html>'],
    ['a JSON number', '42'],
    ['a JSON list', '[]'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ'],
  ] as const)
    add('not a backup', name, body, 'not-a-backup')
  add('not a backup', 'binary', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]), 'not-a-backup')
  add('not a backup', 'UTF-16', new Uint8Array([0xff, 0xfe, ...[...'{"format":1}'].flatMap((c) => [c.charCodeAt(0), 0])]), 'not-a-backup')
  const bytes = new TextEncoder().encode(text)
  const badUtf8 = new Uint8Array(bytes)
  badUtf8[Math.floor(bytes.length / 2)] = 0xc3
  badUtf8[Math.floor(bytes.length / 2) + 1] = 0x28
  add('not a backup', 'a byte that is not UTF-8', badUtf8, 'not-a-backup')
  add('too large', '60 MB', new Blob([new Uint8Array(60 * 1024 * 1024)]), 'too-large')

  // Cut short at many offsets: a file that names the format was damaged on the way.
  const offsets = new Set([1, 10, 20, 30, ...Array.from({ length: 36 }, (_, i) => Math.floor(((i + 1) * text.length) / 37)), text.length - 1])
  for (const at of offsets) add('cut short', `at ${at} of ${text.length}`, text.slice(0, at), text.slice(0, at).includes('"isip-own-backup"') ? 'damaged' : 'not-a-backup')

  // The header.
  add('header', 'another format', changed((f) => (f.format = 'isip-own-backups')), 'not-a-backup')
  add('header', 'the format in capitals', changed((f) => (f.format = 'ISIP-OWN-BACKUP')), 'not-a-backup')
  add('header', 'no format', changed((f) => delete f.format), 'not-a-backup')
  add('header', 'a newer version', changed((f) => (f.formatVersion = 3)), 'newer-version')
  add('header', 'a much newer version', changed((f) => (f.formatVersion = 1000)), 'newer-version')
  for (const version of ['1', 1.5, 0, -1, null, [1]]) add('header', `version ${JSON.stringify(version)}`, changed((f) => (f.formatVersion = version)), 'invalid')
  add('header', 'no version', changed((f) => delete f.formatVersion), 'invalid')
  for (const key of ['appVersion', 'exportedAt', 'data']) add('header', `no ${key}`, changed((f) => delete f[key]), 'invalid')
  add('header', 'an unknown header field', changed((f) => (f.owner = 'Marie')), 'invalid')
  add('header', 'exportedAt not an instant', changed((f) => (f.exportedAt = '2026-12-02')), 'invalid')
  add('header', 'exportedAt an impossible instant', changed((f) => (f.exportedAt = '2026-02-30T25:00:00.000Z')), 'invalid')
  add('header', 'appVersion a number', changed((f) => (f.appVersion = 1)), 'invalid')
  add('header', 'data a list', changed((f) => (f.data = [] as never)), 'invalid')

  // Tables.
  for (const table of Object.keys(data)) {
    add('tables', `no ${table}`, changed((f) => delete f.data[table]), 'invalid')
    add('tables', `${table} not a list`, changed((f) => (f.data[table] = {} as never)), 'invalid')
  }
  add('tables', 'an unknown table', changed((f) => (f.data.drafts = [])), 'invalid')

  // Every field of the first row of every table: a wrong type, null, an impossible date.
  for (const [table, rows] of Object.entries(data)) {
    const first = rows[0]
    if (!first) continue
    for (const [path, value] of fieldsOf(first)) {
      const name = `${table}.${path.join('.')}`
      for (const wrong of wrongTypes(value)) add('wrong type', `${name} = ${JSON.stringify(wrong)}`, changed((f) => setAt(f.data[table]![0]!, path, wrong)), 'invalid')
      add('null', `${name} = null`, changed((f) => setAt(f.data[table]![0]!, path, null)), 'invalid')
      if (typeof value === 'string' && DATE.test(value)) {
        for (const bad of ['2026-02-30', '2026-13-01', '02/12/2026', '2026-12-02T00:00'])
          add('impossible date', `${name} = ${bad}`, changed((f) => setAt(f.data[table]![0]!, path, bad)), 'invalid')
      }
    }
    if (table === 'settings') continue
    add('unknown key', `${table} with an unknown key`, changed((f) => (f.data[table]![0]!.extra = 'x')), 'invalid')
    add('duplicate id', `${table} twice the same id`, changed((f) => f.data[table]!.push(clone(f.data[table]![0]!))), 'invalid')
    if (table !== 'projects') add('no project', `${table} of no project`, changed((f) => (f.data[table]![0]!.projectId = 'no-such-project')), 'invalid')
  }
  add('unknown key', 'an unknown key inside the PCSW', changed((f) => ((f.data.projects![0]!.pcsw as Json).email = 'a@b.c')), 'invalid')
  add('unknown key', 'an unknown key inside an author', changed((f) => ((f.data.steps![0]!.author as Json).rank = 1)), 'invalid')
  add('unknown key', 'an unknown setting', changed((f) => f.data.settings!.push({ key: 'theme', value: 'dark' })), 'invalid')
  add('unknown key', 'this device’s own setting', changed((f) => f.data.settings!.push({ key: 'persistAsked', value: true })), 'invalid')
  add('unknown key', 'a setting with a third field', changed((f) => (f.data.settings![0]!.extra = 1)), 'invalid')

  // References to nothing in the same project.
  const otherProject = (row: Json) => data.projects!.find((p) => p.id !== row.projectId)!.id
  const firstWith = (rows: Json[], field: string) => rows.findIndex((row) => row[field] !== undefined)
  for (const [table, field] of [
    ['steps', 'objectiveId'],
    ['steps', 'partnerId'],
    ['commitments', 'partnerId'],
    ['amendments', 'contractId'],
    ['evaluations', 'contractId'],
    ['objectives', 'fromAnswerId'],
  ] as const) {
    const at = firstWith(data[table]!, field)
    if (at < 0) throw new Error(`The fixture has no ${table} with ${field}: the corpus needs one`)
    add('reference', `${table}.${field} to nothing`, changed((f) => (f.data[table]![at]![field] = 'nothing')), 'invalid')
    add('reference', `${table} moved to another project, its ${field} left behind`, changed((f) => (f.data[table]![at]!.projectId = otherProject(data[table]![at]!))), 'invalid')
  }
  add('reference', 'currentProjectId to no project', changed((f) => (f.data.settings!.find((s) => s.key === 'currentProjectId')!.value = 'nothing')), 'invalid')
  add('reference', 'a per-project setting of no project', changed((f) => f.data.settings!.push({ key: 'lastExportOn:nothing', value: '2026-01-01' })), 'invalid')
  add('reference', 'an answer whose id is not projectId:question', changed((f) => (f.data.reflections![0]!.id = 'x:needs')), 'invalid')
  add('reference', 'a mark whose id is not projectId:reminderId', changed((f) => (f.data.reminderMarks![0]!.id = 'x')), 'invalid')

  // Dates in an impossible order, values out of their list.
  const project = (f: Json & { data: Record<string, Json[]> }) => f.data.projects!.find((p) => p.grantedOn !== undefined)!
  add('order', 'granted before the request', changed((f) => (project(f).grantedOn = '2020-01-01')), 'invalid')
  add('order', 'a step done before it was written', changed((f) => Object.assign(f.data.steps![0]!, { status: 'done', doneOn: '2001-01-01' })), 'invalid')
  add('order', 'a step done in the future', changed((f) => Object.assign(f.data.steps![0]!, { status: 'done', doneOn: '2999-01-01' })), 'invalid')
  add('order', 'a letter in the future', changed((f) => (f.data.decisions![0]!.decidedOn = '2999-01-01')), 'invalid')
  add('order', 'a contract signed before its draft', changed((f) => {
    const c = f.data.contracts!.find((row) => row.draftReceivedOn !== undefined)!
    c.signedBy = { me: '2001-01-01' }
  }), 'invalid')
  add('order', 'a contract of 121 months', changed((f) => (f.data.contracts![0]!.durationMonths = 121)), 'invalid')
  add('order', 'a contract of 1e400 months (Infinity)', changed((f) => (f.data.contracts![0]!.durationMonths = 12)).replace('"durationMonths":12', '"durationMonths":1e400'), 'invalid')
  add('order', 'a step ordered at 1e400', text.replace(/"order":\d+/, '"order":1e400'), 'invalid')
  add('enum', 'a status in capitals', changed((f) => (f.data.steps![0]!.status = 'TODO')), 'invalid')
  add('enum', 'an author role unknown', changed((f) => ((f.data.steps![0]!.author as Json).role = 'admin')), 'invalid')
  add('enum', 'a question unknown', changed((f) => (f.data.reflections![0]!.question = 'salary')), 'invalid')

  // Hostile keys and nesting, written into the text (a JS object cannot hold an own __proto__ by assignment).
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    add('prototype key', `${key} at the top`, text.replace('{', `{"${key}":{"polluted":true},`), 'invalid')
    add('prototype key', `${key} in data`, text.replace('"data":{', `"data":{"${key}":{"polluted":true},`), 'invalid')
    add('prototype key', `${key} in a record`, text.replace('"pcsw":{', `"pcsw":{"${key}":{"polluted":true},`), 'invalid')
  }
  add('nesting', '100,000 nested lists', text.replace('"appVersion":', `"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},"appVersion":`), 'invalid')
  add('nesting', 'one level too deep in a record', text.replace('"pcsw":{', '"pcsw":{"x":{"y":1},'), 'invalid')
  add('nesting', 'deeper than a record’s edits', text.replace('"pcsw":{', '"pcsw":{"x":{"y":{"z":1}},'), 'invalid')

  // Implausible values (issue 16, item 4): the reader is as strict as the forms.
  add('implausible', 'a letter of the year 1900', changed((f) => (f.data.decisions![0]!.decidedOn = '1900-01-01')), 'invalid')
  add('implausible', 'a step due in 2200', changed((f) => (f.data.steps![0]!.dueDate = '2200-01-01')), 'invalid')
  add('implausible', 'a trip in the year 0001', changed((f) => (f.data.trips![0]!.leavesOn = '0001-01-01')), 'invalid')
  add('implausible', 'a PCSW name of 50,000 characters', changed((f) => ((f.data.projects![0]!.pcsw as Json).name = 'x'.repeat(50_000))), 'invalid')
  add('implausible', 'an answer of only invisible characters marked as an objective title', changed((f) => (f.data.objectives![0]!.title = '\u200B\u00A0')), 'invalid')
  // A record's edits (issue 16, item 3): each one checked like the record.
  const edited = (edits: unknown) => changed((f) => (f.data.steps![0]!.edits = edits as never))
  add('edits', 'an edit with an unknown key', edited([{ role: 'me', on: '2026-11-30', rank: 1 }]), 'invalid')
  add('edits', 'an edit without its day', edited([{ role: 'me' }]), 'invalid')
  add('edits', 'an edit in the future', edited([{ role: 'me', on: '2999-01-01' }]), 'invalid')
  add('edits', 'an edit by an unknown role', edited([{ role: 'admin', on: '2026-11-30' }]), 'invalid')
  add('edits', 'edits not a list', edited({ role: 'me', on: '2026-11-30' }), 'invalid')
  add('edits', '21 edits', edited(Array.from({ length: 21 }, () => ({ role: 'me', on: '2026-11-30' }))), 'invalid')
  return cases
}

/** Encrypted files made bad, from an encrypted export `sealedText` under `passphrase`. */
export function sealedCorpus(sealedText: string, passphrase: string): BadFile[] {
  const file = JSON.parse(sealedText) as Json & { encryption: Json; ciphertext: string }
  const cases: BadFile[] = []
  const add = (name: string, body: string, code: BackupErrorCode, pass: string | null = passphrase) =>
    cases.push({ family: 'encrypted', name, body: blobOf(body), passphrase: pass ?? undefined, code })
  const changed = (change: (copy: typeof file) => void) => {
    const copy = clone(file)
    change(copy)
    return textOf(copy)
  }
  const flip = (base64: string, at: number) => {
    const raw = atob(base64)
    const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0))
    bytes[at] = bytes[at]! ^ 0x01
    return btoa(String.fromCharCode(...bytes))
  }

  add('no passphrase', sealedText, 'passphrase-needed', null)
  add('an empty passphrase', sealedText, 'passphrase-needed', '')
  add('a wrong passphrase', sealedText, 'wrong-passphrase', `${passphrase}!`)
  add('the passphrase in other capitals', sealedText, 'wrong-passphrase', passphrase.toUpperCase())
  add('a flipped byte in the ciphertext', changed((f) => (f.ciphertext = flip(f.ciphertext, 40))), 'damaged')
  add('a flipped byte in the tag', changed((f) => (f.ciphertext = flip(f.ciphertext, atob(f.ciphertext).length - 1))), 'damaged')
  add('a flipped byte in the IV', changed((f) => (f.encryption.iv = flip(f.encryption.iv as string, 3))), 'damaged')
  add('a flipped byte in the salt', changed((f) => (f.encryption.salt = flip(f.encryption.salt as string, 5))), 'wrong-passphrase')
  add('the ciphertext cut short', changed((f) => (f.ciphertext = f.ciphertext.slice(0, 64))), 'damaged')
  add('the file cut short', sealedText.slice(0, Math.floor(sealedText.length / 2)), 'damaged')
  for (const iterations of [599_999, 1000, 600_000.5, 2_147_483_647, 10_000_001, -600_000, '600000'])
    add(`iterations ${String(iterations)}`, changed((f) => (f.encryption.iterations = iterations)), 'invalid')
  add('algorithm in lower case', changed((f) => (f.encryption.algorithm = 'aes-gcm')), 'invalid')
  add('AES-CBC', changed((f) => (f.encryption.algorithm = 'AES-CBC')), 'invalid')
  add('SHA-1', changed((f) => (f.encryption.hash = 'SHA-1')), 'invalid')
  add('a 128-bit key', changed((f) => (f.encryption.keyLength = 128)), 'invalid')
  add('another key derivation', changed((f) => (f.encryption.kdf = 'scrypt')), 'invalid')
  add('an 8-byte salt', changed((f) => (f.encryption.salt = btoa('12345678'))), 'invalid')
  add('a 16-byte IV', changed((f) => (f.encryption.iv = btoa('1234567890123456'))), 'invalid')
  add('a salt not base64', changed((f) => (f.encryption.salt = 'not base64!')), 'invalid')
  add('no check', changed((f) => delete f.encryption.check), 'invalid')
  add('no IV', changed((f) => delete f.encryption.iv), 'invalid')
  add('an unknown envelope field', changed((f) => (f.encryption.mode = 'fast')), 'invalid')
  add('plain data beside the ciphertext', changed((f) => (f.data = {})), 'invalid')
  add('a header beside the ciphertext', changed((f) => (f.exportedAt = '2026-12-02T09:30:00.000Z')), 'invalid')
  add('ciphertext a number', changed((f) => (f.ciphertext = 42 as never)), 'invalid')
  return cases
}
