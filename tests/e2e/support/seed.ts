import type { Page } from 'playwright-core'

/** Records to put straight into the app's IndexedDB, by table (the shapes of src/domain/model.ts). */
export type Rows = Record<string, Record<string, unknown>[]>

/**
 * Adds records to the current project in the app's own database, as the forms would have saved them, then
 * reloads (Dexie's live queries see only Dexie's own writes). Returns the project's id.
 */
export async function seedProject(page: Page, rows: (projectId: string) => Rows): Promise<string> {
  const projectId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('projects').objectStore('projects').getAll()
          request.onsuccess = () => {
            resolve((request.result as { id: string }[])[0]?.id ?? '')
            open.result.close()
          }
          request.onerror = () => reject(request.error)
        }
      }),
  )
  if (!projectId) throw new Error('No project to seed: start one first')
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('isip-own')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(all), 'readwrite')
          for (const [table, records] of Object.entries(all)) for (const record of records) tx.objectStore(table).put(record)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    rows(projectId),
  )
  await page.reload()
  return projectId
}
