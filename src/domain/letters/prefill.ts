/**
 * What the app already knows, put into a letter's fields (issue 17: "has not typed anything the app already
 * knew"): the person's details kept on the project, the PCSW, the social worker, the person who comes along, the
 * contract's signature, and the meeting request, notice or decision the letter is about. Pure.
 */
import type { Decision, IsoDate, MeetingRequest, Notice, Project } from '../model'
import type { LetterText } from './text/types'
import { suggestDivisions } from '../tribunals'
import type { DocumentKind, LetterFields, LetterKind } from './types'

export interface PrefillInput {
  kind: LetterKind
  project: Project
  today: IsoDate
  /** The words of the letter's language (the appeal's prefilled request). */
  words: LetterText
  signedOn?: IsoDate
  request?: MeetingRequest
  notice?: Notice
  decision?: Decision
}

/** A decision's kind as the letters name it: an acknowledgement of receipt means the PCSW has not decided yet. */
export function documentKindOf(decision: Decision): DocumentKind {
  if (decision.kind === 'acknowledgement') return 'no-decision'
  if (decision.kind === 'refusal' || decision.kind === 'sanction') return decision.kind
  return 'other'
}

/** The prefilled request to the tribunal, in the letter's language. */
export function defaultAsk(words: LetterText, kind: DocumentKind): string {
  return words.appeal?.defaultAsk[kind === 'notice' ? 'other' : kind] ?? ''
}

export function prefillLetter(input: PrefillInput): LetterFields {
  const { project, notice, decision, request } = input
  const sender = project.sender ?? {}
  const documentKind: DocumentKind = notice ? 'notice' : decision ? documentKindOf(decision) : input.kind === 'hearing' ? 'notice' : 'refusal'
  const suggested = suggestDivisions(project.pcsw.municipality)
  const divisionId = project.tribunal?.divisionId ?? (suggested.length === 1 ? (suggested[0]?.id ?? '') : '')
  return {
    date: request?.askedOn ?? input.today,
    place: project.pcsw.municipality,
    name: sender.name ?? '',
    address: sender.address ?? '',
    registerNumber: sender.registerNumber ?? '',
    fileReference: sender.fileReference ?? '',
    pcswName: project.pcsw.name,
    pcswAddress: project.pcsw.address ?? project.pcsw.municipality,
    socialWorker: project.socialWorker ?? '',
    signedOn: input.signedOn ?? '',
    availability: '',
    companion: project.companion ?? '',
    about: request?.about ?? '',
    documentKind,
    documentDate: notice?.receivedOn ?? (decision && decision.kind !== 'acknowledgement' ? (decision.decidedOn ?? '') : ''),
    notifiedOn: decision?.notifiedOn ?? '',
    reference: '',
    decided: notice?.summary ?? decision?.summary ?? '',
    requestedOn: decision?.kind === 'acknowledgement' ? (decision.decidedOn ?? '') : (project.requestedOn ?? ''),
    addressee: 'president',
    reasons: '',
    askReview: documentKind !== 'notice',
    askFile: true,
    divisionId,
    tribunalAddress: project.tribunal?.address ?? '',
    ask: defaultAsk(input.words, documentKind),
    grounds: '',
  }
}
