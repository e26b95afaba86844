import { afterEach, describe, expect, it, vi } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import { createBackup } from '@/db/backup'
import { getDb } from '@/db/database'
import { lastExportKey } from '@/db/facts'
import { createProject, listProjects } from '@/db/projects'
import { addStep } from '@/db/steps'
import { todayIso } from '@/stores/clock'
import OpenCopyView from '@/views/OpenCopyView.vue'
import SettingsView from '@/views/SettingsView.vue'
import { fillStorage } from '../unit/db/full-storage'
import { mountScreen, settle, until } from './mount'

const today = todayIso()
const me = { role: 'me' as const }

async function aProject(name = 'CPAS de Tournai', municipality = 'Tournai') {
  const project = await createProject({ pcsw: { name, municipality } }, today)
  await addStep(project.id, { title: 'Voir le médiateur de dettes', who: 'me', author: me }, today)
  return project
}

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

async function chooseFile(wrapper: VueWrapper, file: File) {
  const input = wrapper.find('[data-testid="copy-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await wrapper.find('form').trigger('submit')
}

afterEach(() => {
  vi.restoreAllMocks()
  Reflect.deleteProperty(navigator, 'canShare')
  Reflect.deleteProperty(navigator, 'share')
})

describe('Settings: keep a copy', () => {
  it('downloads the copy where the device cannot share a file, names it by the date, and notes the day', async () => {
    const project = await aProject()
    const downloads = catchDownloads()
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings' })
    expect(wrapper.find('[data-testid="last-copy"]').text()).toBe('No copy made yet.')
    await wrapper.find('form.card').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="backup-status"]').text()).toContain('is in your downloads'))
    expect(downloads).toEqual([`isip-${today}.json`])
    expect(await getDb().settings.get(lastExportKey(project.id))).toEqual({ key: lastExportKey(project.id), value: today })
    await until(() => expect(wrapper.find('[data-testid="last-copy"]').attributes('data-date')).toBe(today))
    expect(wrapper.find('[data-testid="last-copy"]').text()).toMatch(/^Last copy: /)
    wrapper.unmount()
  })

  it('shares the file where the device can; a cancelled share makes no copy and notes nothing', async () => {
    const project = await aProject()
    const shared: File[] = []
    let cancel = false
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true })
    Object.defineProperty(navigator, 'share', {
      value: (data: { files: File[] }) => (cancel ? Promise.reject(new DOMException('no', 'AbortError')) : (shared.push(...data.files), Promise.resolve())),
      configurable: true,
    })
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings' })
    cancel = true
    await wrapper.find('form.card').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="backup-status"]').text()).toBe('No copy was made.'))
    expect(await getDb().settings.get(lastExportKey(project.id))).toBeUndefined()
    cancel = false
    await wrapper.find('form.card').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="backup-status"]').text()).toContain('is made'))
    expect(shared.map((f) => f.name)).toEqual([`isip-${today}.json`])
    expect(JSON.parse(await shared[0]!.text())).toMatchObject({ format: 'isip-own-backup', data: { projects: [{ id: project.id }] } })
    wrapper.unmount()
  })

  it('with a passphrase: warns that it cannot be recovered, refuses two different ones, and seals the file', async () => {
    await aProject()
    const shared: File[] = []
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true })
    Object.defineProperty(navigator, 'share', { value: (data: { files: File[] }) => (shared.push(...data.files), Promise.resolve()), configurable: true })
    const { wrapper } = await mountScreen(SettingsView, { path: '/settings', language: 'fr' })
    await wrapper.find('[data-testid="backup-protect"]').setValue(true)
    expect(wrapper.find('#backup-warning').text()).toContain('personne ne pourra ouvrir la copie')
    await wrapper.find('#backup-passphrase').setValue('le chat de Marie')
    await wrapper.find('#backup-passphrase-again').setValue('le chat de marie')
    await wrapper.find('form.card').trigger('submit')
    await settle()
    expect(wrapper.find('[role="alert"]').text()).toBe('Les deux phrases secrètes ne sont pas les mêmes.')
    expect(shared).toEqual([])
    await wrapper.find('#backup-passphrase-again').setValue('le chat de Marie')
    await wrapper.find('form.card').trigger('submit')
    await until(() => expect(shared).toHaveLength(1))
    const sealed = JSON.parse(await shared[0]!.text()) as Record<string, unknown>
    expect(Object.keys(sealed).sort()).toEqual(['ciphertext', 'encryption', 'format', 'formatVersion'])
    expect(await getDb().drafts.count()).toBe(0)
    wrapper.unmount()
  })
})

