import { afterAll, beforeAll, expect, it } from 'vitest'
import { openSession, waitForWorkerControl, type Session } from '../e2e/support/browser'
import { DIST } from '../e2e/support/dist'
import { serveBuild } from '../e2e/support/server'
import { median, report } from './report'

let server: Awaited<ReturnType<typeof serveBuild>>
let session: Session

beforeAll(async () => {
  server = await serveBuild(DIST)
  session = await openSession()
})
afterAll(async () => {
  await session?.close()
  await server?.close()
})

it('offline reload time', async () => {
  const { page, context } = session
  await page.goto(server.url + '/')
  await waitForWorkerControl(page)
  await context.setOffline(true)
  const times: number[] = []
  for (let i = 0; i < 7; i++) {
    const start = performance.now()
    await page.reload()
    await page.locator('h1').waitFor()
    times.push(performance.now() - start)
  }
  await context.setOffline(false)
  console.log('\nOffline (service worker in control, network off)')
  report('reload to first heading, median of 7', `${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`)
  expect(times).toHaveLength(7)
})
