import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { datesToNotify } from '@/sw/check'
import { NOTIFY_SETTING } from '@/sw/notify-setting'
import { dayAndMonth, notificationText } from '@/sw/words'

// Monday 7 December 2026: a step of the plan is due today, a trip abroad leaves tomorrow (Tuesday 8 December).
const TODAY = '2026-12-07'

async function seed() {
  const project = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' }, socialWorker: 'Mme Dubois' }, '2026-11-01')
  const db = getDb()
  await db.steps.add({ id: 's1', projectId: project.id, title: 'Call Mme Dubois about my debts', who: 'me', dueDate: TODAY, status: 'todo', author: { role: 'me' }, createdOn: '2026-11-01', order: 0 })
  await db.trips.add({ id: 't1', projectId: project.id, leavesOn: '2026-12-08', returnsOn: '2026-12-20' })
  // A step next week: not yet.
  await db.steps.add({ id: 's2', projectId: project.id, title: 'Later', who: 'me', dueDate: '2026-12-14', status: 'todo', author: { role: 'me' }, createdOn: '2026-11-01', order: 1 })
  return project
}

describe('the worker’s check of the dates', () => {
  it('shows nothing until the person has turned notifications on', async () => {
    await seed()
    expect(await datesToNotify(TODAY, 'en')).toEqual([])
  })

  it('shows what falls due today and tomorrow with only the kind and the date', async () => {
    await seed()
    await writeSetting(NOTIFY_SETTING, { enabled: true, language: 'en' })
    const shown = await datesToNotify(TODAY, 'en')
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'A date in your ISIP: today, Monday 7 December', body: 'Step of your plan' },
      { title: 'A date in your ISIP: tomorrow, Tuesday 8 December', body: 'Trip abroad' },
    ])
    const all = JSON.stringify(shown)
    for (const personal of ['Dubois', 'debts', 'Namur', 'CPAS']) expect(all).not.toContain(personal)
  })

  it('never shows the same reminder twice on the same day, and again the next day', async () => {
    await seed()
    await writeSetting(NOTIFY_SETTING, { enabled: true, language: 'en' })
    expect(await datesToNotify(TODAY, 'en')).toHaveLength(2)
    expect(await datesToNotify(TODAY, 'en')).toEqual([])
    // On Tuesday the trip is today (shown again, now for today); Monday's step is past and not shown again.
    const tuesday = await datesToNotify('2026-12-08', 'en')
    expect(tuesday.map((n) => n.title)).toContain('A date in your ISIP: today, Tuesday 8 December')
    expect(tuesday.map((n) => n.body)).not.toContain('Step of your plan')
  })

  it('writes in the language the app last saved when the worker wakes up alone', async () => {
    await seed()
    await writeSetting(NOTIFY_SETTING, { enabled: true, language: 'nl' })
    const shown = await datesToNotify(TODAY)
    expect(shown.map((n) => n.title)).toEqual(['Een datum in uw GPMI: vandaag, maandag 7 december', 'Een datum in uw GPMI: morgen, dinsdag 8 december'])
    expect(shown.map((n) => n.body)).toEqual(['Stap van uw plan', 'Reis naar het buitenland'])
  })

  it('leaves out a step already done', async () => {
    await seed()
    await getDb().steps.update('s1', { status: 'done', doneOn: '2026-12-06' })
    await writeSetting(NOTIFY_SETTING, { enabled: true, language: 'fr' })
    expect((await datesToNotify(TODAY, 'fr')).map((n) => n.title)).toEqual(['Une date de votre PIIS\u00a0: demain, mardi 8 décembre'])
  })
})

describe('notification words', () => {
  it('writes the day out in each language, whatever the time zone', () => {
    expect(dayAndMonth('2026-12-08', 'en')).toBe('Tuesday 8 December')
    expect(dayAndMonth('2026-12-08', 'fr')).toBe('mardi 8 décembre')
    expect(dayAndMonth('2026-12-08', 'nl')).toBe('dinsdag 8 december')
    expect(notificationText('appeal-deadline', '2026-12-08', 'tomorrow', 'en')).toEqual({ title: 'A date in your ISIP: tomorrow, Tuesday 8 December', body: 'Appeal deadline' })
  })
})