describe('Open a copy', () => {
  it('shows what a copy holds, then keeps both: the copy’s project beside the one there, nothing there changed', async () => {
    const mine = await aProject()
    const other = new File([await createBackup()], 'isip.json')
    await getDb().projects.update(mine.id, { pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const before = await listProjects()
    const { wrapper } = await mountScreen(OpenCopyView, { path: '/settings/open-copy' })
    await chooseFile(wrapper, other)
    await until(() => expect(wrapper.find('[data-testid="copy-preview"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="copy-preview-project"]').text()).toContain('CPAS de Tournai (Tournai)')
    expect(wrapper.find('[data-testid="copy-preview-project"]').text()).toContain('1 step · no objectives')
    await wrapper.find('[data-testid="copy-keep-both"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="copy-done"]').attributes('data-mode')).toBe('keep-both'))
    const after = await listProjects()
    expect(after).toHaveLength(2)
    expect(after).toContainEqual(before[0])
    expect(after.map((p) => p.pcsw.name).sort()).toEqual(['CPAS de Tournai', 'OCMW Gent'])
    wrapper.unmount()
  })

  it('replaces only after a plain question', async () => {
    await aProject()
    const copy = new File([await createBackup()], 'isip.json')
    await getDb().projects.toCollection().modify({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const { wrapper } = await mountScreen(OpenCopyView, { path: '/settings/open-copy', language: 'nl' })
    await chooseFile(wrapper, copy)
    await until(() => expect(wrapper.find('[data-testid="copy-replace"]').exists()).toBe(true))
    await wrapper.find('[data-testid="copy-replace"]').trigger('click')
    expect(wrapper.text()).toContain('Alles op deze telefoon vervangen door de kopie?')
    expect((await listProjects()).map((p) => p.pcsw.name)).toEqual(['OCMW Gent'])
    await wrapper.find('[data-testid="copy-replace-yes"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="copy-done"]').attributes('data-mode')).toBe('replace'))
    expect((await listProjects()).map((p) => p.pcsw.name)).toEqual(['CPAS de Tournai'])
    wrapper.unmount()
  })

  it('asks for the passphrase of a sealed copy, refuses a wrong one calmly, opens with the right one', async () => {
    await aProject()
    const sealed = new File([await createBackup({ passphrase: 'zeven kleine geitjes' })], 'isip.json')
    const { wrapper } = await mountScreen(OpenCopyView, { path: '/settings/open-copy' })
    await chooseFile(wrapper, sealed)
    await until(() => expect(wrapper.find('[data-testid="copy-error"]').text()).toBe('This copy is protected by a passphrase. Type it to open the copy.'))
    await wrapper.find('[data-testid="copy-passphrase"]').setValue('zeven kleine geitjes!')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="copy-error"]').text()).toContain('This passphrase does not open the copy'))
    await wrapper.find('[data-testid="copy-passphrase"]').setValue('zeven kleine geitjes')
    await wrapper.find('form').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="copy-preview"]').text()).toContain('Protected by a passphrase.'))
    wrapper.unmount()
  })

  it('says the storage is full when a copy cannot be put on the phone, and changes nothing', async () => {
    await aProject()
    const copy = new File([await createBackup()], 'isip.json')
    await getDb().projects.toCollection().modify({ pcsw: { name: 'OCMW Gent', municipality: 'Gent' } })
    const { wrapper } = await mountScreen(OpenCopyView, { path: '/settings/open-copy' })
    await chooseFile(wrapper, copy)
    await until(() => expect(wrapper.find('[data-testid="copy-replace"]').exists()).toBe(true))
    const empty = fillStorage(['steps'], 'abort')
    try {
      await wrapper.find('[data-testid="copy-replace"]').trigger('click')
      await wrapper.find('[data-testid="copy-replace-yes"]').trigger('click')
      await until(() => expect(wrapper.find('[data-testid="copy-error"]').text()).toContain('storage is full'))
    } finally {
      empty()
    }
    expect((await listProjects()).map((p) => p.pcsw.name)).toEqual(['OCMW Gent'])
    wrapper.unmount()
  })

  it('refuses a file that is not a copy with words that say what to do, in the person’s language', async () => {
    const { wrapper } = await mountScreen(OpenCopyView, { path: '/settings/open-copy', language: 'fr' })
    await chooseFile(wrapper, new File(['<html>nope</html>'], 'photo.json'))
    await until(() => expect(wrapper.find('[data-testid="copy-error"]').text()).toContain('n’est pas une copie faite avec cette application'))
    expect(wrapper.find('[data-testid="copy-preview"]').exists()).toBe(false)
    expect(await listProjects()).toEqual([])
    wrapper.unmount()
  })
})
