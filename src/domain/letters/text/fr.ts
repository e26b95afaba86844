/** The letters in French (CPAS; tribunaux du travail). Terms: legal-facts §8. Typography: U+00A0 before « : », U+202F before « ? ». */
import { intlDate, type LetterText } from './types'

const NB = '\u00a0'
const NNB = '\u202f'

export const fr: LetterText = {
  common: {
    locale: 'fr-BE',
    date: (iso) => intlDate('fr-BE', iso).replace(/^1\u00a0/, '1er\u00a0'),
    placeDate: (place, date) => `${place}, le ${date}`,
    registerNumber: (n) => `Numéro de registre national${NB}: ${n}`,
    fileReference: (r) => `Référence du dossier${NB}: ${r}`,
    copyTo: (name) => `Copie${NB}: ${name}`,
    socialWorker: (name) => `À l’attention de ${name}`,
    socialService: 'À l’attention du service social',
    salutation: 'Madame, Monsieur,',
    closing: 'Je vous remercie d’avance. Veuillez agréer, Madame, Monsieur, mes salutations distinguées.',
    signature: 'Signature',
    attachmentsTitle: 'Pièces jointes',
  },
  meeting: {
    subject: 'Demande d’entretien',
    signed: (date) => `Le ${date}, j’ai signé avec le CPAS mon projet individualisé d’intégration sociale (PIIS).`,
    unsigned: 'Je vous écris au sujet de mon projet individualisé d’intégration sociale (PIIS).',
    request: (by) =>
      `Je vous demande un entretien. Le modèle de contrat PIIS du SPP Intégration sociale prévoit que le CPAS accorde un entretien dans les 5${NB}jours ouvrables de la demande. Je vous demande donc de m’accorder cet entretien au plus tard le ${by}.`,
    answer: `Pouvez-vous me dire le jour et l’heure de l’entretien${NNB}?`,
    about: (text) => `Je souhaite parler de ceci${NB}: ${text}`,
    availability: (text) => `Je suis disponible${NB}: ${text}`,
    companion: (name) => `${name}, une personne de mon choix, viendra avec moi.`,
  },
  hearing: {
    toPresident: 'À l’attention de la présidence',
    toCommittee: 'À l’attention du comité spécial du service social',
    subjectNotice: (date) => `Demande d’audition — mise en demeure du ${date}`,
    subjectDecision: (date) => `Demande d’audition et de révision — décision du ${date}`,
    notice: (date) => `Le ${date}, j’ai reçu une mise en demeure du CPAS.`,
    decision: (date) => `Le ${date}, le CPAS a pris une décision qui me concerne.`,
    notified: (date) => `Elle m’a été notifiée le ${date}.`,
    reference: (r) => `Référence${NB}: ${r}.`,
    says: (text) => `Ce qu’elle dit, en bref${NB}: ${text}`,
    askHearing:
      `Je demande une audition devant le CPAS avant toute décision, comme le prévoit l’article 20 de la loi du 26${NB}mai 2002 concernant le droit à l’intégration sociale.`,
    askReview: 'Je demande aussi au CPAS de revoir cette décision.',
    companion: (name) =>
      `${name}, une personne de mon choix, viendra avec moi. La loi me permet de me faire assister ou représenter par une personne de mon choix.`,
    reasons: (text) => `Mes raisons, en bref${NB}: ${text}`,
    askFile: 'Je demande aussi une copie de mon dossier.',
    answer: `Pouvez-vous me dire le jour et l’heure de l’audition${NNB}?`,
  },
  appeal: {
    to: (tribunal, division) => `Greffe du ${tribunal}${division ? `, division ${division}` : ''}`,
    subject: (pcsw) => `Requête${NB}: recours contre une décision du ${pcsw}`,
    subjectNoDecision: (pcsw) => `Requête${NB}: recours contre l’absence de décision du ${pcsw}`,
    applicant: (name, address) => `Partie demanderesse${NB}: ${name}, ${address}`,
    defendant: (pcsw, address) => `Partie défenderesse${NB}: ${pcsw}, ${address}`,
    decision: (pcsw, date, notified) => `J’introduis un recours contre la décision du ${pcsw} du ${date}, qui m’a été notifiée le ${notified}.`,
    decisionReference: (r) => `Référence de la décision${NB}: ${r}.`,
    noDecision: (pcsw, requestedOn) =>
      `Le ${requestedOn}, j’ai demandé le revenu d’intégration au ${pcsw}. Le CPAS n’a pas pris de décision dans le délai légal de 30${NB}jours. J’introduis un recours contre cette absence de décision.`,
    says: (text) => `Cette décision, en bref${NB}: ${text}`,
    defaultAsk: {
      refusal: 'Je demande au tribunal d’annuler cette décision et de m’accorder le revenu d’intégration.',
      sanction: 'Je demande au tribunal d’annuler cette sanction.',
      other: 'Je demande au tribunal d’annuler cette décision.',
      'no-decision': 'Je demande au tribunal de m’accorder le revenu d’intégration.',
    },
    grounds: (text) => `Mes motifs${NB}: ${text}`,
    noGrounds: 'Je conteste cette décision. J’exposerai mes motifs à l’audience.',
    basis: `Ce recours est introduit sur la base de la loi du 26${NB}mai 2002 concernant le droit à l’intégration sociale.`,
    attachDecision: (date) => `Copie de la décision du ${date}`,
    attachAcknowledgement: (date) => `Copie de l’accusé de réception de ma demande du ${date}`,
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
  },
}
