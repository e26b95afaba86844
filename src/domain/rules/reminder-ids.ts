/** Reminder ids across versions: pure, and without any message, so the database layer may use it. */

const DATED_BACKUP_ID = /^(backup-due:[^:]+):[^:]+$/

/**
 * A reminder id as this version writes it: `backup-due:<project>:<day or first>` (before issue 11) becomes
 * `backup-due:<project>`; every other id is kept. The mark's own day (`on`) still tells its cycle.
 */
export function currentReminderId(id: string): string {
  return id.replace(DATED_BACKUP_ID, '$1')
}
