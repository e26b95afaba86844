// The backup format as a JSON Schema (draft 2020-12), built from the record kinds the import checks with, so the
// schema kept beside the code (src/db/backup-format.v<n>.schema.json) cannot drift from them. What JSON Schema
// cannot say (dates in order, references inside a project, composite ids, the settings by key) is written in its
// description and in src/db/README.md.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '@/db/backup'
import { KINDS, OPTIONAL_IN_MODEL } from '@/db/backup-check'

type Schema = Record<string, unknown>

/** Every object closed (unknown keys are refused), every date a `format: date`. */
function tighten(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tighten)
  if (node === null || typeof node !== 'object') return node
  const out: Schema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, tighten(value)]))
  if (out.type === 'object' && out.properties) out.additionalProperties = false
  return out
}

function recordSchema(table: keyof typeof KINDS): JsonSchema {
  const schema = KINDS[table].schema({ today: '9999-12-31' })
  const json = tighten(
    toJsonSchema(schema, {
      target: 'draft-2020-12',
      errorMode: 'ignore',
      overrideAction: ({ valibotAction, jsonSchema }) =>
        (valibotAction as { message?: unknown }).message === 'date_invalid' ? { ...jsonSchema, format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } : jsonSchema,
    }),
  ) as Schema
  // What earlier versions stored without, the model keeps optional (backup-check.ts).
  const optional = OPTIONAL_IN_MODEL[table] ?? []
  if (Array.isArray(json.required)) json.required = json.required.filter((field) => !optional.includes(field as string))
  return json as JsonSchema
}

