/**
 * Why a backup file was refused. Each code has its words in `backup.errors.<code>`, in the three languages, saying
 * what to do; `detail` says where (for a developer or a bug report), never shown as the message.
 */
export const BACKUP_ERROR_CODES = [
  /** Not a file of this app: another file, an empty one, not JSON, not UTF-8. */
  'not-a-backup',
  /** Over 50 MB: refused before it is read whole. */
  'too-large',
  /** Made by a newer version of the app: update the app first. */
  'newer-version',
  /** A file of this app whose contents do not pass the checks (edited by hand, or by another program). */
  'invalid',
  /** Encrypted, and no passphrase was given. */
  'passphrase-needed',
  /** Encrypted, and this passphrase does not open it. */
  'wrong-passphrase',
  /** Cut short or changed on the way (a copy that did not finish, a changed byte). */
  'damaged',
] as const
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number]

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code)
    this.name = 'BackupError'
  }
}

export const isBackupError = (error: unknown): error is BackupError => error instanceof Error && error.name === 'BackupError'
