/**
 * Builds a letter the person sends (legal-facts §12) from its fields and the words of its language: every part
 * §12 lists, in order, as plain lines and paragraphs ready to print or save as a text file. Pure: the date of the
 * letter is a field, nothing reads the clock; an empty field is printed as a line to fill in by hand.
 *
 * - meeting request: the ISIP signed on, the request within 5 working days with its source (PPS SI model
 *   contract) and the day it falls on, times available, who comes along, date, signature.
 * - request to be heard / for a review: to the president or the committee, copy to the social worker; the notice
 *   or decision (date, reference, what it says), the request to be heard (law of 26 May 2002, art. 20), with a
 *   person of their choice, short reasons, a request for a copy of the file.
 * - appeal: every item of Judicial Code art. 1034ter (date; the applicant's identity — name, address, national
 *   register number —; the other party; the object and short grounds; the court; signature), the decision
 *   contested (or the PCSW's silence), what is asked, optional grounds, the attachments.
 */
import { addWorkingDays, isValidIsoDate } from '../dates'
import { parameterOn } from '../parameters'
import type { LetterText } from './text/types'
import { divisionById, tribunalOf } from '../tribunals'
import type { BuiltLetter, LetterFields, LetterKind, LetterLanguage, LetterParagraph } from './types'

/** A line to fill in by hand. */
export const BLANK = '………………………'

/** The day the PCSW should grant the meeting by: the 5th working day after the request (rules/meetings.ts). */
export function meetingBy(askedOn: string): string {
  return addWorkingDays(askedOn, parameterOn('meeting_working_days', askedOn))
}

