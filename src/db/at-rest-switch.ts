import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import type { AtRestKeys, AtRestOptions } from './at-rest'

/**
 * The at-rest layer (at-rest.ts) as the first route carries it: a switch only. With the lock off nothing is sealed
 * and every request goes straight down; the layer itself (and WebCrypto's code around it) loads only when a database
 * opens with the lock on, in a desk session, or as the lock is turned on (`loadAtRest`, awaited before any request
 * that needs it: a dynamic import inside a transaction would let it commit).
 */
type AtRest = typeof import('./at-rest')
let layer: AtRest | undefined

export async function loadAtRest(): Promise<void> {
  layer ??= await import('./at-rest')
}

export function atRestSwitch(keys: (trans: DBCoreTransaction) => AtRestKeys, options: AtRestOptions): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AtRest',
    // Below Dexie's own layers (the lowest is -1): they read and write plain records.
    level: -10,
    create: (down: DBCore): DBCore => {
      let sealing: DBCore | undefined
      const tables = new Map<string, DBCoreTable>()
      const sealed = (name: string): DBCoreTable | undefined => {
        if (!layer) return undefined
        // The layer's create() gives a whole DBCore (Dexie types a middleware's result as partial).
        const core = (sealing ??= layer.atRest(keys, options).create(down) as DBCore)
        let table = tables.get(name)
        if (!table) tables.set(name, (table = core.table(name)))
        return table
      }
      return {
        ...down,
        table: (name) => {
          const plain = down.table(name)
          const via = () => sealed(name) ?? plain
          return {
            ...plain,
            mutate: async (req) => {
              // Without the layer only the lock-off state may write: a write then is a bug, refused rather than plain.
              if (!layer && keys(req.trans).seal !== null) throw new Error('The data is locked')
              return via().mutate(req)
            },
            get: async (req) => via().get(req),
            getMany: async (req) => via().getMany(req),
            query: async (req) => via().query(req),
            openCursor: async (req) => via().openCursor(req),
          }
        },
      }
    },
  }
}
