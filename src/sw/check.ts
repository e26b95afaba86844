/**
 * The worker's daily check (issue 12): what falls due today and tomorrow, computed on the device from the app's
 * own IndexedDB database with the rules engine, never twice for the same reminder and day. No network, no server.
 * Runs in the service worker; written without worker globals so unit tests run it against fake-indexeddb.
 */
import { readSetting, writeSetting } from '@/db/settings'
import { getDb } from '@/db/database'
import { loadProjectFacts } from '@/db/facts'
import { addDays } from '@/domain/dates'
import { computeReminders } from '@/domain/reminders'
import { NOTIFY_SETTING, SHOWN_SETTING, type NotifyChoice } from './notify-setting'
import { isNotifyLanguage, notificationText, type NotifyLanguage } from './words'

export interface DateNotification {
  /** Same reminder, same date: one notification (a second one would replace it). */
  tag: string
  title: string
  body: string
}

const KEEP_DAYS = 3

/**
 * The notifications to show on `today` and records them as shown. Empty when the person has not turned
 * notifications on. `language` is the app's current one when it asks; otherwise the one it last saved.
 */
export async function datesToNotify(today: string, language?: string): Promise<DateNotification[]> {
  const choice = await readSetting<NotifyChoice>(NOTIFY_SETTING, { enabled: false })
  if (!choice.enabled) return []
  const lang: NotifyLanguage = isNotifyLanguage(language) ? language : (choice.language ?? 'en')
  const tomorrow = addDays(today, 1)
  const oldest = addDays(today, -KEEP_DAYS)
  const shown = new Set((await readSetting<string[]>(SHOWN_SETTING, [])).filter((key) => key.slice(0, 10) >= oldest))
  const out: DateNotification[] = []
  const projects = await getDb().projects.toArray()
  for (const project of projects) {
    const facts = await loadProjectFacts(project.id)
    if (!facts) continue
    for (const reminder of computeReminders(facts, today)) {
      if (reminder.state === 'done' || (reminder.due !== today && reminder.due !== tomorrow)) continue
      const key = `${today}|${reminder.id}`
      if (shown.has(key)) continue
      shown.add(key)
      const when = reminder.due === today ? 'today' : 'tomorrow'
      out.push({ tag: `isip:${reminder.id}:${reminder.due}`, ...notificationText(reminder.kind, reminder.due, when, lang) })
    }
  }
  await writeSetting(SHOWN_SETTING, [...shown].sort())
  return out
}
