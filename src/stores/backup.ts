import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLiveQuery, useProjectLiveQuery } from '@/composables/useLiveQuery'
import { makeFile, shareOrDownload, type ShareOutcome } from '@/composables/useShareFile'
import { RESTORE_POINT_INFO_KEY } from '@/db/backup'
import type { BackupPreview } from '@/db/backup-read'
import type { RestoreMode, RestoreResult } from '@/db/backup-restore'
import { lastExportKey } from '@/db/facts'
import { readSetting } from '@/db/settings'
import type { IsoDate } from '@/domain/model'
import { useClockStore } from './clock'
import { useProjectStore } from './project'

export type { BackupPreview, RestoreMode }

/**
 * Keeping a copy and opening one (issue 10). The reading and restoring code, with the record kinds' checks and
 * valibot, loads only when a copy is opened; making a copy needs neither.
 */
export const useBackupStore = defineStore('backup', () => {
  const clock = useClockStore()
  const projects = useProjectStore()
  const lastCopyQuery = useProjectLiveQuery(
    () => projects.current?.id,
    (id) => readSetting<IsoDate | undefined>(lastExportKey(id), undefined),
    undefined,
  )
  /** The day of the last copy of the current project, if one was ever made. */
  const lastCopyOn = computed(() => lastCopyQuery.value.value)
  // The small note beside the restore point: the point itself holds a whole copy.
  const restorePointQuery = useLiveQuery(() => readSetting<{ savedAt: string } | undefined>(RESTORE_POINT_INFO_KEY, undefined), undefined)
  /** When `replace` kept what the device held before, if it did. */
  const restorePointSavedAt = computed(() => restorePointQuery.value.value?.savedAt)

  /** Makes the backup file and hands it to the person; the day of the copy is noted unless they cancelled. */
  async function makeCopy(passphrase: string | undefined, title: string): Promise<{ how: ShareOutcome; fileName: string }> {
    const { backupFileName, createBackup, recordExport } = await import('@/db/backup')
    const fileName = backupFileName(clock.today)
    const how = await shareOrDownload(makeFile(fileName, 'application/json', await createBackup({ passphrase })), title)
    if (how !== 'cancelled') await recordExport(clock.today)
    return { how, fileName }
  }

  /** Reads and checks a file; writes nothing. Rejects with a BackupError (its `code` names the message). */
  async function read(file: Blob, passphrase?: string): Promise<BackupPreview> {
    const { readBackup } = await import('@/db/backup-read')
    return readBackup(file, passphrase, { today: clock.today })
  }

  async function restore(preview: BackupPreview, mode: RestoreMode): Promise<RestoreResult> {
    const { restoreBackup } = await import('@/db/backup-restore')
    return restoreBackup(preview, mode)
  }

  /** Puts back what the last `replace` kept. */
  async function putBack(): Promise<void> {
    const { restoreRestorePoint } = await import('@/db/backup-restore')
    await restoreRestorePoint(clock.today)
  }

  return { lastCopyOn, restorePointSavedAt, makeCopy, read, restore, putBack }
})