export function backupJsonSchema(): Schema {
  const tables = BACKUP_TABLES.filter((t) => t !== 'settings')
  const setting = { type: 'object', properties: { key: { type: 'string' }, value: {} }, required: ['key', 'value'], additionalProperties: false }
  const defs = Object.fromEntries(tables.map((table) => [table, (({ $schema: _s, ...rest }) => rest)(recordSchema(table) as Schema)]))
  const data = {
    type: 'object',
    properties: Object.fromEntries([...tables.map((table) => [table, { type: 'array', items: { $ref: `#/$defs/${table}` } }]), ['settings', { type: 'array', items: { $ref: '#/$defs/settings' } }]]),
    required: [...BACKUP_TABLES],
    additionalProperties: false,
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BACKUP_FORMAT}.v${BACKUP_FORMAT_VERSION}.schema.json`,
    title: `Backup file of the beneficiary’s own ISIP app, format version ${BACKUP_FORMAT_VERSION}`,
    description:
      'A plain file (format, formatVersion, appVersion, exportedAt, data) or a sealed one (format, formatVersion, encryption, ciphertext: AES-GCM, 256-bit key from PBKDF2-SHA-256, 600,000 to 10,000,000 iterations; the ciphertext holds appVersion, exportedAt and data). Beyond this schema the app refuses: null anywhere, dates that are not real calendar dates, are before 2002 (a birth date: before 1900) or more than 10 years after the import day, or are in the future where they tell what happened, dates out of order, references (projectId, objectiveId, partnerId, contractId, fromAnswerId; a photo’s ownerId into its ownerTable) to no row of the same project, duplicate ids, answer ids other than projectId:question, mark ids other than projectId:reminderId, settings other than currentProjectId, writer, reflectionPosition:<projectId> and lastExportOn:<projectId>. See src/db/README.md.',
    oneOf: [
      {
        type: 'object',
        properties: { format: { const: BACKUP_FORMAT }, formatVersion: { const: BACKUP_FORMAT_VERSION }, appVersion: { type: 'string' }, exportedAt: { type: 'string', format: 'date-time' }, data },
        required: ['format', 'formatVersion', 'appVersion', 'exportedAt', 'data'],
        additionalProperties: false,
      },
      {
        type: 'object',
        properties: {
          format: { const: BACKUP_FORMAT },
          formatVersion: { const: BACKUP_FORMAT_VERSION },
          encryption: {
            type: 'object',
            properties: {
              algorithm: { const: 'AES-GCM' },
              keyLength: { const: 256 },
              kdf: { const: 'PBKDF2' },
              hash: { const: 'SHA-256' },
              iterations: { type: 'integer', minimum: 600000, maximum: 10000000 },
              salt: { type: 'string', contentEncoding: 'base64', description: '16 bytes' },
              iv: { type: 'string', contentEncoding: 'base64', description: '12 bytes' },
              check: { type: 'string', contentEncoding: 'base64', description: 'SHA-256 of the second 256 bits derived with the key: tells a wrong passphrase from a damaged file' },
            },
            required: ['algorithm', 'keyLength', 'kdf', 'hash', 'iterations', 'salt', 'iv', 'check'],
            additionalProperties: false,
          },
          ciphertext: { type: 'string', contentEncoding: 'base64' },
        },
        required: ['format', 'formatVersion', 'encryption', 'ciphertext'],
        additionalProperties: false,
      },
    ],
    $defs: { ...defs, settings: setting },
  }
}

/** What a field means, where its name does not say it all (from src/domain/model.ts). */
const NOTES: Record<string, string> = {
  id: 'the row’s id, chosen once (a UUID)',
  projectId: 'the project the row belongs to',
  createdAt: 'ISO instant the project was made',
  updatedAt: 'ISO instant of the last change',
  'pcsw.name': 'the PCSW (CPAS / OCMW)',
  socialWorker: 'the social worker who guides the person',
  standIn: 'their stand-in',
  companion: 'the person of their choice who accompanies them',
  requestedOn: 'the request for integration income (acknowledgement of receipt)',
  grantedOn: 'the decision granting it',
  grantNotifiedOn: 'its notification',
  birthDate: 'only to tell whether an ISIP is mandatory',
  newBeneficiary: 'no right to social integration in the 3 months before the grant',
  question: 'one of the 11 questions of the needs assessment',
  skipped: 'the person skipped the question (text empty)',
  author: 'who wrote it first: me, a companion, the social worker (and their name)',
  edits: 'the changes since, oldest first: each `{ role, name?, on }` (who changed it, and the day); at most 20',
  personName: 'the person’s own first name, offered to someone helping instead of “me”',
  aim: 'something to reach, or to be rid of',
  fromAnswerId: 'the answer it was drawn from (`projectId:question`)',
  objectiveId: 'the objective of the same project it serves',
  who: 'who does it (`companion`: the person of their choice)',
  partnerId: 'the partner of the same project, when a partner does it',
  order: 'the person’s order',
  doneOn: 'only when done: not before `createdOn`, not after today',
  draftReceivedOn: 'the draft contract handed over (the cooling-off counts from it)',
  signedOn: 'the contract’s date',
  signedBy: 'each party’s signature date (me, pcsw, partner)',
  durationMonths: 'whole months, 1 to 120',
  recordedOn: 'the day each detail (`signedBy.me`, `endsOn`…) was last written: one written today may still be corrected today',
  corrections: 'explained corrections of the signed contract’s dates, oldest first: `field`, `from`, `to`, `reason`, `on`, `recordedAt`',
  contractId: 'the contract of the same project',
  change: 'what the amendment changed',
  agreedBy: 'who agreed, and when',
  recordedAt: 'ISO instant it was noted',
  said: 'what was said',
  changes: 'what changes after it',
  askedOn: 'the day the meeting was asked for (5 working days count from it)',
  decidedOn: 'the decision’s date (an acknowledgement: the day of the request); older versions stored letters without it',
  notifiedOn: 'the day the letter was received (the appeal’s 3 months count from it)',
  appealLodgedOn: 'the day an appeal was lodged',
  receivedOn: 'the day the formal notice was received',
  reminderId: 'the derived reminder the mark is on (`<kind>:<record id>…`)',
  on: 'the day it was marked',
  'pcsw.phone': 'digits, spaces and + ( ) / . - only, at least 6 digits (called with a `tel:` link)',
  'pcsw.hours': 'when it is open, as the person notes it',
  ownerTable: 'the table of the record the photo belongs to',
  ownerId: 'that record, in the same project (the photo is removed with it)',
  dataUrl: 'the photo: `data:image/jpeg;base64,…`, made smaller on the device',
  width: 'in pixels, 1 to 1600',
  height: 'in pixels, 1 to 1600',
  addedAt: 'ISO instant it was added',
  statusOn: 'the day the person said whether the PCSW or partner kept it',
  agreedOn: 'the day the person said "I agree with this objective"',
}

function typeOf(schema: Schema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => `\`${String(value)}\``).join(' · ')
  if (schema.format === 'date') return 'date `YYYY-MM-DD`'
  if (schema.type === 'object') return 'object'
  return String(schema.type ?? 'any')
}

/** One markdown table per record kind: field, JSON type or values, required, what it means. */
export function backupFieldTables(): string {
  const defs = backupJsonSchema().$defs as Record<string, Schema>
  const out: string[] = []
  for (const [table, def] of Object.entries(defs)) {
    out.push(`**${table}**`, '', '| field | type | required | meaning |', '| --- | --- | --- | --- |')
    const rows = (schema: Schema, prefix: string) => {
      const required = new Set((schema.required as string[] | undefined) ?? [])
      for (const [field, inner] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        const path = `${prefix}${field}`
        out.push(`| \`${path}\` | ${typeOf(inner)} | ${required.has(field) ? 'yes' : ''} | ${NOTES[path] ?? NOTES[field] ?? ''} |`)
        if (inner.type === 'object' && inner.properties && path !== 'author' && path !== 'recordedOn') rows(inner, `${path}.`)
      }
    }
    rows(def, '')
    out.push('')
  }
  return out.join('\n')
}
