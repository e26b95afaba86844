import { describe, expect, it } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { useDraft } from '@/composables/useDraft'
import { getDb } from '@/db/database'

describe('useDraft', () => {
  it('keeps what is typed, and gives it back to the next form with the same id', async () => {
    const scope = effectScope()
    const first = scope.run(() => useDraft('note', { text: '' }))!
    await first.restoring
    first.values.text = 'Appeler le CPAS'
    await nextTick()
    scope.stop() // the form closes before the pause is over: its last keystrokes are saved at once
    await waitForDraft('Appeler le CPAS')
    const second = effectScope().run(() => useDraft('note', { text: '' }))!
    await second.restoring
    expect(second.values.text).toBe('Appeler le CPAS')
  })

  it('leaves no draft when the form closes while its record is being saved', async () => {
    const scope = effectScope()
    const form = scope.run(() => useDraft('project', { name: '' }))!
    await form.restoring
    form.values.name = 'OCMW Gent'
    await nextTick()
    // Saving the record makes the screen close the form (its pending draft is flushed), then the save discards it.
    scope.stop()
    await form.discard()
    expect(await getDb().drafts.get('project')).toBeUndefined()
  })
})

async function waitForDraft(text: string) {
  for (let i = 0; i < 50; i++) {
    const row = await getDb().drafts.get('note')
    if (row?.values.text === text) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`draft never became "${text}"`)
}
