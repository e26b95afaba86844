import { afterEach, describe, expect, it, vi } from 'vitest'
import { lastExportKey } from '@/db/facts'
import { createProject } from '@/db/projects'
import { writeSetting } from '@/db/settings'
import { setDeskActive } from '@/desk/flag'
import { DeskRefused, endDeskSession, startDeskSession } from '@/stores/deskSession'
import DeskBanner from '@/components/desk/DeskBanner.vue'
import DeskEndView from '@/views/DeskEndView.vue'
import SettingsView from '@/views/SettingsView.vue'
import TodayView from '@/views/TodayView.vue'
import { mountScreen, settle, until } from './mount'

// The session itself (the database swap, the lock) is tested in tests/unit/desk and in Chromium: here, the screens.
vi.mock('@/stores/deskSession', () => ({
  DeskRefused: class extends Error {
    constructor(readonly reason: string) {
      super(reason)
    }
  },
  startDeskSession: vi.fn(),
  endDeskSession: vi.fn(),
}))

afterEach(() => {
  setDeskActive(false)
  vi.mocked(startDeskSession).mockReset()
  vi.mocked(endDeskSession).mockReset()
})

describe('"This is not my phone"', () => {
  it.each([
    ['fr', 'Ce n’est pas mon téléphone', 'Ce n’est pas votre téléphone\u202f?'],
    ['nl', 'Dit is niet mijn telefoon', 'Niet uw eigen telefoon?'],
    ['en', 'This is not my phone', 'Not your own phone?'],
  ] as const)('is offered on the first screen, before the start form (%s)', async (language, button, title) => {
    const { wrapper } = await mountScreen(TodayView, { language })
    await until(() => expect(wrapper.find('[data-testid="desk-start"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="desk-start"]').text()).toBe(button)
    expect(wrapper.find('#desk-choice-title').text()).toBe(title)
    await until(() => expect(wrapper.find('[data-testid="project-start-form"]').exists()).toBe(true))
    const html = wrapper.html()
    expect(html.indexOf('data-testid="desk-choice"')).toBeLessThan(html.indexOf('data-testid="project-start-form"'))
    wrapper.unmount()
  })

  it('starts a session, and says why when another tab runs one (the focus on the message)', async () => {
    vi.mocked(startDeskSession).mockRejectedValueOnce(new DeskRefused('busy'))
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('[data-testid="desk-start"]').exists()).toBe(true))
    await wrapper.find('[data-testid="desk-start"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="desk-choice-error"]').exists()).toBe(true))
    expect(startDeskSession).toHaveBeenCalledOnce()
    expect(wrapper.find('[data-testid="desk-choice-error"]').text()).toBe('A session for a shared device is already open in another tab or window. Carry on there, or end it there first.')
    expect(document.activeElement?.id).toBe('desk-choice-error')
    expect(wrapper.find('[data-testid="desk-start"]').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('is not offered again inside a session', async () => {
    setDeskActive(true)
    const { wrapper } = await mountScreen(TodayView)
    await until(() => expect(wrapper.find('[data-testid="project-start-form"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="desk-choice"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('Settings and a session', () => {
  it('offers the session outside one; inside, neither notifications nor "Forget this device"', async () => {
    const outside = await mountScreen(SettingsView, { path: '/settings' })
    await until(() => expect(outside.wrapper.find('[data-testid="desk-choice"]').exists()).toBe(true))
    await until(() => expect(outside.wrapper.find('#settings-notify-title').exists()).toBe(true))
    expect(outside.wrapper.find('[data-testid="desk-settings-note"]').exists()).toBe(false)
    expect(outside.wrapper.text()).toContain('Forget this device')
    outside.wrapper.unmount()

    setDeskActive(true)
    const inside = await mountScreen(SettingsView, { path: '/settings' })
    await until(() => expect(inside.wrapper.find('[data-testid="settings-calendar"]').exists()).toBe(true))
    expect(inside.wrapper.find('[data-testid="desk-settings-note"]').text()).toContain('notifications and “Forget this device” are not offered')
    expect(inside.wrapper.find('[data-testid="desk-choice"]').exists()).toBe(false)
    expect(inside.wrapper.find('#settings-notify-title').exists()).toBe(false)
    expect(inside.wrapper.find('[data-testid="notify-toggle"]').exists()).toBe(false)
    expect(inside.wrapper.find('[data-testid="forget-start"]').exists()).toBe(false)
    inside.wrapper.unmount()
  })
})

describe('the banner of a session', () => {
  it('says the session is wiped and leads to its end', async () => {
    const { wrapper } = await mountScreen(DeskBanner, { language: 'nl' })
    expect(wrapper.find('h2').text()).toBe('Sessie op een gedeeld toestel')
    expect(wrapper.text()).toContain('alles wordt gewist als de sessie eindigt')
    expect(wrapper.find('[data-testid="desk-end-link"]').attributes('href')).toBe('/desk/end')
    // Mounted as the session starts, with the focus nowhere: it takes it, so a screen reader says where it is.
    expect(document.activeElement?.id).toBe('desk-banner-title')
    wrapper.unmount()
  })
})

describe('ending a session', () => {
  it('says there is none outside a session', async () => {
    const { wrapper } = await mountScreen(DeskEndView, { path: '/desk/end' })
    expect(wrapper.find('[data-testid="desk-not-running"]').text()).toBe('No session for a shared device is open in this tab.')
    expect(wrapper.find('[data-testid="desk-end"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('asks once more, offering the file first when none was taken; the file always has a passphrase', async () => {
    setDeskActive(true)
    await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-03')
    const { wrapper } = await mountScreen(DeskEndView, { path: '/desk/end' })
    // The copy's form, with the passphrase asked and no way to leave it out, nor to open or put back a copy here.
    expect(wrapper.find('[data-testid="backup-protect"]').exists()).toBe(false)
    expect(wrapper.find('#backup-passphrase').exists()).toBe(true)
    expect(wrapper.find('[data-testid="open-copy-link"]').exists()).toBe(false)

    await wrapper.find('[data-testid="desk-end"]').trigger('click')
    await settle()
    const confirm = wrapper.find('[data-testid="desk-confirm"]')
    expect(confirm.text()).toBe('You have not taken your file yet. If you end now, everything of this session is lost.')
    expect(document.activeElement?.id).toBe('desk-confirm')
    await wrapper.find('[data-testid="desk-take-first"]').trigger('click')
    await settle()
    expect(document.activeElement?.id).toBe('backup-passphrase')
    expect(wrapper.find('[data-testid="desk-confirm"]').exists()).toBe(false)
    expect(endDeskSession).not.toHaveBeenCalled()

    // "Not yet" brings the focus back; nothing is wiped.
    await wrapper.find('[data-testid="desk-end"]').trigger('click')
    await settle()
    await wrapper.find('[data-testid="desk-wipe-no"]').trigger('click')
    await settle()
    expect(document.activeElement?.id).toBe('desk-end')
    expect(endDeskSession).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('once the file is taken, says so and wipes on "Yes, wipe everything"', async () => {
    setDeskActive(true)
    const project = await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-03')
    await writeSetting('currentProjectId', project.id)
    await writeSetting(lastExportKey(project.id), '2026-12-03')
    const { wrapper } = await mountScreen(DeskEndView, { language: 'fr', path: '/desk/end' })
    await wrapper.find('[data-testid="desk-end"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="desk-confirm"]').attributes('data-file-taken')).toBe('true'))
    expect(wrapper.find('[data-testid="desk-confirm"]').text()).toBe('Votre fichier est fait. Terminer maintenant efface de cet appareil tout ce qui concerne cette session.')
    expect(wrapper.find('[data-testid="desk-take-first"]').exists()).toBe(false)
    await wrapper.find('[data-testid="desk-wipe-yes"]').trigger('click')
    await until(() => expect(endDeskSession).toHaveBeenCalledOnce())
    wrapper.unmount()
  })
})
