/**
 * Issue 15: one flag in localStorage, "this phone holds a project", so the first screen painted before any script
 * has run (public/first-paint.js reads it) and Today while IndexedDB has not answered yet show a neutral "loading"
 * instead of the welcome, which a person with a project should never see flash. It says nothing about the project
 * or the person (not personal data); the project itself stays in IndexedDB.
 */
import { deskActive } from '@/desk/flag'

export const PROJECT_HINT_KEY = 'isip-own.has-project'

/** True when the last answer of the database, on this phone, was "there is a project". */
export function projectHinted(): boolean {
  // A desk session's database is new: the device's hint is not about it (issue 11, item 5).
  if (deskActive()) return false
  try {
    return localStorage.getItem(PROJECT_HINT_KEY) === '1'
  } catch {
    return false
  }
}

/** Keeps the flag in step with the database's answer. */
export function rememberProjectHint(hasProject: boolean): void {
  // A desk session leaves the device's hint as it found it.
  if (deskActive()) return
  try {
    if (hasProject) localStorage.setItem(PROJECT_HINT_KEY, '1')
    else localStorage.removeItem(PROJECT_HINT_KEY)
  } catch {
    // Storage refused (a private window): the first screen then shows the welcome until the database answers.
  }
}
