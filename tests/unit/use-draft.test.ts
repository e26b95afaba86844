import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { effectScope, nextTick, type EffectScope } from 'vue'
import { useDraft } from '@/composables/useDraft'
import Dexie from 'dexie'
import { loadAtRest } from '@/db/at-rest-switch'
import { getDb } from '@/db/database'
import { LOCK_HINT_KEY } from '@/db/lock-hint'
import { useDraftsStore } from '@/stores/drafts'

/** Opens a form's draft as a tab would: its own store, its own tab id (kept in sessionStorage, as a reload keeps it). */
const scopes: EffectScope[] = []
function inTab(tab: string) {
  sessionStorage.setItem('isip-own.tab', tab)
  setActivePinia(createPinia())
  const scope = effectScope()
  scopes.push(scope)
  return { scope, draft: <T extends Record<string, string>>(form: string, initial: T) => scope.run(() => useDraft(form, initial))! }
}

/** A stand-in for the Web Locks API, as Chromium has it: a lock held by a tab until it goes; a request may wait for it. */
function fakeLocks() {
  const held = new Set<string>()
  const locks = {
    request: async (name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: object | null) => unknown) => {
      while (held.has(name) && !options.ifAvailable) {
        if (options.signal?.aborted) throw options.signal.reason
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      const free = !held.has(name)
      if (free) held.add(name)
      void callback(free ? { name } : null)
    },
    query: async () => ({ held: [...held].map((name) => ({ name })) }),
  }
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  return held
}

const rows = async (form: string) => (await getDb().drafts.where('formId').startsWith(`${form}@`).toArray()).map((d) => [d.formId, d.values.text])

async function until(check: () => Promise<unknown> | unknown) {
  await vi.waitFor(check, { timeout: 2000, interval: 10 })
}

beforeEach(() => sessionStorage.clear())
afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks')
  for (const scope of scopes.splice(0)) scope.stop()
})

