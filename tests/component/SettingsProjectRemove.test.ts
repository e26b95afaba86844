import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/db/database'
import { lastExportKey } from '@/db/facts'
import { addObjective } from '@/db/objectives'
import { createProject, listProjects } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { addStep } from '@/db/steps'
import { todayIso } from '@/stores/clock'
import SettingsView from '@/views/SettingsView.vue'
import { mountScreen, settle, until } from './mount'

const today = todayIso()
const me = { role: 'me' as const }

/** Catches the download the screen starts (happy-dom does not save files). */
function catchDownloads() {
  const names: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download)
  })
  URL.createObjectURL = vi.fn(() => 'blob:test')
  URL.revokeObjectURL = vi.fn()
  return names
}

async function twoProjects() {
  const mine = await createProject({ pcsw: { name: 'CPAS de Tournai', municipality: 'Tournai' } }, today)
  const kept = await createProject({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } }, today)
  await addStep(mine.id, { title: 'Voir le médiateur de dettes', who: 'me', author: me }, today)
  await addObjective(mine.id, { title: 'Plus de dettes', domain: 'debt', aim: 'rid_of', author: me }, today)
  await addStep(kept.id, { title: 'Nederlandse les', who: 'me', author: me }, today)
  await getDb().reminderMarks.add({ id: `${mine.id}:backup-due:${mine.id}`, projectId: mine.id, reminderId: `backup-due:${mine.id}`, state: 'seen', on: today })
  await getDb().drafts.put({ formId: `project-dates:${mine.id}@t1`, values: { requestedOn: '' }, savedAt: `${today}T10:00:00Z` })
  await writeSetting('currentProjectId', mine.id)
  return { mine, kept }
}

/** The card of the project named `name` on the Settings screen. */
const cardOf = (wrapper: Awaited<ReturnType<typeof mountScreen>>['wrapper'], name: string) =>
  wrapper.findAll('[data-testid="settings-project"]').find((c) => c.text().includes(name))!

afterEach(() => vi.restoreAllMocks())

describe('Settings: removing a whole project', () => {
  it('asks twice, offers a copy first, then removes every record, mark and draft of that project only', async () => {
    const { mine, kept } = await twoProjects()
    const downloads = catchDownloads()
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings' })
    await until(() => expect(wrapper.findAll('[data-testid="settings-project"]')).toHaveLength(2))
    const card = () => cardOf(wrapper, 'Tournai')
    await card().find('[data-testid="project-remove"] button').trigger('click')
    await settle()
    expect(card().find('[data-testid="project-remove"]').attributes('data-step')).toBe('first')
    expect(card().text()).toContain('Remove the project CPAS de Tournai (Tournai) from this phone?')
    expect(card().text()).toContain('Make a copy first: with the copy you can put the project back later.')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('remove-copy-first')
    expect(card().find('[data-testid="remove-continue"]').text()).toBe('Continue without a copy')

    await card().find('[data-testid="remove-copy-first"]').trigger('click')
    await until(() => expect(card().find('[data-testid="remove-copy-status"]').text()).toContain('is in your downloads'))
    expect(downloads).toEqual([`isip-${today}.json`])
    expect((await getDb().settings.get(lastExportKey(mine.id)))?.value).toBe(today)
    expect(card().find('[data-testid="remove-continue"]').text()).toBe('Continue')
    // Nothing is removed after the first question.
    expect(await listProjects()).toHaveLength(2)

    await card().find('[data-testid="remove-continue"]').trigger('click')
    await settle()
    expect(card().text()).toContain('Are you sure? CPAS de Tournai (Tournai) and everything in it will be removed for good.')
    expect(await listProjects()).toHaveLength(2)
    await card().find('[data-testid="remove-for-good"]').trigger('click')
    await until(() => expect(wrapper.findAll('[data-testid="settings-project"]')).toHaveLength(1))
    expect(wrapper.find('[data-testid="projects-status"]').text()).toBe('The project CPAS de Tournai (Tournai) is removed from this phone.')
    expect((await listProjects()).map((p) => p.id)).toEqual([kept.id])
    const db = getDb()
    for (const table of [db.steps, db.objectives, db.reminderMarks]) expect((await table.toArray()).every((r) => r.projectId === kept.id)).toBe(true)
    expect(await db.steps.count()).toBe(1)
    expect(await db.drafts.count()).toBe(0)
    expect(await db.settings.get('currentProjectId')).toBeUndefined()
    expect(await db.settings.get(lastExportKey(mine.id))).toBeUndefined()
    wrapper.unmount()
  })

  it('keeps the project when the person says no at either question', async () => {
    await twoProjects()
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings', language: 'nl' })
    await until(() => expect(wrapper.findAll('[data-testid="settings-project"]')).toHaveLength(2))
    const remove = () => cardOf(wrapper, 'Tournai').find('[data-testid="project-remove"]')
    const button = (text: string) => remove().findAll('button').find((b) => b.text() === text)!
    await remove().find('button').trigger('click')
    await settle()
    await button('Het project houden').trigger('click')
    await settle()
    expect(remove().attributes('data-step')).toBe('idle')
    await remove().find('button').trigger('click')
    await settle()
    await button('Verder zonder kopie').trigger('click')
    await settle()
    expect(remove().text()).toContain('Weet u het zeker?')
    await button('Het project houden').trigger('click')
    await settle()
    expect(remove().attributes('data-step')).toBe('idle')
    expect(await listProjects()).toHaveLength(2)
    expect(await getDb().steps.count()).toBe(2)
    wrapper.unmount()
  })

  it('offers to remove the only project too, and then shows no project', async () => {
    const project = await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, today)
    await getDb().drafts.put({ formId: 'objective:new@t1', values: { title: 'x' }, savedAt: `${today}T10:00:00Z` })
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings', language: 'fr' })
    await until(() => expect(wrapper.findAll('[data-testid="settings-project"]')).toHaveLength(1))
    await wrapper.find('[data-testid="project-remove"] button').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="project-remove"]').text()).toContain('Supprimer le projet CPAS de Namur (Namur) de ce téléphone\u202f?')
    await wrapper.find('[data-testid="remove-continue"]').trigger('click')
    await settle()
    await wrapper.find('[data-testid="remove-for-good"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="settings-project"]').exists()).toBe(false))
    expect(wrapper.find('[data-testid="projects-status"]').text()).toBe('Le projet CPAS de Namur (Namur) est supprimé de ce téléphone.')
    expect(await getDb().projects.get(project.id)).toBeUndefined()
    // A draft of a new record was being typed for this project: it goes with it.
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })
})
