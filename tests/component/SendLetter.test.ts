import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SendLetterView from '@/views/SendLetterView.vue'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { decisions, notices } from '@/db/records'
import { UNSAVED_ID } from '@/domain/forms'
import type { Decision, Notice } from '@/domain/model'
import { mountScreen, settle, until } from './mount'

// Thursday 3\u00a0December 2026: a refusal notified on Wednesday 2\u00a0December (issue 17, "Done means").
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 11, 3, 10, 0))
  // jsdom has no print(): the screen's button calls it once the letter is made.
  window.print = vi.fn()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const TODAY = '2026-12-03'

async function namurProject(sender = true) {
  return createProject(
    {
      pcsw: { name: 'CPAS de Namur', municipality: 'Namur', address: 'Rue de Dave 165, 5100 Jambes' },
      socialWorker: 'Mme Leroy',
      companion: 'Samira Haddad',
      ...(sender ? { sender: { name: 'Jean Dupont', address: 'Rue de Fer 12\n5000 Namur', registerNumber: '85.07.30-033.61' } } : {}),
    },
    TODAY,
  )
}

async function open(path: string, language: 'en' | 'fr' | 'nl' = 'en') {
  const { wrapper, router } = await mountScreen(SendLetterView, { language, path })
  await until(() => expect(wrapper.find('[data-testid="letter-paper"]').exists()).toBe(true))
  return { wrapper, router }
}
const paper = (wrapper: Awaited<ReturnType<typeof open>>['wrapper']) => wrapper.find('[data-testid="letter-paper"]')