export function buildLetter(kind: LetterKind, language: LetterLanguage, fields: LetterFields, words: LetterText): BuiltLetter {
  const missing: (keyof LetterFields)[] = []
  const { common } = words
  /** The field as typed, or a blank line (noted as missing). */
  const value = (field: keyof LetterFields): string => {
    const typed = String(fields[field]).trim()
    if (typed !== '') return typed
    missing.push(field)
    return BLANK
  }
  const optional = (field: keyof LetterFields): string | undefined => String(fields[field]).trim() || undefined
  const date = (field: keyof LetterFields): string => {
    const iso = String(fields[field])
    if (isValidIsoDate(iso)) return common.date(iso)
    missing.push(field)
    return BLANK
  }
  /** An address typed on several lines, or on one with commas. */
  const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean)
  const oneLine = (text: string) => lines(text).join(', ')

  const name = value('name')
  const address = value('address')
  const registerNumber = optional('registerNumber')
  const fileReference = optional('fileReference')
  const sender = [name, ...lines(address)]
  // The appeal states the register number in its body (the applicant's identity, art. 1034ter).
  if (kind !== 'appeal' && registerNumber) sender.push(common.registerNumber(registerNumber))
  if (kind !== 'appeal' && fileReference) sender.push(common.fileReference(fileReference))

  const pcswName = value('pcswName')
  const pcswAddress = value('pcswAddress')
  const socialWorker = optional('socialWorker')
  const placeDate = common.placeDate(value('place'), date('date'))
  const p = (text: string, typed = false): LetterParagraph => (typed ? { text, typed } : { text })
  const base = { kind, language, locale: common.locale, sender, placeDate, salutation: common.salutation, signatureLabel: common.signature, signatureName: name, missing }

  if (kind === 'meeting') {
    const m = words.meeting
    const by = isValidIsoDate(fields.date) ? meetingBy(fields.date) : undefined
    const paragraphs = [
      p(isValidIsoDate(fields.signedOn) ? m.signed(common.date(fields.signedOn)) : m.unsigned),
      p(m.request(by ? common.date(by) : BLANK)),
    ]
    const about = optional('about')
    if (about) paragraphs.push(p(m.about(about), true))
    paragraphs.push(p(m.availability(value('availability')), true))
    const companion = optional('companion')
    if (companion) paragraphs.push(p(m.companion(companion)))
    paragraphs.push(p(m.answer))
    return {
      ...base,
      recipient: [socialWorker ? common.socialWorker(socialWorker) : common.socialService, pcswName, ...lines(pcswAddress)],
      subject: m.subject,
      paragraphs,
      attachmentsTitle: common.attachmentsTitle,
      attachments: [],
      closing: common.closing,
      ...(by ? { meetingBy: by } : {}),
    }
  }

  if (kind === 'hearing') {
    const h = words.hearing
    const isNotice = fields.documentKind === 'notice'
    const documentDate = date('documentDate')
    const paragraphs = [p(isNotice ? h.notice(documentDate) : h.decision(documentDate))]
    if (!isNotice && isValidIsoDate(fields.notifiedOn)) paragraphs.push(p(h.notified(common.date(fields.notifiedOn))))
    const reference = optional('reference')
    if (reference) paragraphs.push(p(h.reference(reference)))
    const decided = optional('decided')
    if (decided) paragraphs.push(p(h.says(decided), true))
    paragraphs.push(p(h.askHearing))
    if (!isNotice && fields.askReview) paragraphs.push(p(h.askReview))
    const companion = optional('companion')
    if (companion) paragraphs.push(p(h.companion(companion)))
    paragraphs.push(p(h.reasons(value('reasons')), true))
    if (fields.askFile) paragraphs.push(p(h.askFile))
    paragraphs.push(p(h.answer))
    return {
      ...base,
      recipient: [fields.addressee === 'committee' ? h.toCommittee : h.toPresident, pcswName, ...lines(pcswAddress)],
      ...(socialWorker ? { copyTo: common.copyTo(socialWorker) } : {}),
      subject: isNotice ? h.subjectNotice(documentDate) : h.subjectDecision(documentDate),
      paragraphs,
      attachmentsTitle: common.attachmentsTitle,
      attachments: [],
      closing: common.closing,
    }
  }

  const a = words.appeal
  if (!a) throw new Error(`An appeal is written in the tribunal's language, not ${language}`)
  const division = divisionById(fields.divisionId)
  const tribunal = division ? tribunalOf(division) : undefined
  if (!division) missing.push('divisionId')
  const tribunalAddress = division?.address ?? value('tribunalAddress')
  const noDecision = fields.documentKind === 'no-decision'
  const paragraphs = [
    p(a.applicant(name, oneLine(address))),
    p(common.registerNumber(value('registerNumber'))),
    p(a.defendant(pcswName, oneLine(pcswAddress))),
  ]
  if (fileReference) paragraphs.splice(2, 0, p(common.fileReference(fileReference)))
  const attachments: string[] = []
  if (noDecision) {
    const requestedOn = date('requestedOn')
    paragraphs.push(p(a.noDecision(pcswName, requestedOn)))
    attachments.push(a.attachAcknowledgement(requestedOn))
  } else {
    const decidedOn = date('documentDate')
    paragraphs.push(p(a.decision(pcswName, decidedOn, date('notifiedOn'))))
    const reference = optional('reference')
    if (reference) paragraphs.push(p(a.decisionReference(reference)))
    const decided = optional('decided')
    if (decided) paragraphs.push(p(a.says(decided), true))
    attachments.push(a.attachDecision(decidedOn))
  }
  paragraphs.push(p(value('ask'), true))
  const grounds = optional('grounds')
  paragraphs.push(grounds ? p(a.grounds(grounds), true) : p(a.noGrounds))
  paragraphs.push(p(a.basis))
  return {
    ...base,
    recipient: [a.to(tribunal?.name ?? BLANK, division?.name), ...lines(tribunalAddress)],
    subject: noDecision ? a.subjectNoDecision(pcswName) : a.subject(pcswName),
    paragraphs,
    attachmentsTitle: common.attachmentsTitle,
    attachments,
    closing: a.closing,
  }
}

/** The letter as plain text (the file shared or saved): the same parts, in the same order. */
export function letterAsText(letter: BuiltLetter): string {
  const out = [...letter.sender, '', ...letter.recipient, '', letter.placeDate, '', letter.subject, '', letter.salutation, '']
  for (const paragraph of letter.paragraphs) out.push(paragraph.text, '')
  if (letter.attachments.length > 0) out.push(letter.attachmentsTitle, ...letter.attachments.map((a) => `- ${a}`), '')
  out.push(letter.closing, '', letter.signatureLabel, '', '________________', letter.signatureName)
  if (letter.copyTo) out.push('', letter.copyTo)
  return `${out.join('\n')}\n`
}
