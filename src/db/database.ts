import Dexie, { type EntityTable, type Transaction } from 'dexie'
import { atRestSwitch, loadAtRest } from './at-rest-switch'
import { Keyring } from './keyring'
import { lockHinted, rememberLockHint } from './lock-hint'
import { keepsPlain, LOCK_SETTING } from './lock-settings'
import type {
  Amendment,
  Commitment,
  Contract,
  Decision,
  Evaluation,
  MeetingRequest,
  Move,
  Notice,
  Objective,
  Partner,
  Photo,
  Project,
  ReflectionAnswer,
  ReminderMark,
  Step,
  Trip,
} from '@/domain/model'

/** A small key–value record: the chosen language, the last export, whether storage was made persistent. */
export interface Setting {
  key: string
  value: unknown
}

/** The text of a form still being typed, so a reload or an update never loses it (design.md §1 principle 5). */
export interface Draft {
  /**
   * The draft's key: the form's stable id and the tab that typed it, `step:<id>@<tab>`, so two tabs never write
   * over each other's draft (drafts from before tabs were told apart have the form's id alone).
   */
  formId: string
  values: Record<string, string>
  savedAt: string
  /** The record as the form first saw it, to tell on saving whether it changed elsewhere since. */
  base?: unknown
}

export const DB_NAME = 'isip-own'
/** A session on a shared device keeps its data in a database of its own (issue 11, item 5: src/db/desk.ts). */
export const DESK_DB_NAME = 'isip-own-desk'

/** One version of the schema: what it declares (Dexie syntax; `null` deletes a table) and how data moves up to it. */
export interface SchemaVersion {
  version: number
  /** The tables this version adds or changes; tables it does not name stay as the version before left them. */
  stores: Record<string, string | null>
  /** Carries the data of the version before to this one, run once when a database at an earlier version opens. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void
}

/**
 * Every version of the schema, oldest first. Append-only: add a new entry at the end, with its `upgrade`, its
 * fixture `tests/fixtures/db/v<n>.json` and a test from the version before (tests/unit/db/upgrade.test.ts);
 * never edit a released entry. The class applies the entries in order, so a database can also be created as it was.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      projects: 'id, updatedAt',
      reflections: 'id, projectId',
      objectives: 'id, projectId, [projectId+order]',
      steps: 'id, projectId, objectiveId, dueDate, [projectId+order]',
      commitments: 'id, projectId',
      partners: 'id, projectId',
      contracts: 'id, projectId',
      amendments: 'id, projectId, contractId',
      evaluations: 'id, projectId, heldOn',
      meetingRequests: 'id, projectId, askedOn',
      decisions: 'id, projectId, kind',
      notices: 'id, projectId',
      moves: 'id, projectId',
      trips: 'id, projectId',
      reminderMarks: 'id, projectId',
      settings: 'key',
      drafts: 'formId',
    },
  },
  {
    // Issue 16, item 12: photos of letters, beside the record they belong to. Nothing to carry over: a new table.
    version: 2,
    stores: {
      photos: 'id, projectId, ownerId',
    },
  },
  {
    // Issue 11, item 1: with the lock on, only what is indexed stays plain. Dates (updatedAt, dueDate, heldOn,
    // askedOn), a decision's kind and the person's order are no longer indexed: the few reads that used them sort
    // and filter in memory. Nothing to carry over: IndexedDB drops the indexes.
    version: 3,
    stores: {
      projects: 'id',
      objectives: 'id, projectId',
      steps: 'id, projectId, objectiveId',
      evaluations: 'id, projectId',
      meetingRequests: 'id, projectId',
      decisions: 'id, projectId',
    },
  },
]

/** The version today's code opens. */
export const LATEST_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version))

/**
 * The one database of the app, with every version of SCHEMA_VERSIONS up to `upTo` (all of them unless a test
 * creates the database as it was at an earlier version). Primary keys are string ids chosen once. Index
 * `projectId` on every per-project table lets a project be read or removed as a whole.
 */
