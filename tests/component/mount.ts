import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import type { Component } from 'vue'
import { vi } from 'vitest'
import { i18n, setLanguage } from '@/i18n'
import type { Language } from '@/i18n/languages'
import { getDb } from '@/db/database'
import { createAppRouter } from '@/router'

/** Mounts a screen with the app's real plugins (store, router, i18n) in the given language. */
export async function mountScreen(component: Component, { language = 'en' as Language, path = '/' } = {}) {
  await setLanguage(language)
  const router = createAppRouter()
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { global: { plugins: [createPinia(), router, i18n] }, attachTo: document.body })
  await settle()
  return { wrapper, router }
}

/** Lets IndexedDB and live queries answer (they resolve over several macrotasks). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Waits until `check` passes (live queries re-run asynchronously after a write). */
export async function until(check: () => void | Promise<void>): Promise<void> {
  // Generous: a loaded CI machine answers slowly; a passing check returns at once.
  await vi.waitFor(check, { timeout: 5000, interval: 20 })
}

/** The draft a form keeps, whichever tab typed it (drafts are kept per form and tab). */
export async function draftOf(form: string) {
  return getDb().drafts.where('formId').startsWith(`${form}@`).first()
}
