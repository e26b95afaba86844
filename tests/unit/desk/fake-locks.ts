/**
 * A stand-in for the Web Locks API with Chromium's rules: a lock is held until the callback's promise settles; a
 * request waits for it unless `ifAvailable` (then the callback gets null); an aborted wait rejects.
 */
export function fakeLocks() {
  const held = new Set<string>()
  const locks = {
    async request(name: string, options: LockOptions, callback: (lock: { name: string } | null) => unknown): Promise<unknown> {
      while (held.has(name)) {
        if (options.ifAvailable) return callback(null)
        if (options.signal?.aborted) throw options.signal.reason
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      held.add(name)
      try {
        return await callback({ name })
      } finally {
        held.delete(name)
      }
    },
    query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
  }
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  return { held, locks: locks as unknown as LockManager }
}
