import { computed, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * Which form of a screen is open, kept in the address (`?edit=new`, `?edit=<id>`): a reload, a crash or an update
 * reopens the same form, and its draft brings back what was typed. A form opens at once, while the address follows.
 */
export function useOpenForm(param = 'edit') {
  const route = useRoute()
  const router = useRouter()
  /** What was just asked for, until the address says it (`null`: nothing pending). */
  const asked = shallowRef<string | undefined | null>(null)
  const open = computed(() => {
    if (asked.value !== null) return asked.value
    const value = route.query[param]
    return typeof value === 'string' && value ? value : undefined
  })

  async function go(value: string | undefined): Promise<void> {
    asked.value = value
    const query = { ...route.query }
    if (value === undefined) delete query[param]
    else query[param] = value
    try {
      await router.replace({ query })
    } finally {
      asked.value = null
    }
  }

  /** Opens a form (`new`, a record's id). */
  const show = (value: string): Promise<void> => go(value)
  /** Closes the open form. */
  const close = (): Promise<void> => go(undefined)

  return { open, show, close }
}
