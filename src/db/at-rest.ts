import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'

type DBCoreMiddleware = Middleware<DBCore>

/**
 * Encryption at rest (issue 11): a Dexie DBCore layer, the lowest of the stack, so every layer above it (hooks,
 * live queries, the repositories) sees plain records and IndexedDB sees only ciphertext. A sealed row keeps plain
 * only what IndexedDB must index (its primary key and the fields of the table's indexes: ids and the project id);
 * the whole record is in `SEALED_FIELD`: a 12-byte IV then the AES-GCM output, bound to its table and key (so a row
 * cannot be moved onto another). The layer takes its keys from a getter, so another database (desk mode) can use
 * it with another key.
 */

export const SEALED_FIELD = '_sealed'
export const CIPHER = 'AES-GCM'

/** The keys of one transaction. */
export interface AtRestKeys {
  /** Opens sealed rows; without it a sealed row is refused (LockedError). */
  open?: CryptoKey
  /** Seals rows as they are written; `null` writes them plain; `undefined` refuses every write (the app is locked). */
  seal: CryptoKey | null | undefined
}

/** A sealed row read, or a row written, while the key is not in memory. */
export class LockedError extends Error {
  override name = 'LockedError'
  constructor() {
    super('The data is locked')
  }
}

export interface AtRestOptions {
  /** Rows that stay plain whatever the keys, readable and writable while locked (the lock's own settings). */
  keepsPlain?: (table: string, key: unknown) => boolean
}

type Row = Record<string, unknown>

/** The DBCore layer; `keys` is asked at each request, with the request's transaction. */
export function atRest(keys: (trans: DBCoreTransaction) => AtRestKeys, options: AtRestOptions = {}): DBCoreMiddleware {
  return {
    stack: 'dbcore',
    name: 'AtRest',
    // Below Dexie's own layers (the lowest is -1): they read and write plain records.
    level: -10,
    create: (down: DBCore): DBCore => ({ ...down, table: (name) => sealedTable(down.table(name), keys, options) }),
  }
}

/** The top-level fields that must stay plain for the table's indexes (a nested key path would leave a whole object plain). */
function indexedFields(table: DBCoreTable): string[] {
  const { primaryKey, indexes } = table.schema
  const paths = [primaryKey, ...indexes].flatMap((index) => (index.keyPath === null ? [] : [index.keyPath].flat()))
  for (const path of paths) if (path.includes('.')) throw new Error(`An index on ${path} would leave ${path.split('.')[0]} plain`)
  return [...new Set(paths)]
}

/**
 * Keeps a transaction alive while `work` (WebCrypto, which IndexedDB does not wait for) runs, by asking for a key
 * that is never there until it is done; settles in a request's callback, so what the caller does next still runs
 * inside the transaction. Dexie's own `waitFor` does the same a layer higher.
 */
function keepAlive<T>(table: DBCoreTable, trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  let settled: { ok: true; value: T } | { ok: false; error: unknown } | undefined
  work.then(
    (value) => (settled = { ok: true, value }),
    (error: unknown) => (settled = { ok: false, error }),
  )
  return new Promise<T>((resolve, reject) => {
    const spin = (): void => {
      if (!settled) {
        table.get({ trans, key: -Infinity }).then(spin, reject)
        return
      }
      if (settled.ok) resolve(settled.value)
      else reject(settled.error)
    }
    spin()
  })
}

const encoder = new TextEncoder()
const additionalData = (table: string, key: unknown) => encoder.encode(`${table}\u0000${JSON.stringify(key)}`)

async function sealRow(key: CryptoKey, table: string, primaryKey: string, plain: readonly string[], row: Row): Promise<Row> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const text = encoder.encode(JSON.stringify(row))
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: CIPHER, iv, additionalData: additionalData(table, row[primaryKey]) }, key, text))
  const sealed = new Uint8Array(iv.length + ciphertext.length)
  sealed.set(iv)
  sealed.set(ciphertext, iv.length)
  const out: Row = {}
  for (const field of plain) if (field in row) out[field] = row[field]
  out[SEALED_FIELD] = sealed.buffer
  return out
}

