import * as v from 'valibot'
import { textOf, UNSAVED_ID, type FormMapping } from '../forms'
import type { Project } from '../model'
import {
  date,
  id,
  LIMITS,
  note,
  notBefore,
  oneOf,
  pastDate,
  phone,
  text,
  type RecordKind,
} from '../validation'

/**
 * A project: the PCSW (its name and municipality at least), the people around the person, and the dates the first
 * deadlines count from — the request, the decision granting it and its notification, in that order, none in the future.
 */
export const projectKind: RecordKind<Project> = {
  schema: ({ today }) =>
    v.object({
      id,
      createdAt: id,
      updatedAt: id,
      pcsw: v.object({
        name: text('text_required', LIMITS.name),
        municipality: text('text_required', LIMITS.name),
        address: note(LIMITS.address),
        phone,
        hours: note(LIMITS.address),
      }),
      socialWorker: note(LIMITS.name),
      standIn: note(LIMITS.name),
      companion: note(LIMITS.name),
      personName: note(LIMITS.name),
      language: v.optional(oneOf(['fr', 'nl', 'en'], 'invalid')),
      requestedOn: v.optional(pastDate(today)),
      grantedOn: v.optional(pastDate(today)),
      grantNotifiedOn: v.optional(pastDate(today)),
      // A birth date is not an ISIP date: before 2002 is expected, before 1900 is a typo.
      birthDate: v.optional(
        date(today, { notAfter: today, earliest: '1900-01-01', early: 'birth_too_early' }),
      ),
      ageBand: v.optional(oneOf(['under-25', '25-or-more'], 'invalid')),
      newBeneficiary: v.optional(v.boolean('invalid')),
      exemption: v.optional(oneOf(['health', 'equity', 'working-top-up'], 'invalid')),
      sender: v.optional(
        v.object({
          name: note(LIMITS.name),
          address: note(LIMITS.address),
          registerNumber: note(LIMITS.phone),
          fileReference: note(LIMITS.name),
        }),
      ),
      tribunal: v.optional(v.object({ divisionId: note(LIMITS.name), address: note(LIMITS.address) })),
    }),
  rules: [
    notBefore('grantedOn', 'requestedOn', 'before_request'),
    notBefore('grantNotifiedOn', 'grantedOn', 'before_decision'),
  ],
}

/** A project not saved yet: what the start form checks its fields against. */
export const blankProject = (): Project => ({
  id: UNSAVED_ID,
  createdAt: UNSAVED_ID,
  updatedAt: UNSAVED_ID,
  pcsw: { name: '', municipality: '' },
})

const START_FIELD: Record<string, string> = { 'pcsw.name': 'pcswName', 'pcsw.municipality': 'municipality' }

/** The first screen's form: the PCSW, the social worker, the person who helps. */
export const projectStartForm: FormMapping<
  Project,
  { pcswName: string; municipality: string; socialWorker: string; companion: string }
> = {
  kind: projectKind,
  blank: blankProject,
  toForm: (p) => ({
    pcswName: p?.pcsw.name ?? '',
    municipality: p?.pcsw.municipality ?? '',
    socialWorker: p?.socialWorker ?? '',
    companion: p?.companion ?? '',
  }),
  fromForm: (values, base) => ({
    ...base,
    pcsw: { ...base.pcsw, name: values.pcswName, municipality: values.municipality },
    socialWorker: values.socialWorker,
    companion: values.companion,
  }),
  field: (path) => START_FIELD[path] ?? path,
}

const DATE_FIELDS = ['requestedOn', 'grantedOn', 'grantNotifiedOn'] as const

/** The request for integration income and the decision granting it. */
export const projectDatesForm: FormMapping<Project, Record<(typeof DATE_FIELDS)[number], string>> = {
  kind: projectKind,
  blank: blankProject,
  toForm: (p) => textOf(p, DATE_FIELDS),
  fromForm: (values, base) => ({ ...base, ...values }),
}

const CONTACT_FIELD: Record<string, string> = {
  'pcsw.address': 'pcswAddress',
  'pcsw.phone': 'pcswPhone',
  'pcsw.hours': 'pcswHours',
}

/** The contacts screen's form: how to reach the PCSW, and the people around the person (issue 16, item 11). */
export const projectContactsForm: FormMapping<
  Project,
  {
    pcswAddress: string
    pcswPhone: string
    pcswHours: string
    socialWorker: string
    standIn: string
    companion: string
  }
> = {
  kind: projectKind,
  blank: blankProject,
  toForm: (p) => ({
    pcswAddress: p?.pcsw.address ?? '',
    pcswPhone: p?.pcsw.phone ?? '',
    pcswHours: p?.pcsw.hours ?? '',
    socialWorker: p?.socialWorker ?? '',
    standIn: p?.standIn ?? '',
    companion: p?.companion ?? '',
  }),
  fromForm: (values, base) => ({
    ...base,
    pcsw: { ...base.pcsw, address: values.pcswAddress, phone: values.pcswPhone, hours: values.pcswHours },
    socialWorker: values.socialWorker,
    standIn: values.standIn,
    companion: values.companion,
  }),
  field: (path) => CONTACT_FIELD[path] ?? path,
}
