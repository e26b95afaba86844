/**
 * A calendar date (`YYYY-MM-DD`) as a Date at local noon, only to hand it to Intl for display.
 * Noon, so no time-zone offset or daylight-saving change can move it to another day.
 */
export function calendarDateForDisplay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)
}