describe('the appeal letter', () => {
  it('is filled in from the project and the decision, for the tribunal of Namur, in French whatever the app’s language, with the last day', async () => {
    const project = await namurProject()
    const refusal = await decisions.save(project.id, { id: UNSAVED_ID, projectId: project.id, kind: 'refusal', decidedOn: '2026-11-26', notifiedOn: '2026-12-02' } as Decision, TODAY)
    const { wrapper } = await open(`/letters/write/appeal?decision=${refusal.id}`)
    expect(wrapper.find('h1').text()).toBe('Letter: appeal to the labour tribunal')
    expect((wrapper.find('#send-division').element as HTMLSelectElement).value).toBe('liege/namur')
    expect(wrapper.find('[data-testid="appeal-language"]').text()).toContain('French')
    expect(paper(wrapper).attributes('lang')).toBe('fr-BE')
    const text = paper(wrapper).text()
    for (const part of ['Greffe du Tribunal du travail de Liège, division Namur', 'Jean Dupont', '85.07.30-033.61', 'CPAS de Namur', 'du 26\u00a0novembre 2026, qui m’a été notifiée le 2\u00a0décembre 2026', 'Copie de la décision du 26\u00a0novembre 2026'])
      expect(text).toContain(part)
    // The guide, in English: the rules engine's appeal deadline (notified 2\u00a0December 2026 → Tuesday 2\u00a0March 2027).
    const guide = wrapper.find('[data-testid="appeal-guide"]')
    await until(() => expect(guide.find('[data-testid="guide-due"]').exists()).toBe(true))
    expect(guide.find('[data-testid="guide-due"]').attributes('data-date')).toBe('2027-03-02')
    expect(guide.text()).toContain('Legal last day: Tuesday 2\u00a0March 2027.')
    expect(guide.text()).toContain('does not stop the decision')
    expect(guide.text()).toContain('two copies')
    expect(guide.text()).toContain('e-Deposit')
    expect(guide.text()).toContain('free')
    // The address of the Namur division is not in §12: typed from the decision letter, a blank line until then.
    expect(wrapper.find('[data-testid="letter-missing"]').text()).toContain('address of the tribunal')
    await wrapper.find('#send-tribunal-address').setValue('Place du Palais de Justice 5\n5000 Namur')
    expect(paper(wrapper).text()).toContain('Place du Palais de Justice 5')
    expect(wrapper.find('[data-testid="letter-missing"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('switches to German for Eupen and to Dutch for Antwerp, with the request written in that language', async () => {
    const project = await namurProject()
    const refusal = await decisions.save(project.id, { id: UNSAVED_ID, projectId: project.id, kind: 'sanction', decidedOn: '2026-11-26', notifiedOn: '2026-12-02' } as Decision, TODAY)
    const { wrapper } = await open(`/letters/write/appeal?decision=${refusal.id}`, 'nl')
    await wrapper.find('#send-division').setValue('eupen/eupen')
    await until(() => expect(paper(wrapper).attributes('data-language')).toBe('de'))
    expect(paper(wrapper).text()).toContain('An die Kanzlei des Arbeitsgerichts Eupen')
    expect((wrapper.find('#send-ask').element as HTMLTextAreaElement).value).toBe('Ich beantrage beim Arbeitsgericht, diese Sanktion aufzuheben.')
    await wrapper.find('#send-division').setValue('antwerpen/hasselt')
    await until(() => expect(paper(wrapper).attributes('data-language')).toBe('nl'))
    expect(paper(wrapper).text()).toContain('Griffie van de Arbeidsrechtbank Antwerpen, afdeling Hasselt')
    expect(paper(wrapper).text()).toContain('Ik vraag de arbeidsrechtbank deze sanctie te vernietigen.')
    wrapper.unmount()
  })

  it('keeps the person’s details and the tribunal on the project when the letter is printed, asked once', async () => {
    const project = await namurProject(false)
    const refusal = await decisions.save(project.id, { id: UNSAVED_ID, projectId: project.id, kind: 'refusal', decidedOn: '2026-11-26', notifiedOn: '2026-12-02' } as Decision, TODAY)
    const { wrapper } = await open(`/letters/write/appeal?decision=${refusal.id}`, 'fr')
    expect(wrapper.find('[data-testid="letter-missing"]').text()).toContain('votre nom')
    await wrapper.find('#send-name').setValue('Awa Diallo')
    await wrapper.find('#send-address').setValue('Rue Haute 3\n5000 Namur')
    await wrapper.find('#send-tribunal-address').setValue('Adresse de la décision')
    await wrapper.find('form.send-form').trigger('submit')
    await until(() => expect(window.print).toHaveBeenCalledTimes(1))
    const stored = (await getDb().projects.get(project.id))!
    expect(stored.sender).toEqual({ name: 'Awa Diallo', address: 'Rue Haute 3\n5000 Namur' })
    expect(stored.tribunal).toEqual({ divisionId: 'liege/namur', address: 'Adresse de la décision' })
    expect(wrapper.find('[data-testid="letter-status"]').text()).toContain('Vos coordonnées sont gardées sur ce téléphone')
    wrapper.unmount()
    // The next letter knows them.
    const next = await open('/letters/write/hearing', 'fr')
    expect((next.wrapper.find('#send-name').element as HTMLInputElement).value).toBe('Awa Diallo')
    next.wrapper.unmount()
  })
})

describe('the meeting request letter', () => {
  it('notes the request and its deadline when the letter is made, once', async () => {
    const project = await namurProject()
    const { wrapper, router } = await open('/letters/write/meeting')
    expect(wrapper.find('[data-testid="meeting-by"]').attributes('data-date')).toBe('2026-12-10')
    expect(paper(wrapper).attributes('data-language')).toBe('en')
    await wrapper.find('#send-language').setValue('fr')
    await until(() => expect(paper(wrapper).attributes('data-language')).toBe('fr'))
    expect(paper(wrapper).text()).toContain('au plus tard le 10\u00a0décembre 2026')
    await wrapper.find('#send-availability').setValue('le lundi matin')
    await wrapper.find('form.send-form').trigger('submit')
    await until(() => expect(window.print).toHaveBeenCalledTimes(1))
    const requests = await getDb().meetingRequests.where('projectId').equals(project.id).toArray()
    expect(requests).toMatchObject([{ askedOn: TODAY, how: 'letter' }])
    expect(router.currentRoute.value.query.request).toBe(requests[0]?.id)
    expect(wrapper.find('[data-testid="letter-status"]').text()).toContain('Thursday 10\u00a0December 2026')
    await wrapper.find('form.send-form').trigger('submit')
    await until(() => expect(window.print).toHaveBeenCalledTimes(2))
    expect(await getDb().meetingRequests.count()).toBe(1)
    wrapper.unmount()
  })

  it('refuses a letter dated after today: says so, notes nothing and does not print', async () => {
    await namurProject()
    const { wrapper } = await open('/letters/write/meeting')
    await wrapper.find('#send-date').setValue('2026-12-20')
    await wrapper.find('form.send-form').trigger('submit')
    await until(() => expect(wrapper.find('[data-testid="letter-error"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="letter-error"]').text()).toContain('cannot be after today')
    expect(window.print).not.toHaveBeenCalled()
    expect(await getDb().meetingRequests.count()).toBe(0)
    wrapper.unmount()
  })

  it('is kept as a text file through the share helper (a download where the browser cannot share)', async () => {
    await namurProject()
    const created = vi.fn(() => 'blob:letter')
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() })
    const { wrapper } = await open('/letters/write/meeting')
    await wrapper.find('[data-testid="letter-share"]').trigger('click')
    await until(() => expect(wrapper.find('[data-testid="letter-status"]').text()).toContain('meeting-request-2026-12-03.txt'))
    const file = (created.mock.calls[0] as unknown as [File])[0]
    const text = await file.text()
    expect(text).toContain('Request for a meeting')
    expect(text).toContain('Jean Dupont')
    wrapper.unmount()
  })
})

describe('the request to be heard', () => {
  it('after a formal notice: the plain warning about the appeal period, the notice in the letter, in Dutch when chosen', async () => {
    const project = await namurProject()
    const notice = await notices.save(project.id, { id: UNSAVED_ID, projectId: project.id, receivedOn: '2026-11-20', summary: 'afwezig op de opleiding' } as Notice, TODAY)
    const { wrapper } = await open(`/letters/write/hearing?notice=${notice.id}`)
    expect(wrapper.find('[data-testid="hearing-warning"]').text()).toContain('does not stop the 3\u00a0months you have to appeal')
    await wrapper.find('#send-language').setValue('nl')
    await until(() => expect(paper(wrapper).attributes('data-language')).toBe('nl'))
    const text = paper(wrapper).text()
    for (const part of ['Vraag om gehoord te worden — aanmaning van 20\u00a0november 2026', 'afwezig op de opleiding', 'artikel 20', 'Kopie: Mme Leroy', 'Samira Haddad, een persoon naar keuze'])
      expect(text).toContain(part)
    wrapper.unmount()
  })

  it('after a decision offers the appeal too', async () => {
    const project = await namurProject()
    const refusal = await decisions.save(project.id, { id: UNSAVED_ID, projectId: project.id, kind: 'refusal', decidedOn: '2026-11-26', notifiedOn: '2026-12-02' } as Decision, TODAY)
    const { wrapper } = await open(`/letters/write/hearing?decision=${refusal.id}`)
    expect(wrapper.find(`a[href="/letters/write/appeal?decision=${refusal.id}"]`).exists()).toBe(true)
    expect(paper(wrapper).text()).toContain('I also ask the PCSW to review this decision.')
    await settle()
    wrapper.unmount()
  })
})
