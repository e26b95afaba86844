// A device whose storage is full, for fake-indexeddb: writes to the named tables are refused with the browser's
// QuotaExceededError, the two ways browsers do it.
import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb'

type Write = (this: IDBObjectStore, ...args: unknown[]) => unknown
/** The parts of fake-indexeddb's transaction that commit it. */
interface FakeTransaction {
  fullAtCommit?: boolean
  _state: string
  _requests: { request: { readyState: string } }[]
  _start(): void
  _abort(name: string): void
}

/** When the transaction has nothing left to run, it aborts with QuotaExceededError instead of committing. */
function failAtCommit(transaction: FakeTransaction): void {
  if (transaction.fullAtCommit) return
  transaction.fullAtCommit = true
  const start = transaction._start.bind(transaction)
  transaction._start = () => {
    const pending = transaction._requests.some(({ request }) => request.readyState !== 'done')
    if (!pending && transaction._state !== 'finished') transaction._abort('QuotaExceededError')
    else start()
  }
}

/**
 * `refuse`: the write itself throws QuotaExceededError (as a browser that knows at once). `abort`: the write is
 * taken, then the transaction cannot commit and aborts with QuotaExceededError (as Chromium does when the disk
 * fills): whatever the transaction wrote is rolled back. Returns the function that empties the storage again.
 */
export function fillStorage(tables: readonly string[], how: 'refuse' | 'abort' = 'refuse'): () => void {
  const proto = FDBObjectStore.prototype as unknown as Record<'put' | 'add', Write>
  const original = { put: proto.put, add: proto.add }
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      if (!tables.includes(this.name)) return original[method].apply(this, args)
      if (how === 'refuse') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      failAtCommit(this.transaction as unknown as FakeTransaction)
      return original[method].apply(this, args)
    }
  }
  return () => Object.assign(proto, original)
}
