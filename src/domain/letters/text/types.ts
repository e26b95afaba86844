/**
 * The words of the letters, one module per letter language (text/fr.ts, nl.ts, de.ts, en.ts), loaded lazily by
 * the language the letter is written in, whatever the app's language (load.ts). These are the letter itself, a
 * legal document in the PCSW's or the tribunal's language, not the app's screens: the screens' words stay in
 * locales/. Every language has every part (this interface), checked by tests/unit/domain/letters/text.test.ts.
 */
import type { DocumentKind } from '../types'

export interface CommonText {
  /** BCP 47 tag of the dates and of `lang` on the paper. */
  locale: string
  /** A calendar date written out ("2 décembre 2026"). */
  date(iso: string): string
  placeDate(place: string, date: string): string
  registerNumber(number: string): string
  fileReference(reference: string): string
  copyTo(name: string): string
  socialWorker(name: string): string
  socialService: string
  salutation: string
  closing: string
  signature: string
  attachmentsTitle: string
}

export interface MeetingText {
  subject: string
  signed(date: string): string
  unsigned: string
  /** The request, with its source (the PPS SI model contract) and the day it should be granted by. */
  request(by: string): string
  answer: string
  about(text: string): string
  availability(text: string): string
  companion(name: string): string
}

export interface HearingText {
  toPresident: string
  toCommittee: string
  subjectNotice(date: string): string
  subjectDecision(date: string): string
  notice(date: string): string
  decision(date: string): string
  notified(date: string): string
  reference(reference: string): string
  says(text: string): string
  /** The request to be heard, with its source (law of 26 May 2002, art. 20). */
  askHearing: string
  askReview: string
  companion(name: string): string
  reasons(text: string): string
  askFile: string
  answer: string
}

export interface AppealText {
  /** The registry of the tribunal (and its division). */
  to(tribunal: string, division?: string): string
  subject(pcsw: string): string
  subjectNoDecision(pcsw: string): string
  applicant(name: string, address: string): string
  defendant(pcsw: string, address: string): string
  decision(pcsw: string, date: string, notified: string): string
  decisionReference(reference: string): string
  noDecision(pcsw: string, requestedOn: string): string
  says(text: string): string
  /** What the person asks, prefilled by kind of decision (a full sentence they may change). */
  defaultAsk: Record<Exclude<DocumentKind, 'notice'>, string>
  grounds(text: string): string
  noGrounds: string
  basis: string
  attachDecision(date: string): string
  attachAcknowledgement(date: string): string
  closing: string
}

export interface LetterText {
  common: CommonText
  meeting: MeetingText
  hearing: HearingText
  /** Absent in English: an appeal is written in the tribunal's language. */
  appeal?: AppealText
}

/** A date written out with Intl, never shifted by the time zone (the date is read at noon UTC and written in UTC). */
export function intlDate(locale: string, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12))
  const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  // The day keeps its month on the paper's line ("26 mai", "2. März").
  return written.format(at).replace(/^(\d+\.?) /, '$1\u00a0')
}
