import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import { decisions } from '@/db/records'
import ContractView from '@/views/ContractView.vue'
import LettersView from '@/views/LettersView.vue'
import { fillStorage } from '../unit/db/full-storage'
import { mountScreen, settle, until } from './mount'

// The camera's picture is made smaller with a canvas, which happy-dom does not draw: the downscale is stood in for
// (its sizing is tested in tests/unit/domain/photo-size.test.ts, the real one in tests/e2e/photos.test.ts).
const downscale = vi.hoisted(() => vi.fn())
vi.mock('@/composables/photoImage', async (original) => ({ ...(await original<typeof import('@/composables/photoImage')>()), downscaleImage: downscale }))
const { UnreadableImageError } = await import('@/composables/photoImage')

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']
const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRg'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0))
  downscale.mockReset()
  downscale.mockResolvedValue({ dataUrl: JPEG, width: 1200, height: 1600 })
})
afterEach(() => vi.useRealTimers())

async function withDecision() {
  const project = await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
  const decision = await decisions.add(project.id, { kind: 'refusal', decidedOn: '2026-03-02', notifiedOn: '2026-03-04' }, '2026-03-10')
  return { project, decision }
}

async function choose(wrapper: Wrapper, testId: 'photo-camera' | 'photo-file', file = new File(['picture'], 'letter.jpg', { type: 'image/jpeg' })) {
  const input = wrapper.find(`[data-testid="${testId}"]`)
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await settle()
  return file
}

