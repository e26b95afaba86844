/**
 * What the app holds (design.md §2): the person's own records, as plain data.
 * Calendar dates are ISO strings `YYYY-MM-DD` (never Date objects: time zones shift them).
 * Ids are strings chosen once (Dexie cannot change a primary key in an upgrade).
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

/** Who wrote an answer, objective or step. */
export interface Author {
  role: 'me' | 'companion' | 'social-worker'
  /** The companion's or social worker's name, when known. */
  name?: string
}

/** A change to something already written: who made it, and on which day. */
export interface Edit extends Author {
  on: IsoDate
}

/**
 * What someone wrote and others may change: `author` is who wrote it first and stays; `edits` are the changes since,
 * oldest first (consecutive changes by the same hand are one, on its last day), so a companion's words changed by
 * the person still say both.
 */
export interface Authored {
  author: Author
  edits?: Edit[]
}

export interface Pcsw {
  name: string
  municipality: string
  address?: string
  phone?: string
  /** When it is open (as the person notes it: "Mon–Fri 9–12"). */
  hours?: string
}

export interface Project {
  id: string
  createdAt: string
  updatedAt: string
  pcsw: Pcsw
  /** The social worker who guides the person, and their stand-in. */
  socialWorker?: string
  standIn?: string
  /** The person of their choice who accompanies them (design.md §2). */
  companion?: string
  /** The person's own first name, as they like to be called: what someone helping them reads instead of "me". */
  personName?: string
  language?: 'fr' | 'nl' | 'en'
  /** Date of the request for integration income (on the acknowledgement of receipt). */
  requestedOn?: IsoDate
  /** Date of the PCSW decision granting integration income, and of its notification. */
  grantedOn?: IsoDate
  grantNotifiedOn?: IsoDate
  /** Only used to tell whether an ISIP is mandatory. */
  birthDate?: IsoDate
  ageBand?: 'under-25' | '25-or-more'
  /** No right to social integration in the 3 months before the grant (legal-facts D13). */
  newBeneficiary?: boolean
  exemption?: 'health' | 'equity' | 'working-top-up'
  /** The person's own details for the letters they send (issue 17): asked once, kept on the device, never required. */
  sender?: Sender
  /** The labour tribunal division last chosen for an appeal (domain/letters/tribunals.ts), and its address as typed. */
  tribunal?: { divisionId?: string; address?: string }
}

/** Who writes the letters: name, address, and (optional) national register number and file reference. */
export interface Sender {
  name?: string
  address?: string
  registerNumber?: string
  fileReference?: string
}

/** The questions of the needs assessment (the ISIP guide, "How does an ISIP work?"). */
export const REFLECTION_QUESTIONS = [
  'needs',
  'problems',
  'struggles',
  'rid_of',
  'be_and_have',
  'life',
  'represent',
  'good_at',
  'less_good_at',
  'skills',
  'pcsw_help',
] as const
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number]

export interface ReflectionAnswer extends Authored {
  /** `${projectId}:${question}`: one answer per question and project. */
  id: string
  projectId: string
  question: ReflectionQuestion
  text: string
  updatedAt: string
  /** The person chose to skip the question (text is then empty). */
  skipped?: boolean
}

export const OBJECTIVE_DOMAINS = [
  'debt',
  'housing',
  'health',
  'confidence',
  'financial_independence',
  'social_ties',
  'job',
  'language',
  'training',
  'other',
] as const
export type ObjectiveDomain = (typeof OBJECTIVE_DOMAINS)[number]

export interface Objective extends Authored {
  id: string
  projectId: string
  title: string
  domain: ObjectiveDomain
  /** Something to reach, or something to be rid of. */
  aim: 'reach' | 'rid_of'
  targetDate?: IsoDate
  status: 'open' | 'in_progress' | 'reached' | 'dropped'
  /** The reflection answer it was drawn from, if any. */
  fromAnswerId?: string
  createdOn: IsoDate
  order: number
  /**
   * The day the person said "I agree with this objective" (as when they sign their plan); absent while they have
   * not, or once its words changed since.
   */
  agreedOn?: IsoDate
}

export type Party = 'me' | 'pcsw' | 'partner'

/** Who does a step: a party, or the person of their choice who helps them. */
export type StepWho = Party | 'companion'

export interface Step extends Authored {
  id: string
  projectId: string
  objectiveId?: string
  title: string
  who: StepWho
  dueDate?: IsoDate
  status: 'todo' | 'doing' | 'done' | 'dropped'
  doneOn?: IsoDate
  createdOn: IsoDate
  order: number
  /** When `who` is `partner`: which partner organisation, if known. */
  partnerId?: string
}

/** What one party commits to: `pcsw` = what I expect of the PCSW; `me` = what the PCSW expects of me. */
export interface Commitment extends Authored {
  id: string
  projectId: string
  party: Party
  text: string
  order: number
  /** When `party` is `partner`: the partner organisation that commits. */
  partnerId?: string
  /**
   * Whether what the PCSW (or a partner) committed to was kept, as the person sees it; absent until they say.
   * Not for the person's own commitments.
   */
  status?: CommitmentStatus
  /** The day the person last gave that status. */
  statusOn?: IsoDate
}

