import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * Which form of a screen is open, kept in the address (`?edit=new`, `?edit=<id>`): a reload, a crash or an update
 * reopens the same form, and its draft brings back what was typed.
 */
export function useOpenForm(param = 'edit') {
  const route = useRoute()
  const router = useRouter()
  const open = computed(() => {
    const value = route.query[param]
    return typeof value === 'string' && value ? value : undefined
  })

  async function show(value: string): Promise<void> {
    await router.replace({ query: { ...route.query, [param]: value } })
  }

  async function close(): Promise<void> {
    const query = { ...route.query }
    delete query[param]
    await router.replace({ query })
  }

  return { open, show, close }
}