describe('photos of a letter', () => {
  it('takes a photo with the camera, keeps it beside the letter and shows it full screen, closed by Escape', async () => {
    const { decision } = await withDecision()
    const { wrapper } = await mountScreen(LettersView, { path: '/letters' })
    await until(() => expect(wrapper.find('[data-testid="letter"] [data-testid="photos"]').exists()).toBe(true))
    const camera = wrapper.find('[data-testid="photo-camera"]')
    expect(camera.attributes()).toMatchObject({ type: 'file', accept: 'image/*', capture: 'environment' })

    const file = await choose(wrapper, 'photo-camera')
    expect(downscale).toHaveBeenCalledWith(file)
    await until(() => expect(wrapper.findAll('.photos__thumb')).toHaveLength(1))
    expect(wrapper.find('[data-testid="photos"] [role="status"]').text()).toBe('The photo is kept.')
    const stored = await getDb().photos.toArray()
    expect(stored).toEqual([expect.objectContaining({ ownerTable: 'decisions', ownerId: decision.id, dataUrl: JPEG, width: 1200, height: 1600 })])

    const thumb = wrapper.find('.photos__thumb')
    expect(thumb.attributes('aria-label')).toBe('Show full screen: Photo 1 of 1: Decision: refusal')
    await thumb.trigger('click')
    await settle()
    const viewer = wrapper.find('[data-testid="photo-viewer"]')
    expect(viewer.attributes()).toMatchObject({ role: 'dialog', 'aria-modal': 'true' })
    expect(viewer.find('img').attributes()).toMatchObject({ src: JPEG, alt: 'Photo 1 of 1: Decision: refusal' })
    expect(document.activeElement?.textContent?.trim()).toBe('Close')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    expect(wrapper.find('[data-testid="photo-viewer"]').exists()).toBe(false)
    expect(document.activeElement).toBe(wrapper.find('.photos__thumb').element)
    wrapper.unmount()
  })

  it('closes full screen by its button, in French', async () => {
    await withDecision()
    const { wrapper } = await mountScreen(LettersView, { path: '/letters', language: 'fr' })
    await until(() => expect(wrapper.find('[data-testid="photo-file"]').exists()).toBe(true))
    await choose(wrapper, 'photo-file')
    await until(() => expect(wrapper.findAll('.photos__thumb')).toHaveLength(1))
    await wrapper.find('.photos__thumb').trigger('click')
    await settle()
    const title = wrapper.find('[data-testid="letter"] h3').text()
    expect(wrapper.find('[data-testid="photo-viewer"] img').attributes('alt')).toBe(`Photo 1 sur 1\u00a0: ${title}`)
    expect(wrapper.find('[data-testid="photo-viewer"] button').text()).toBe('Fermer')
    await wrapper.find('[data-testid="photo-viewer"] button').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="photo-viewer"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when the file is not a picture, and keeps nothing', async () => {
    await withDecision()
    downscale.mockRejectedValue(new UnreadableImageError())
    const { wrapper } = await mountScreen(LettersView, { path: '/letters' })
    await until(() => expect(wrapper.find('[data-testid="photo-file"]').exists()).toBe(true))
    await choose(wrapper, 'photo-file', new File(['%PDF'], 'letter.pdf', { type: 'application/pdf' }))
    expect(wrapper.find('[data-testid="photos"] [role="alert"]').text()).toBe(
      'This file is not a photo this phone can read. Nothing was kept. Try again with a photo (JPEG or PNG).',
    )
    expect(await getDb().photos.count()).toBe(0)
    wrapper.unmount()
  })

  it('says the storage is full when the photo cannot be kept, and keeps nothing', async () => {
    await withDecision()
    const { wrapper } = await mountScreen(LettersView, { path: '/letters' })
    await until(() => expect(wrapper.find('[data-testid="photo-camera"]').exists()).toBe(true))
    const empty = fillStorage(['photos'], 'abort')
    try {
      await choose(wrapper, 'photo-camera')
      await until(() => expect(wrapper.find('[data-testid="photos"] [role="alert"]').exists()).toBe(true))
    } finally {
      empty()
    }
    expect(wrapper.find('[data-testid="photos"] [role="alert"]').text()).toContain('this phone’s storage is full. Nothing was changed.')
    expect(await getDb().photos.count()).toBe(0)
    expect(wrapper.findAll('.photos__thumb')).toHaveLength(0)
    wrapper.unmount()
  })

  it('removes one photo after asking, and all of them with their letter', async () => {
    await withDecision()
    const { wrapper } = await mountScreen(LettersView, { path: '/letters' })
    await until(() => expect(wrapper.find('[data-testid="photo-camera"]').exists()).toBe(true))
    await choose(wrapper, 'photo-camera')
    await choose(wrapper, 'photo-camera')
    await until(() => expect(wrapper.findAll('.photos__thumb')).toHaveLength(2))
    expect(wrapper.findAll('.photos__thumb')[1]!.attributes('aria-label')).toBe('Show full screen: Photo 2 of 2: Decision: refusal')

    const firstRemove = wrapper.find('.photos__item .form-remove button')
    await firstRemove.trigger('click')
    expect(wrapper.find('.photos__item .form-remove p').text()).toBe('Remove this photo for good? The document itself stays.')
    await wrapper.find('.photos__item .form-remove button').trigger('click')
    await until(() => expect(wrapper.findAll('.photos__thumb')).toHaveLength(1))
    expect(await getDb().photos.count()).toBe(1)

    // The letter's own "Remove" (the last one in its card) takes its photos with it.
    const removeLetter = wrapper.findAll('[data-testid="letter"] > .actions .form-remove button').at(-1)!
    await removeLetter.trigger('click')
    await wrapper.findAll('[data-testid="letter"] > .actions .form-remove button')[0]!.trigger('click')
    await until(() => expect(wrapper.find('[data-testid="letter"]').exists()).toBe(false))
    expect(await getDb().photos.count()).toBe(0)
    expect(await getDb().decisions.count()).toBe(0)
    wrapper.unmount()
  })
})

describe('photos of the contract', () => {
  it('are offered once the contract is noted, and kept beside it', async () => {
    const project = await createProject({ pcsw: { name: 'CPAS de Mons', municipality: 'Mons' } }, '2026-12-31')
    const { wrapper } = await mountScreen(ContractView, { path: '/contract' })
    await settle()
    expect(wrapper.find('[data-testid="contract-photos"]').exists()).toBe(false)
    wrapper.unmount()
    await getDb().contracts.add({ id: 'c1', projectId: project.id, draftReceivedOn: '2026-03-02', signedBy: {} })
    const again = (await mountScreen(ContractView, { path: '/contract' })).wrapper
    await until(() => expect(again.find('[data-testid="contract-photos"] [data-testid="photo-camera"]').exists()).toBe(true))
    expect(again.find('[data-testid="contract-photos"] h2').text()).toBe('Photos of the document')
    await choose(again, 'photo-camera')
    await until(() => expect(again.findAll('.photos__thumb')).toHaveLength(1))
    expect(await getDb().photos.toArray()).toEqual([expect.objectContaining({ ownerTable: 'contracts', ownerId: 'c1', projectId: project.id })])
    again.unmount()
  })
})