/** A commitment of the PCSW or a partner: kept, not yet, or not kept. */
export type CommitmentStatus = 'kept' | 'not_yet' | 'not_kept'

export interface Partner {
  id: string
  projectId: string
  name: string
  contact?: string
}

export interface Signatures {
  me?: IsoDate
  pcsw?: IsoDate
  partner?: IsoDate
}

/** A detail of a contract, by its path in the record. */
export type ContractDetail = 'draftReceivedOn' | 'signedOn' | 'signedBy.me' | 'signedBy.pcsw' | 'signedBy.partner' | 'durationMonths' | 'endsOn'
/** The contract's details that are dates (the ones an explained correction can change). */
export type ContractDateDetail = Exclude<ContractDetail, 'durationMonths'>

/** A date of a signed contract corrected after the day it was written, with why (kept, never removed). */
export interface ContractCorrection {
  field: ContractDateDetail
  /** The date as it was written, and as corrected (absent: it had none, or has none now). */
  from?: IsoDate
  to?: IsoDate
  /** Why, in the person's words ("I typed 13 instead of 3"). */
  reason: string
  /** The day the correction was made, and its instant (keeps corrections of one day in order). */
  on: IsoDate
  recordedAt: string
}

export interface Contract {
  id: string
  projectId: string
  /** The draft was handed over: starts the cooling-off (legal-facts D5). */
  draftReceivedOn?: IsoDate
  signedOn?: IsoDate
  signedBy: Signatures
  durationMonths?: number
  endsOn?: IsoDate
  /** The day each detail was last written: a detail written today may still be corrected today, even once signed (a typo). */
  recordedOn?: Partial<Record<ContractDetail, IsoDate>>
  /** Explained corrections of the signed contract's dates, oldest first. */
  corrections?: ContractCorrection[]
}

/** A change after signing; never overwritten (design.md §2). */
export interface Amendment {
  id: string
  projectId: string
  contractId: string
  agreedOn: IsoDate
  change: string
  agreedBy: Signatures
  /** When it was written down (ISO instant): keeps amendments of the same day in the order they were added. */
  recordedAt?: string
  /**
   * The contract's new duration or end date, when the amendment changes them: together they replace the terms
   * before (the contract's, or an earlier amendment's), and the dates that count from the contract's end move.
   */
  durationMonths?: number
  endsOn?: IsoDate
}

export interface Evaluation {
  id: string
  projectId: string
  contractId?: string
  plannedOn?: IsoDate
  heldOn?: IsoDate
  inPerson?: boolean
  said?: string
  changes?: string
}

export interface MeetingRequest {
  id: string
  projectId: string
  askedOn: IsoDate
  how: 'in_person' | 'phone' | 'letter' | 'email' | 'other'
  about?: string
  meetingOn?: IsoDate
  held?: boolean
}

export type DecisionKind = 'acknowledgement' | 'grant' | 'refusal' | 'sanction' | 'other'

export interface Decision {
  id: string
  projectId: string
  kind: DecisionKind
  /** For an acknowledgement of receipt: the date of the request. */
  decidedOn?: IsoDate
  notifiedOn?: IsoDate
  summary?: string
  appealLodgedOn?: IsoDate
}

/** A formal notice (mise en demeure / aanmaning) for non-compliance. */
export interface Notice {
  id: string
  projectId: string
  receivedOn: IsoDate
  hearingAskedOn?: IsoDate
  hearingHeldOn?: IsoDate
  outcome?: string
  /** What the notice says, in the person's words. */
  summary?: string
}

export interface Move {
  id: string
  projectId: string
  movedOn: IsoDate
  municipality: string
  pcswName?: string
  transfer?: 'accepted' | 'refused' | 'undecided'
}

export interface Trip {
  id: string
  projectId: string
  leavesOn: IsoDate
  returnsOn?: IsoDate
  announcedOn?: IsoDate
}

/** The person's "seen / done" mark on a derived reminder (reminders themselves are never stored). */
export interface ReminderMark {
  /** `${projectId}:${reminderId}` */
  id: string
  projectId: string
  reminderId: string
  state: 'seen' | 'done'
  on: IsoDate
}

/** The records a photo of a letter may belong to (issue 16, item 12). */
export type PhotoOwnerTable = 'decisions' | 'notices' | 'contracts'

/**
 * A photo of a letter (a decision, a formal notice, the contract), taken with the phone's camera and made smaller
 * on the device. Stored beside its record, in its own table; removed with it.
 */
export interface Photo {
  id: string
  projectId: string
  /** The table of the record it belongs to, and that record's id. */
  ownerTable: PhotoOwnerTable
  ownerId: string
  /** The image as a `data:image/jpeg;base64,…` URL: a string, so it travels in the backup file as it is. */
  dataUrl: string
  width: number
  height: number
  /** ISO instant the photo was added. */
  addedAt: string
}
