import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { readSetting, writeSetting } from '@/db/settings'
import type { Author } from '@/domain/model'
import { useProjectStore } from './project'

/** Who is holding the phone and writing: the person, someone helping them, or their social worker at the desk. */
export type WriterMode = 'me' | 'companion' | 'social-worker'

interface WriterSetting {
  mode: WriterMode
  /** Undefined until typed: then the project's companion or social worker is offered. */
  companionName?: string
  socialWorkerName?: string
}

const KEY = 'writer'

/** The "I am helping someone" mode: who writes, so every answer, objective and step records its author. */
export const useCompanionStore = defineStore('companion', () => {
  const projectStore = useProjectStore()
  const query = useLiveQuery(() => readSetting<WriterSetting | null>(KEY, null), null)
  const setting = computed<WriterSetting>(() => ({ mode: 'me', ...query.value.value }))

  /** True once the setting has been read. */
  const ready = query.ready
  /** Who is writing now. */
  const mode = computed(() => setting.value.mode)
  /** True when someone else writes for the person: the questions then address them ("Ask them: …"). */
  const helping = computed(() => mode.value !== 'me')
  /** The helper's name: as typed, else the companion named in the project. */
  const companionName = computed(() => setting.value.companionName ?? projectStore.current?.companion ?? '')
  /** The social worker's name: as typed, else the one named in the project. */
  const socialWorkerName = computed(() => setting.value.socialWorkerName ?? projectStore.current?.socialWorker ?? '')
  /** The person's own first name, as the project keeps it ('' when not given): offered instead of "me" to a helper. */
  const personName = computed(() => projectStore.current?.personName ?? '')
  /** The author recorded on what is written now. */
  const author = computed<Author>(() => {
    const name = (mode.value === 'companion' ? companionName.value : socialWorkerName.value).trim()
    if (mode.value === 'me') return { role: 'me' }
    return name ? { role: mode.value, name } : { role: mode.value }
  })

  async function save(changes: Partial<WriterSetting>): Promise<void> {
    await writeSetting(KEY, { ...setting.value, ...changes })
  }

  /** Changes who is writing (kept across reloads). */
  async function setMode(next: WriterMode): Promise<void> {
    await save({ mode: next })
  }

  /** Sets the helper's name, shown next to what they write. */
  async function setCompanionName(name: string): Promise<void> {
    await save({ companionName: name })
  }

  /** Sets the social worker's name, shown next to what they write. */
  async function setSocialWorkerName(name: string): Promise<void> {
    await save({ socialWorkerName: name })
  }

  /** Keeps the person's first name in their project (an empty one is forgotten). */
  async function setPersonName(name: string): Promise<void> {
    if (name.trim() !== personName.value) await projectStore.save({ personName: name })
  }

  return { ready, mode, helping, companionName, socialWorkerName, personName, author, setMode, setCompanionName, setSocialWorkerName, setPersonName }
})
