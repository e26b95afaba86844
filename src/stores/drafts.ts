import { defineStore } from 'pinia'
import { computed, shallowReactive } from 'vue'
import { lockHinted } from '@/db/lock-hint'
import { clearDraft, saveDraft, takeDraft } from '@/db/drafts'
import { deskActive } from '@/desk/flag'

const TAB_KEY = 'isip-own.tab'
const LOCK_PREFIX = 'isip-own.tab:'

/** This tab's id: kept in sessionStorage, so a reload keeps it and another tab has its own. */
function storedTab(): string {
  // A desk session writes nothing to sessionStorage (issue 11, item 5): its tab id lives as long as the page.
  if (deskActive()) return crypto.randomUUID()
  try {
    const known = sessionStorage.getItem(TAB_KEY)
    if (known) return known
    const id = crypto.randomUUID()
    sessionStorage.setItem(TAB_KEY, id)
    return id
  } catch {
    return crypto.randomUUID()
  }
}

const locks = (): LockManager | undefined => (typeof navigator !== 'undefined' ? navigator.locks : undefined)

/** Takes the lock named after a tab and holds it for as long as this page lives; false when it could not be had in time. */
function holdLock(manager: LockManager, tab: string, options: LockOptions): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    manager
      .request(`${LOCK_PREFIX}${tab}`, options, (lock) => {
        resolve(lock !== null)
        return lock ? new Promise<void>(() => undefined) : undefined
      })
      .catch(() => resolve(false))
  })
}

/** This page was opened by reloading the tab (a duplicated tab is not a reload). */
function reloaded(): boolean {
  const [navigation] = typeof performance !== 'undefined' ? performance.getEntriesByType('navigation') : []
  return (navigation as PerformanceNavigationTiming | undefined)?.type === 'reload'
}

/**
 * Holds a lock named after the tab for as long as the tab lives, so other tabs can tell it is open. After a reload
 * the page before may still hold it for a moment: wait a little for it. Held longer, it is another tab with the
 * same id (a duplicated tab copies sessionStorage): this one then picks a new id.
 */
async function claimTab(): Promise<string> {
  const manager = locks()
  const tab = storedTab()
  if (!manager) return tab
  if (await holdLock(manager, tab, { ifAvailable: true })) return tab
  // A reload is this very tab: the page before lets go of the lock when it can (however slow the phone is).
  if (reloaded()) {
    void holdLock(manager, tab, {})
    return tab
  }
  if (await holdLock(manager, tab, { signal: AbortSignal.timeout(2000) })) return tab
  const fresh = crypto.randomUUID()
  try {
    sessionStorage.setItem(TAB_KEY, fresh)
  } catch {
    // Without sessionStorage the id lasts for this page only.
  }
  await holdLock(manager, fresh, { ifAvailable: true })
  return fresh
}

/**
 * The tabs open now: those holding their lock, or waiting for it (a tab just reloaded waits for the page before it
 * to let go). Where the browser cannot tell, all but this one are thought closed.
 */
async function openTabs(tab: string): Promise<Set<string>> {
  const state = await locks()?.query()
  const names = [...(state?.held ?? []), ...(state?.pending ?? [])].map((lock) => lock.name ?? '')
  const open = new Set(names.filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)))
  return open.add(tab)
}

type Kept = { values: Record<string, string>; base?: unknown }
const LEAVING_PREFIX = 'isip-own.leaving:'

/**
 * What a form held as the page went away, in this tab's sessionStorage: an IndexedDB write started while the page
 * unloads may never land, a sessionStorage write always does. The next load takes it back into IndexedDB.
 */
const leaving = {
  keep(form: string, kept: Kept): void {
    // A desk session's text stays in its sealed database only: a reload ends the session anyway.
    if (deskActive()) return
    try {
      sessionStorage.setItem(LEAVING_PREFIX + form, JSON.stringify(kept))
    } catch {
      // Without sessionStorage, the IndexedDB write is all there is.
    }
  },
  take(form: string): Kept | undefined {
    try {
      const raw = sessionStorage.getItem(LEAVING_PREFIX + form)
      sessionStorage.removeItem(LEAVING_PREFIX + form)
      return raw ? (JSON.parse(raw) as Kept) : undefined
    } catch {
      return undefined
    }
  },
  /** The draft is in IndexedDB again (or put aside): the copy is no longer needed. */
  forget(form: string): void {
    try {
      sessionStorage.removeItem(LEAVING_PREFIX + form)
    } catch {
      // Nothing was kept.
    }
  },
}

/** Unsaved form text, one draft per form and tab: what a form reads back after a reload, a crash or an update. */
export const useDraftsStore = defineStore('drafts', () => {
  /** This tab, once its id is claimed. */
  const tab = claimTab()
  /** The forms open in this tab whose text was typed and not yet saved (or put aside). */
  const typingForms = shallowReactive(new Set<string>())
  /** This tab holds typed text not yet saved: an update started in another tab asks before reloading it. */
  const typed = computed(() => typingForms.size > 0)

  /** Notes whether a form open in this tab holds typed text not yet saved (the form kit calls it as text changes). */
  function typing(form: string, typedNow: boolean): void {
    if (typedNow) typingForms.add(form)
    else typingForms.delete(form)
  }

  /** The text this tab (or a tab now closed) was typing in a form, and the record it started from. */
  async function read(form: string): Promise<Kept | undefined> {
    const me = await tab
    const left = leaving.take(form)
    if (left) {
      await saveDraft(form, me, left.values, left.base)
      return left
    }
    const open = await openTabs(me)
    return takeDraft(form, me, (other) => open.has(other))
  }

  /** Keeps what is typed in a form. */
  async function write(form: string, values: Record<string, string>, base?: unknown): Promise<void> {
    await saveDraft(form, await tab, values, base)
    leaving.forget(form)
  }

  /**
   * Keeps what a form holds right now, as the page is hidden or left (synchronous: it must land before the page
   * goes). Not with the lock on (issue 11; its hint is set from the moment it is on): sessionStorage is plain, so
   * the text goes only to the drafts table, which the lock encrypts (the caller writes it there too).
   */
  function keepNow(form: string, values: Record<string, string>, base?: unknown): void {
    if (lockHinted()) return
    leaving.keep(form, { values, base })
  }

  /** Forgets this tab's draft of a form. */
  async function discard(form: string): Promise<void> {
    leaving.forget(form)
    await clearDraft(form, await tab)
  }

  return { tab, typed, typing, read, write, keepNow, discard }
})
