import * as v from 'valibot'
import { REFLECTION_QUESTIONS, type IsoDate } from '@/domain/model'
import { answerKind } from '@/domain/records/answer'
import { commitmentKind, partnerKind } from '@/domain/records/commitment'
import { amendmentKind, contractKind, signedDate } from '@/domain/records/contract'
import { evaluationKind } from '@/domain/records/evaluation'
import { decisionKind, noticeKind } from '@/domain/records/letters'
import { meetingRequestKind } from '@/domain/records/meeting-request'
import { moveKind } from '@/domain/records/move'
import { objectiveKind } from '@/domain/records/objective'
import { photoKind } from '@/domain/records/photo'
import { projectKind } from '@/domain/records/project'
import { reminderMarkKind } from '@/domain/records/reminder-mark'
import { stepKind } from '@/domain/records/step'
import { tripKind } from '@/domain/records/trip'
import { checkRecord, LIMITS, type CheckContext, type RecordKind } from '@/domain/validation'
import { isValidIsoDate } from '@/domain/iso-date'
import { BackupError } from './backup-error'
import { BACKUP_TABLES, type BackupContents, type BackupTable } from './backup'

/**
 * What "valid" means for a backup file's contents (issue 10, item 6), checked before anything is written: every
 * record passes its kind's checks (no unknown key, no `null`, the types of model.ts, real dates in order), ids are unique, every reference points at a row of the same project, and the composite ids
 * (`projectId:question`, `projectId:reminderId`) say what their fields say. Pure: no database is touched.
 */

type Row = Record<string, unknown>
type RecordTable = Exclude<BackupTable, 'settings'>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map of kinds whose record types differ
export const KINDS: Record<RecordTable, RecordKind<any, any>> = {
  projects: projectKind,
  reflections: answerKind,
  objectives: objectiveKind,
  steps: stepKind,
  commitments: commitmentKind,
  partners: partnerKind,
  contracts: contractKind,
  amendments: amendmentKind,
  evaluations: evaluationKind,
  meetingRequests: meetingRequestKind,
  decisions: decisionKind,
  notices: noticeKind,
  moves: moveKind,
  trips: tripKind,
  reminderMarks: reminderMarkKind,
  photos: photoKind,
}

/** The fields that point at another row of the same project, and the table they point into. */
const REFERENCES: Partial<Record<RecordTable, Partial<Record<string, RecordTable>>>> = {
  objectives: { fromAnswerId: 'reflections' },
  steps: { objectiveId: 'objectives', partnerId: 'partners' },
  commitments: { partnerId: 'partners' },
  amendments: { contractId: 'contracts' },
  evaluations: { contractId: 'contracts' },
}

const isPlainObject = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

const refuse = (detail: string): never => {
  throw new BackupError('invalid', detail)
}

/**
 * Refuses any key the schema does not name, at every level (valibot's objects would strip it silently), and any
 * number that is not finite (JSON's 1e400 reads as Infinity).
 */
function assertKnownKeys(schema: unknown, value: unknown, path: string): void {
  let inner = schema as { type?: string; wrapped?: unknown; entries?: Record<string, unknown>; item?: unknown }
  while (inner.type === 'optional') inner = inner.wrapped as typeof inner
  if (typeof value === 'number' && !Number.isFinite(value)) refuse(`${path}: not a finite number`)
  // A list of objects (a record's edits): each one is checked the same way.
  if (inner.type === 'array' && Array.isArray(value)) return value.forEach((item, at) => assertKnownKeys(inner.item, item, `${path}[${at}]`))
  if (!inner.entries) return
  // valibot's objects take a list too: the format never has one where an object stands.
  if (!isPlainObject(value)) return value === undefined ? undefined : refuse(`${path}: not an object`)
  for (const key of Object.keys(value)) {
    const entry = inner.entries[key]
    if (!Object.hasOwn(inner.entries, key) || entry === undefined) refuse(`${path}.${key}: unknown key`)
    assertKnownKeys(entry, value[key], `${path}.${key}`)
  }
}

/**
 * Fields the form asks for today that model.ts keeps optional, because earlier versions of the app stored records
 * without them (a letter dated by its notification only): a file from such a device must still come back.
 */
export const OPTIONAL_IN_MODEL: Partial<Record<RecordTable, readonly string[]>> = { decisions: ['decidedOn'] }

/**
 * A row passes its kind's checks: the shape and each field's checks (types, enums, real dates, none in the future),
 * then the rules between fields (dates in order). Only what the model allows to be missing may be.
 */
function checkRow(table: RecordTable, row: unknown, context: CheckContext & { signedOn?: IsoDate }, path: string): Row {
  if (!isPlainObject(row)) return refuse(`${path}: not an object`)
  const kind = KINDS[table]
  assertKnownKeys(kind.schema(context), row, path)
  const errors = checkRecord(kind, row, context)
  const fields = Object.entries(errors)
    .filter(([field, code]) => !(code === 'required' && row[field] === undefined && OPTIONAL_IN_MODEL[table]?.includes(field)))
    .map(([field, code]) => `${field} ${code}`)
  if (fields.length > 0) refuse(`${path}: ${fields.join(', ')}`)
  return row
}

const writerName = v.optional(v.pipe(v.string(), v.maxLength(LIMITS.name)))
const writerSetting = v.strictObject({
  mode: v.picklist(['me', 'companion', 'social-worker']),
  companionName: writerName,
  socialWorkerName: writerName,
})