async function openRow(key: CryptoKey | undefined, table: string, primaryKey: string, row: Row): Promise<Row> {
  if (!key) throw new LockedError()
  const sealed = new Uint8Array(row[SEALED_FIELD] as ArrayBuffer)
  const plain = await crypto.subtle.decrypt({ name: CIPHER, iv: sealed.subarray(0, 12), additionalData: additionalData(table, row[primaryKey]) }, key, sealed.subarray(12))
  return JSON.parse(new TextDecoder().decode(plain)) as Row
}

export const isSealed = (value: unknown): boolean => typeof value === 'object' && value !== null && SEALED_FIELD in value

function sealedTable(down: DBCoreTable, keysOf: (trans: DBCoreTransaction) => AtRestKeys, options: AtRestOptions): DBCoreTable {
  const name = down.name
  const keyPath = down.schema.primaryKey.keyPath
  if (typeof keyPath !== 'string') throw new Error(`Table ${name}: an inbound string key path is needed`)
  const primaryKey: string = keyPath
  const plain = indexedFields(down)
  const keepsPlain = (key: unknown) => options.keepsPlain?.(name, key) === true

  /** Opens every sealed row of a read (plain rows, written before the lock or kept plain, as they are). */
  function openAll(trans: DBCoreTransaction, rows: unknown[]): Promise<unknown[]> {
    if (!rows.some(isSealed)) return Promise.resolve(rows)
    const { open } = keysOf(trans)
    return keepAlive(down, trans, Promise.all(rows.map((row) => (isSealed(row) ? openRow(open, name, primaryKey, row as Row) : row))))
  }

  function openedCursor(cursor: DBCoreCursor): DBCoreCursor {
    let value: unknown
    const wrapped: DBCoreCursor = {
      get trans() {
        return cursor.trans
      },
      get key() {
        return cursor.key
      },
      get primaryKey() {
        return cursor.primaryKey
      },
      get value() {
        return value
      },
      get done() {
        return cursor.done
      },
      continue: (key) => cursor.continue(key),
      continuePrimaryKey: (key, primary) => cursor.continuePrimaryKey(key, primary),
      advance: (count) => cursor.advance(count),
      stop: (result) => cursor.stop(result),
      fail: (error) => cursor.fail(error),
      next: () => {
        let one = 1
        return wrapped.start(() => (one-- ? wrapped.continue() : wrapped.stop())).then(() => wrapped)
      },
      start: (onNext) =>
        cursor.start(() => {
          openAll(cursor.trans, [cursor.value]).then(
            ([row]) => {
              value = row
              onNext()
            },
            (error: unknown) => cursor.fail(error as Error),
          )
        }),
    }
    return wrapped
  }

  return {
    ...down,
    async mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req)
      const rows = req.values as Row[]
      if (rows.every((row) => keepsPlain(row[primaryKey]))) return down.mutate(req)
      const { seal } = keysOf(req.trans)
      if (seal === null) return down.mutate(req)
      if (seal === undefined) throw new LockedError()
      const values = await keepAlive(down, req.trans, Promise.all(rows.map((row) => (keepsPlain(row[primaryKey]) ? row : sealRow(seal, name, primaryKey, plain, row)))))
      return down.mutate({ ...req, values })
    },
    async get(req) {
      const row: unknown = await down.get(req)
      return row === undefined ? row : (await openAll(req.trans, [row]))[0]
    },
    async getMany(req) {
      return openAll(req.trans, await down.getMany(req))
    },
    async query(req) {
      const result = await down.query(req)
      return req.values ? { ...result, result: await openAll(req.trans, result.result) } : result
    },
    async openCursor(req) {
      const cursor = await down.openCursor(req)
      return cursor && req.values ? openedCursor(cursor) : cursor
    },
  }
}