export class IsipDatabase extends Dexie {
  /** One row per project (usually one; a companion may keep a copy for someone). */
  projects!: EntityTable<Project, 'id'>
  /** Needs-assessment answers, one per question and project (id `${projectId}:${question}`). */
  reflections!: EntityTable<ReflectionAnswer, 'id'>
  /** Objectives, each with its place in the person's order (`order`, not indexed since version 3). */
  objectives!: EntityTable<Objective, 'id'>
  /** Steps of the plan. Index objectiveId (steps of one objective). */
  steps!: EntityTable<Step, 'id'>
  /** Commitments of each party. */
  commitments!: EntityTable<Commitment, 'id'>
  /** Partner organisations that sign the contract. */
  partners!: EntityTable<Partner, 'id'>
  /** The contract (draft, signatures, duration). */
  contracts!: EntityTable<Contract, 'id'>
  /** Amendments after signing; never overwritten. Index contractId. */
  amendments!: EntityTable<Amendment, 'id'>
  /** Evaluations, planned and held. */
  evaluations!: EntityTable<Evaluation, 'id'>
  /** Meeting requests. */
  meetingRequests!: EntityTable<MeetingRequest, 'id'>
  /** Decisions and letters from the PCSW. */
  decisions!: EntityTable<Decision, 'id'>
  /** Formal notices. */
  notices!: EntityTable<Notice, 'id'>
  /** Moves to another municipality. */
  moves!: EntityTable<Move, 'id'>
  /** Trips abroad. */
  trips!: EntityTable<Trip, 'id'>
  /** The person's seen/done marks on derived reminders (reminders themselves are never stored). */
  reminderMarks!: EntityTable<ReminderMark, 'id'>
  /**
   * Photos of letters (a decision, a formal notice, the contract), each a JPEG data URL made on the device. Indexes:
   * projectId (a project's photos go with it), ownerId (the photos of one record, shown and removed with it).
   */
  photos!: EntityTable<Photo, 'id'>
  /** App settings, by key. */
  settings!: EntityTable<Setting, 'key'>
  /** Unsaved form text, by form id. */
  drafts!: EntityTable<Draft, 'formId'>

  /**
   * The keys of the at-rest layer (src/db/at-rest.ts), in memory only. Locked until the database has opened and
   * read the lock's setting: plain then if the lock is off; otherwise locked until the passphrase is given.
   */
  readonly keyring: Keyring

  constructor(name = DB_NAME, upTo = LATEST_VERSION, keyring = new Keyring()) {
    // No optimistic updates: a screen shows only what was committed. With Dexie's cache, a write refused at commit
    // (a full disk) showed as saved for a moment, and the form that made it was gone with its message.
    super(name, { cache: 'disabled' })
    if (!SCHEMA_VERSIONS.some((v) => v.version === upTo)) throw new RangeError(`No schema version ${upTo}`)
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > upTo) break
      const declared = this.version(version).stores(stores)
      if (upgrade) declared.upgrade(upgrade)
    }
    this.keyring = keyring
    this.use(atRestSwitch((trans) => keyring.keysFor(trans), { keepsPlain }))
    // Before any other request: without the lock's setting the data is plain (the lock is off).
    this.on('ready', async () => {
      if (keyring.state.kind === 'plain') return
      if (keyring.state.kind === 'open') return loadAtRest()
      const on = (await this.settings.get(LOCK_SETTING)) !== undefined
      if (on) await loadAtRest()
      else keyring.state = { kind: 'plain' }
      // The lock is on but this page started as if it were off (storage cleared): it must start again, locked.
      // (A hint left while the lock is off is cleared by the lock screen's code, src/lock/gate.ts.)
      if (on && name === DB_NAME && !lockHinted()) {
        rememberLockHint(true)
        keyring.onLockFound?.()
      }
    })
  }
}

/** Tables that hold one project's records (all but settings and drafts). */
export const PROJECT_TABLES = [
  'reflections',
  'objectives',
  'steps',
  'commitments',
  'partners',
  'contracts',
  'amendments',
  'evaluations',
  'meetingRequests',
  'decisions',
  'notices',
  'moves',
  'trips',
  'reminderMarks',
  'photos',
] as const

let instance: IsipDatabase | undefined

/** The app's database, opened lazily. Tests call `resetDatabase()` after swapping the IndexedDB factory. */
export function getDb(): IsipDatabase {
  instance ??= new IsipDatabase()
  return instance
}

export function resetDatabase(): void {
  instance?.close()
  instance = undefined
}

/**
 * Issue 11, item 5: a desk session's own database (src/db/desk.ts) stands in for the app's one while the session
 * runs, so every store and repository reads and writes it, and the person's database is neither read nor created.
 */
export function useDatabase(db: IsipDatabase): void {
  if (instance !== db) instance?.close()
  instance = db
}
