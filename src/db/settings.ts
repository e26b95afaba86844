import { getDb } from './database'

/** Reads one setting, or `fallback` when it was never set. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await getDb().settings.get(key)
  return row === undefined ? fallback : (row.value as T)
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await getDb().settings.put({ key, value })
}