describe('drafts', () => {
  it('keeps what is typed, and gives it back to the next form with the same id', async () => {
    const first = inTab('a').draft('note', { text: '' })
    await first.restoring
    first.values.text = 'Appeler le CPAS'
    await until(async () => expect(await rows('note')).toEqual([['note@a', 'Appeler le CPAS']]))
    const second = inTab('a').draft('note', { text: '' })
    await second.restoring
    expect(second.values.text).toBe('Appeler le CPAS')
  })

  it('writes each keystroke at once, not after a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] })
    try {
      const form = inTab('a').draft('note', { text: '' })
      await form.restoring
      form.values.text = 'A'
      await until(async () => expect(await rows('note')).toEqual([['note@a', 'A']]))
      form.values.text = 'AB'
      await until(async () => expect(await rows('note')).toEqual([['note@a', 'AB']]))
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps what is typed at once when the page is left, where it lands before the page goes', async () => {
    const form = inTab('a').draft('note', { text: '' })
    await form.restoring
    // The IndexedDB writes of the keystroke and of the page leaving never land (the reload came first)…
    const never = () => new Dexie.Promise<string>(() => undefined)
    vi.spyOn(getDb().drafts, 'put').mockImplementationOnce(never).mockImplementationOnce(never)
    form.values.text = 'typed just before the reload'
    await nextTick()
    window.dispatchEvent(new Event('pagehide'))
    // …but the same tab, reloaded, finds it, and the draft is in IndexedDB again.
    const reloaded = inTab('a').draft('note', { text: '' })
    await reloaded.restoring
    expect(reloaded.values.text).toBe('typed just before the reload')
    expect(await rows('note')).toEqual([['note@a', 'typed just before the reload']])
  })

  it('keeps what is typed before the draft could be read: it is written once read, and kept when the page goes', async () => {
    // A slow phone: the tab's lock, and with it the draft, comes a while after the form opens.
    let grant: () => void = () => undefined
    const slow = new Promise<void>((resolve) => (grant = resolve))
    const locks = {
      request: async (name: string, _options: object, callback: (lock: object | null) => unknown) => {
        await slow
        void callback({ name })
      },
      query: async () => ({ held: [{ name: 'isip-own.tab:a' }] }),
    }
    Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
    const form = inTab('a').draft('note', { text: '' })
    form.values.text = 'typed at once'
    await nextTick()
    // The page goes before the draft is read: what is typed is kept all the same.
    window.dispatchEvent(new Event('pagehide'))
    expect(JSON.parse(sessionStorage.getItem('isip-own.leaving:note')!).values).toEqual({ text: 'typed at once' })
    grant()
    await form.restoring
    await until(async () => expect(await rows('note')).toEqual([['note@a', 'typed at once']]))
    expect(form.values.text).toBe('typed at once')
  })

  it('keeps nothing for a form nobody typed in when the page is hidden, nor after its draft was put aside', async () => {
    const form = inTab('a').draft('note', { text: '' })
    await form.restoring
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event('pagehide'))
    Reflect.deleteProperty(document, 'visibilityState')
    form.values.text = 'saved, then put aside'
    await until(async () => expect(await rows('note')).toHaveLength(1))
    await form.discard()
    window.dispatchEvent(new Event('pagehide'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await rows('note')).toEqual([])
    expect(sessionStorage.getItem('isip-own.leaving:note')).toBeNull()
  })

  it('with the lock on, keeps what is typed only in the drafts table (encrypted), never in plain sessionStorage', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
    await getDb().open()
    // As turning the lock on does: the sealing layer first, then the key.
    await loadAtRest()
    getDb().keyring.state = { kind: 'open', key }
    localStorage.setItem(LOCK_HINT_KEY, 'on')
    try {
      const form = inTab('a').draft('note', { text: '' })
      await form.restoring
      form.values.text = 'typed with the lock on'
      await until(async () => expect(await rows('note')).toEqual([['note@a', 'typed with the lock on']]))
      window.dispatchEvent(new Event('pagehide'))
      expect(sessionStorage.getItem('isip-own.leaving:note')).toBeNull()
      const reloaded = inTab('a').draft('note', { text: '' })
      await reloaded.restoring
      expect(reloaded.values.text).toBe('typed with the lock on')
    } finally {
      getDb().keyring.state = { kind: 'plain' }
      localStorage.removeItem(LOCK_HINT_KEY)
    }
  })

  it('leaves no draft when the form closes while its record is being saved', async () => {
    const { scope, draft } = inTab('a')
    const form = draft('project', { name: '' })
    await form.restoring
    form.values.name = 'OCMW Gent'
    await nextTick()
    // Saving the record makes the screen close the form, then the save discards its draft.
    scope.stop()
    await form.discard()
    expect(await rows('project')).toEqual([])
  })

  it('keeps one draft per tab: two open tabs never write over each other', async () => {
    fakeLocks()
    const a = inTab('a').draft('step:s1', { text: '' })
    await a.restoring
    a.values.text = 'typed in the first tab'
    await until(async () => expect(await rows('step:s1')).toHaveLength(1))
    const b = inTab('b').draft('step:s1', { text: '' })
    await b.restoring
    // The first tab is still open: the second starts from the record, not from the other tab's draft.
    expect(b.values.text).toBe('')
    b.values.text = 'typed in the second tab'
    await until(async () => expect(await rows('step:s1')).toEqual([
      ['step:s1@a', 'typed in the first tab'],
      ['step:s1@b', 'typed in the second tab'],
    ]))
  })

  it('takes over the draft a closed tab left, once', async () => {
    const held = fakeLocks()
    const closed = inTab('a').draft('note', { text: '' })
    await closed.restoring
    closed.values.text = 'typed before the tab was closed'
    await until(async () => expect(await rows('note')).toHaveLength(1))
    held.delete('isip-own.tab:a')
    const next = inTab('b').draft('note', { text: '' })
    await next.restoring
    expect(next.values.text).toBe('typed before the tab was closed')
    expect(await rows('note')).toEqual([['note@b', 'typed before the tab was closed']])
  })

  it('keeps the tab’s own draft across a reload, while the page before still lets go of the tab', async () => {
    const held = fakeLocks()
    const before = inTab('a').draft('note', { text: '' })
    await before.restoring
    before.values.text = 'typed before the reload'
    await until(async () => expect(await rows('note')).toHaveLength(1))
    // The reloaded page asks for the tab's lock while the page before still holds it for a moment.
    setTimeout(() => held.delete('isip-own.tab:a'), 50)
    const after = inTab('a').draft('note', { text: '' })
    await after.restoring
    expect(after.values.text).toBe('typed before the reload')
    expect(sessionStorage.getItem('isip-own.tab')).toBe('a')
  })

  it('keeps the tab’s id on a reload however long the page before holds on to it', async () => {
    fakeLocks()
    await inTab('a').draft('note', { text: '' }).restoring
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([{ type: 'reload' } as unknown as PerformanceEntry])
    await inTab('a').draft('note', { text: '' }).restoring
    expect(sessionStorage.getItem('isip-own.tab')).toBe('a')
  })

  it('gives a duplicated tab (the same id, still held) an id of its own', async () => {
    fakeLocks()
    await inTab('a').draft('note', { text: '' }).restoring
    const copy = inTab('a').draft('note', { text: '' })
    await copy.restoring
    expect(sessionStorage.getItem('isip-own.tab')).not.toBe('a')
  }, 10_000)

  it('says so when a draft cannot be written, and clears it once writing works again', async () => {
    const form = inTab('a').draft('note', { text: '' })
    await form.restoring
    const put = vi.spyOn(getDb().drafts, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'))
    form.values.text = 'x'
    await until(() => expect(form.failed.value).toBe(true))
    form.values.text = 'xy'
    await until(() => expect(form.failed.value).toBe(false))
    expect(put).toHaveBeenCalledTimes(2)
  })

  it('tells a full storage from other failures', async () => {
    const form = inTab('a').draft('note', { text: '' })
    await form.restoring
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const put = vi.spyOn(getDb().drafts, 'put').mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', quota)).mockRejectedValueOnce(new Error('disk'))
    form.values.text = 'x'
    await until(() => expect(form.full.value).toBe(true))
    expect(form.failed.value).toBe(true)
    form.values.text = 'xy'
    await until(() => expect(put).toHaveBeenCalledTimes(2))
    await until(() => expect(form.full.value).toBe(false))
    expect(form.failed.value).toBe(true)
  })

  it('tells the tab whether it holds text typed and not yet saved', async () => {
    const tab = inTab('a')
    const drafts = useDraftsStore()
    const form = tab.draft('note', { text: 'As saved' })
    await form.restoring
    expect(drafts.typed).toBe(false)
    form.values.text = 'As saved, and more'
    await until(() => expect(drafts.typed).toBe(true))
    // Back to the record's text: nothing typed.
    form.values.text = 'As saved'
    await until(() => expect(drafts.typed).toBe(false))
    form.values.text = 'Typed again'
    await until(() => expect(drafts.typed).toBe(true))
    // Saved (the draft is forgotten): nothing left to lose.
    await form.discard()
    expect(drafts.typed).toBe(false)
    // A draft brought back is typed text too, until the form closes.
    form.values.text = 'Kept for later'
    await until(async () => expect(await rows('note')).toEqual([['note@a', 'Kept for later']]))
    tab.scope.stop()
    expect(drafts.typed).toBe(false)
    const reopened = inTab('a')
    const again = reopened.draft('note', { text: 'As saved' })
    await again.restoring
    expect(again.values.text).toBe('Kept for later')
    expect(useDraftsStore().typed).toBe(true)
  })
})
