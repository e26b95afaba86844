/** A wait in words, rounded up: seconds under two minutes, then minutes, then hours. */
export function waitText(t: (key: string, count: number) => string, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  if (seconds < 120) return t('lock.seconds', seconds)
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 120) return t('lock.minutes', minutes)
  return t('lock.hours', Math.ceil(minutes / 60))
}
