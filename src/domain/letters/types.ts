/**
 * The letters the person sends (issue 17, legal-facts §12): what they are made of, in any letter language.
 */
import type { IsoDate } from '../model'

/** A meeting with the social worker (5 working days), a request to be heard / for a review, an appeal to the labour tribunal. */
export const LETTER_KINDS = ['meeting', 'hearing', 'appeal'] as const
export type LetterKind = (typeof LETTER_KINDS)[number]

/** The languages a letter can be written in: the app's three, and German for the German-speaking Community (Eupen). */
export type LetterLanguage = 'fr' | 'nl' | 'de' | 'en'

/**
 * Which languages each letter can be written in. The appeal goes in the tribunal's language (French, Dutch or
 * German), never English; the letters to the PCSW may also be written in English (the person's own language).
 */
export const LETTER_LANGUAGES: Record<LetterKind, readonly LetterLanguage[]> = {
  meeting: ['fr', 'nl', 'de', 'en'],
  hearing: ['fr', 'nl', 'de', 'en'],
  appeal: ['fr', 'nl', 'de'],
}

/** What the letter is about: a formal notice, a decision (by kind), or the PCSW's silence on a request. */
export const DOCUMENT_KINDS = ['notice', 'refusal', 'sanction', 'other', 'no-decision'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Who the request to be heard goes to (§12: the CPAS president or the committee that decides). */
export type HearingAddressee = 'president' | 'committee'

/**
 * Every field of a letter, as text the person can see and change before printing. Empty text is printed as a
 * line to fill in by hand, never left out silently. Dates are `YYYY-MM-DD` (or empty).
 */
export interface LetterFields {
  /** The day the letter is written (and, for the meeting request, the day it is asked). */
  date: IsoDate
  /** Where it is written ("Namur, le …"). */
  place: string
  name: string
  address: string
  /** National register number (optional; the tribunal uses it to find the person). */
  registerNumber: string
  /** The PCSW's file reference (optional). */
  fileReference: string
  pcswName: string
  pcswAddress: string
  socialWorker: string
  /** Meeting request: the day the ISIP was signed, when known. */
  signedOn: string
  availability: string
  /** The person who comes along (meeting, hearing). */
  companion: string
  about: string
  /** Hearing and appeal: the notice or decision. */
  documentKind: DocumentKind
  /** The notice's day of receipt, or the decision's date. */
  documentDate: string
  notifiedOn: string
  reference: string
  /** What it decided or says, in the person's words. */
  decided: string
  /** No decision: the day of the request (on the acknowledgement of receipt). */
  requestedOn: string
  addressee: HearingAddressee
  reasons: string
  askReview: boolean
  askFile: boolean
  /** Appeal: the division chosen (tribunals.ts) and its address, typed from the decision letter when §12 gives none. */
  divisionId: string
  tribunalAddress: string
  /** What the person asks the tribunal (a full sentence, prefilled by kind). */
  ask: string
  grounds: string
}

/** One paragraph of the letter. */
export interface LetterParagraph {
  text: string
  /** Text the person typed (shown as typed: line breaks kept). */
  typed?: boolean
}

/** A letter ready to print or save: lines and paragraphs in the letter's language, nothing left to translate. */
export interface BuiltLetter {
  kind: LetterKind
  language: LetterLanguage
  /** BCP 47 tag for `lang` on the paper ("fr-BE"). */
  locale: string
  sender: string[]
  recipient: string[]
  copyTo?: string
  placeDate: string
  subject: string
  salutation: string
  paragraphs: LetterParagraph[]
  attachmentsTitle: string
  attachments: string[]
  closing: string
  signatureLabel: string
  signatureName: string
  /** The fields printed as a blank line, to fill in by hand (or before printing). */
  missing: (keyof LetterFields)[]
  /** The meeting request: the 5th working day after the letter's date (PPS SI model contract). */
  meetingBy?: IsoDate
}