/** The settings that travel, by key: the person's choices, some of them per project (`<name>:<projectId>`). */
function checkSetting(row: unknown, projectIds: ReadonlySet<string>, path: string): Row {
  if (!isPlainObject(row) || Object.keys(row).sort().join() !== 'key,value' || typeof row.key !== 'string') return refuse(`${path}: not a setting`)
  const { key, value } = row
  const [name, projectId, ...rest] = key.split(':')
  const ofProject = () => projectId !== undefined && rest.length === 0 && projectIds.has(projectId)
  const valid =
    key === 'currentProjectId'
      ? typeof value === 'string' && projectIds.has(value)
      : key === 'writer'
        ? v.is(writerSetting, value)
        : name === 'reflectionPosition'
          ? ofProject() && (value === 'summary' || (REFLECTION_QUESTIONS as readonly unknown[]).includes(value))
          : name === 'lastExportOn'
            ? ofProject() && isValidIsoDate(value)
            : false
  if (!valid) refuse(`${path}: setting ${key}`)
  return row
}

/** Refuses two rows with the same id, or the same key. */
function assertUnique(rows: readonly Row[], field: 'id' | 'key', table: string): void {
  const seen = new Set<unknown>()
  for (const row of rows) {
    if (seen.has(row[field])) refuse(`${table}: duplicate ${field} ${String(row[field])}`)
    seen.add(row[field])
  }
}

/** Checks the data of a file; answers it as it may be written, or throws a BackupError `invalid`. */
export function checkBackupData(data: unknown, today: IsoDate): BackupContents['data'] {
  if (!isPlainObject(data)) return refuse('data: not an object')
  const names = Object.keys(data)
  const missing = BACKUP_TABLES.filter((table) => !Object.hasOwn(data, table))
  const unknown = names.filter((table) => !(BACKUP_TABLES as readonly string[]).includes(table))
  if (missing.length > 0 || unknown.length > 0) refuse(`data: tables missing ${missing.join()} unknown ${unknown.join()}`)
  for (const table of BACKUP_TABLES) if (!Array.isArray(data[table])) refuse(`${table}: not a list`)
  const tables = data as Record<BackupTable, unknown[]>

  const projects = tables.projects.map((row, at) => checkRow('projects', row, { today }, `projects[${at}]`))
  assertUnique(projects, 'id', 'projects')
  const projectIds = new Set(projects.map((p) => p.id as string))
  const checked = { projects } as Record<BackupTable, Row[]>
  const contracts = new Map<string, Row>()
  // Contracts before amendments (an amendment is checked against its contract's signature).
  const order = BACKUP_TABLES.filter((t) => t !== 'projects' && t !== 'settings' && t !== 'amendments') as RecordTable[]
  for (const table of [...order, 'amendments'] as RecordTable[]) {
    checked[table] = tables[table].map((row, at) => {
      const path = `${table}[${at}]`
      const signedOn = table === 'amendments' && isPlainObject(row) ? contractSigned(contracts.get(String(row.contractId))) : undefined
      const record = checkRow(table, row, { today, signedOn }, path)
      if (!projectIds.has(record.projectId as string)) refuse(`${path}: no project ${String(record.projectId)}`)
      return record
    })
    assertUnique(checked[table], 'id', table)
    if (table === 'contracts') for (const contract of checked.contracts) contracts.set(contract.id as string, contract)
  }
  assertReferences(checked)
  assertCompositeIds(checked)
  checked.settings = tables.settings.map((row, at) => checkSetting(row, projectIds, `settings[${at}]`))
  assertUnique(checked.settings, 'key', 'settings')
  return checked as BackupContents['data']
}

const contractSigned = (contract: Row | undefined): IsoDate | undefined =>
  contract ? signedDate(contract as unknown as Parameters<typeof signedDate>[0]) : undefined

/** Every reference points at a row of the same project. */
function assertReferences(tables: Record<BackupTable, Row[]>): void {
  for (const [table, fields] of Object.entries(REFERENCES) as [RecordTable, Record<string, RecordTable>][]) {
    for (const [at, row] of tables[table].entries()) {
      for (const [field, target] of Object.entries(fields)) {
        const ref = row[field]
        if (ref === undefined) continue
        const found = tables[target].some((other) => other.id === ref && other.projectId === row.projectId)
        if (!found) refuse(`${table}[${at}].${field}: no ${target} ${String(ref)} in its project`)
      }
    }
  }
  // A photo points at the record it belongs to, in the table it names.
  for (const [at, photo] of tables.photos.entries()) {
    const owners = tables[photo.ownerTable as RecordTable]
    if (!owners.some((owner) => owner.id === photo.ownerId && owner.projectId === photo.projectId))
      refuse(`photos[${at}].ownerId: no ${String(photo.ownerTable)} ${String(photo.ownerId)} in its project`)
  }
}

/** An answer is `projectId:question`, a mark `projectId:reminderId`: a file that says otherwise is not the app's. */
function assertCompositeIds(tables: Record<BackupTable, Row[]>): void {
  for (const [at, row] of tables.reflections.entries())
    if (row.id !== `${String(row.projectId)}:${String(row.question)}`) refuse(`reflections[${at}].id: not projectId:question`)
  for (const [at, row] of tables.reminderMarks.entries())
    if (row.id !== `${String(row.projectId)}:${String(row.reminderId)}`) refuse(`reminderMarks[${at}].id: not projectId:reminderId`)
}
