import { afterAll, beforeAll } from 'vitest'
import { openSession, type Session } from './browser'
import { DIST } from './dist'
import { serveBuild } from './server'

type Served = Awaited<ReturnType<typeof serveBuild>>

/** What a hook gives, read only once the hook has run: a test that reads it earlier fails by name. */
function started<T>(what: string, get: () => T | undefined): T {
  const value = get()
  if (value === undefined) throw new Error(`${what} is read before its beforeAll ran`)
  return value
}

/**
 * The production build served for the tests of this file (or describe block): started before them, closed after.
 * Call it before `browserSession`: hooks unwind as a stack, so the browser closes before the server.
 */
export function servedBuild(
  root = DIST,
  pages: Record<string, string> = {},
): Pick<Served, 'url' | 'setRoot'> {
  let served: Served | undefined
  beforeAll(async () => {
    served = await serveBuild(root, pages)
  })
  afterAll(async () => {
    await served?.close()
  })
  return {
    get url() {
      return started('The served build', () => served).url
    },
    setRoot: (dir) => started('The served build', () => served).setRoot(dir),
  }
}

/** A fresh browser profile for the tests of this file (or describe block), opened before them and closed after. */
export function browserSession(options: Parameters<typeof openSession>[0] = {}): Session {
  let session: Session | undefined
  beforeAll(async () => {
    session = await openSession(options)
  })
  afterAll(async () => {
    await session?.close()
  })
  const current = () => started('The browser session', () => session)
  return {
    get context() {
      return current().context
    },
    get page() {
      return current().page
    },
    get requests() {
      return current().requests
    },
    close: () => current().close(),
  }
}
