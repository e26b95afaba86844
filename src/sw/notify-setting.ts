/** Where the person's choice about notifications is kept (the settings table of this device), shared by app and worker. */
import type { NotifyLanguage } from './words'

/** On or off, and the language the worker writes in (the app's, saved each time it opens). */
export const NOTIFY_SETTING = 'device:notifications'
/** The reminders already shown, as `day|reminder id`, for the last few days only. */
export const SHOWN_SETTING = 'device:notifications-shown'

export interface NotifyChoice {
  enabled: boolean
  language?: NotifyLanguage
}
