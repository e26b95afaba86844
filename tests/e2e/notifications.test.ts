import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped, isWorkingDay } from '../../src/domain/dates'
import { startProject, waitForWorkerControl } from './support/browser'
import { seedProject } from './support/seed'
import { browserSession, servedBuild } from './support/suite'

/**
 * Issue 12: the service worker shows what falls due today and tomorrow, computed in the worker from IndexedDB
 * with the rules engine, with only the kind and the date. Driven in Chromium on a stubbed page clock (the app
 * hands its `today` to the worker), then by a Periodic Background Sync event sent through the DevTools protocol,
 * as Chrome on Android sends it to an installed app (the worker then reads its own clock).
 */
const server = servedBuild()
const session = browserSession({ locale: 'en-GB' })

function localIso(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
const REAL_TODAY = localIso(new Date())
/** A stubbed day well away from the real one, whose next day is a working day early in its month (so 3 months back and forth land on it). */
function stubbedDay(): string {
  let day = addDays(REAL_TODAY, 40)
  while (!isWorkingDay(addDays(day, 1)) || Number(addDays(day, 1).slice(8)) > 28) day = addDays(day, 1)
  return day
}
const STUB = stubbedDay()
const STUB_TOMORROW = addDays(STUB, 1)
const dayAndMonth = (iso: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`))
const author = { role: 'me' }

type Shown = { title: string; body: string; tag: string }
const shownNotifications = () =>
  session.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return (await registration.getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag }))
  }) as Promise<Shown[]>
/** Asks the worker to check `today` as the app does, and waits for its answer (checks run one after the other). */
async function askCheck(today: string): Promise<number> {
  await session.page.evaluate(() => delete (window as unknown as { __checked?: unknown }).__checked)
  await session.page.evaluate((day) => navigator.serviceWorker.controller?.postMessage({ type: 'check-dates', today: day, language: 'en' }), today)
  await expect.poll(async () => (await lastCheck())?.today, { timeout: 15_000 }).toBe(today)
  return (await lastCheck())!.shown
}
const closeAll = () => session.page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach((n) => n.close()))
/** The worker answers each check the page asks for with how many notifications it showed. */
const lastCheck = (): Promise<{ today: string; shown: number } | undefined> => session.page.evaluate(() => (window as unknown as { __checked?: { today: string; shown: number } }).__checked)

beforeAll(async () => {
  await session.context.grantPermissions(['notifications'], { origin: server.url })
  await session.page.addInitScript(() => {
    navigator.serviceWorker?.addEventListener('message', (event) => {
      if ((event.data as { type?: string })?.type === 'dates-checked') (window as unknown as { __checked?: unknown }).__checked = event.data
    })
  })
  const [y, m, d] = STUB.split('-').map(Number)
  await session.page.clock.setFixedTime(new Date(y!, m! - 1, d!, 10, 0, 0))
  await session.page.goto(server.url)
  await waitForWorkerControl(session.page)
  await startProject(session.page, { pcsw: 'CPAS de Tournai', worker: 'Mme Dubois', companion: 'Samira' })
  await seedProject(session.page, (projectId) => ({
    // Notified three months before tomorrow: tomorrow is the last day to appeal.
    decisions: [{ id: 'dec-1', projectId, kind: 'refusal', decidedOn: addMonthsClamped(STUB_TOMORROW, -3), notifiedOn: addMonthsClamped(STUB_TOMORROW, -3) }],
    steps: [
      { id: 'step-today', projectId, title: 'Call Mme Dubois about my debts', who: 'me', dueDate: STUB, status: 'todo', author, createdOn: REAL_TODAY, order: 0 },
      { id: 'step-later', projectId, title: 'Later', who: 'me', dueDate: addDays(STUB, 9), status: 'todo', author, createdOn: REAL_TODAY, order: 1 },
    ],
    // For the daily check on the worker's own (real) clock: a trip abroad leaving tomorrow.
    trips: [{ id: 'trip-1', projectId, leavesOn: addDays(REAL_TODAY, 1), returnsOn: addDays(REAL_TODAY, 20) }],
  }))
})

describe('notifications computed by the worker', () => {
  it('are never asked for on a first visit: nothing is shown before the person turns them on', async () => {
    await session.page.goto(`${server.url}/settings`)
    await session.page.locator('[data-testid="notify-toggle"]').waitFor()
    expect(await session.page.locator('[data-testid="notify-support"]').getAttribute('data-support')).toMatch(/daily|open-only/)
    expect(await shownNotifications()).toEqual([])
  })

  it('shows today’s and tomorrow’s dates once turned on, with the kind and the date only', async () => {
    await session.page.locator('[data-testid="notify-toggle"]').click()
    await expect.poll(() => session.page.locator('[data-testid="notify-status"]').textContent()).toBe('Notifications are on.')
    await expect.poll(async () => (await shownNotifications()).length, { timeout: 15_000 }).toBe(2)
    const shown = await shownNotifications()
    expect(shown.map(({ title, body }) => ({ title, body })).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: `A date in your ISIP: today, ${dayAndMonth(STUB)}`, body: 'Step of your plan' },
      { title: `A date in your ISIP: tomorrow, ${dayAndMonth(STUB_TOMORROW)}`, body: 'Appeal deadline' },
    ])
    for (const personal of ['Tournai', 'Dubois', 'Samira', 'debts']) expect(JSON.stringify(shown)).not.toContain(personal)
  })

  it('checks again when the app opens, but never shows the same reminder twice on the same day', async () => {
    await closeAll()
    await session.page.reload()
    await expect.poll(lastCheck, { timeout: 15_000 }).toMatchObject({ today: STUB, shown: 0 })
    expect(await shownNotifications()).toEqual([])
  })

  it('checks once a day on its own clock when the browser sends a Periodic Background Sync', async () => {
    const cdp = await session.context.newCDPSession(session.page)
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted)
        if (ours) resolve(ours.registrationId)
      })
    })
    await cdp.send('ServiceWorker.enable')
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin: server.url, registrationId: await registrationId, tag: 'isip-dates' })
    await expect.poll(async () => (await shownNotifications()).map((n) => n.body), { timeout: 30_000 }).toContain('Trip abroad')
    const trip = (await shownNotifications()).find((n) => n.body === 'Trip abroad')
    expect(trip?.title).toBe(`A date in your ISIP: tomorrow, ${dayAndMonth(addDays(REAL_TODAY, 1))}`)
    // A second wake-up the same day shows nothing new.
    await closeAll()
    await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin: server.url, registrationId: await registrationId, tag: 'isip-dates' })
    // The worker's checks run one after the other: once this one has answered, the wake-up before it is done.
    expect(await askCheck(REAL_TODAY)).toBe(0)
    expect(await shownNotifications()).toEqual([])
  })

  it('stop when turned off', async () => {
    await session.page.goto(`${server.url}/settings`)
    await session.page.locator('[data-testid="notify-toggle"]').click()
    await expect.poll(() => session.page.locator('[data-testid="notify-status"]').textContent()).toBe('Notifications are off.')
    await closeAll()
    // The day after: with notifications on, the appeal deadline would now show as "today".
    expect(await askCheck(STUB_TOMORROW)).toBe(0)
    expect(await shownNotifications()).toEqual([])
  })
})
