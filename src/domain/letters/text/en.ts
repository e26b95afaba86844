/** The letters to the PCSW in English, the person's own language (an appeal is never written in English). Terms: legal-facts §8. */
import { intlDate, type LetterText } from './types'

const NB = '\u00a0'

export const en: LetterText = {
  common: {
    locale: 'en-GB',
    date: (iso) => intlDate('en-GB', iso),
    placeDate: (place, date) => `${place}, ${date}`,
    registerNumber: (n) => `National register number: ${n}`,
    fileReference: (r) => `File reference: ${r}`,
    copyTo: (name) => `Copy: ${name}`,
    socialWorker: (name) => `For the attention of ${name}`,
    socialService: 'For the attention of the social service',
    salutation: 'Dear Sir or Madam,',
    closing: 'Thank you in advance. Yours faithfully,',
    signature: 'Signature',
    attachmentsTitle: 'Enclosed',
  },
  meeting: {
    subject: 'Request for a meeting',
    signed: (date) => `On ${date} I signed my individualised social integration project (ISIP) with the PCSW.`,
    unsigned: 'I am writing about my individualised social integration project (ISIP).',
    request: (by) =>
      `I am asking you for a meeting. The model ISIP contract of the PPS Social Integration says that the PCSW grants a meeting within 5${NB}working days of the request. I therefore ask you to grant me this meeting by ${by} at the latest.`,
    answer: 'Please let me know the day and time of the meeting.',
    about: (text) => `I would like to talk about: ${text}`,
    availability: (text) => `I am available: ${text}`,
    companion: (name) => `${name}, a person of my choice, will come with me.`,
  },
  hearing: {
    toPresident: 'For the attention of the President',
    toCommittee: 'For the attention of the special committee for the social service',
    subjectNotice: (date) => `Request to be heard — formal notice of ${date}`,
    subjectDecision: (date) => `Request to be heard and for a review — decision of ${date}`,
    notice: (date) => `On ${date} I received a formal notice from the PCSW.`,
    decision: (date) => `On ${date} the PCSW took a decision about me.`,
    notified: (date) => `It was notified to me on ${date}.`,
    reference: (r) => `Reference: ${r}.`,
    says: (text) => `What it says, in short: ${text}`,
    askHearing:
      `I ask to be heard by the PCSW before any decision, as article 20 of the Law of 26${NB}May 2002 on the right to social integration provides.`,
    askReview: 'I also ask the PCSW to review this decision.',
    companion: (name) =>
      `${name}, a person of my choice, will come with me. The law allows me to be assisted or represented by a person of my choice.`,
    reasons: (text) => `My reasons, in short: ${text}`,
    askFile: 'I also ask for a copy of my file.',
    answer: 'Please let me know the day and time of the hearing.',
  },
}
