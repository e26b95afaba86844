/** The letters in Dutch (OCMW; arbeidsrechtbanken). Terms: legal-facts §8. */
import { intlDate, type LetterText } from './types'

const NB = '\u00a0'

export const nl: LetterText = {
  common: {
    locale: 'nl-BE',
    date: (iso) => intlDate('nl-BE', iso),
    placeDate: (place, date) => `${place}, ${date}`,
    registerNumber: (n) => `Rijksregisternummer: ${n}`,
    fileReference: (r) => `Dossiernummer: ${r}`,
    copyTo: (name) => `Kopie: ${name}`,
    socialWorker: (name) => `Ter attentie van ${name}`,
    socialService: 'Ter attentie van de sociale dienst',
    salutation: 'Geachte mevrouw, geachte heer,',
    closing: 'Alvast bedankt. Met vriendelijke groeten,',
    signature: 'Handtekening',
    attachmentsTitle: 'Bijlagen',
  },
  meeting: {
    subject: 'Vraag om een gesprek',
    signed: (date) => `Op ${date} heb ik met het OCMW mijn geïndividualiseerd project voor maatschappelijke integratie (GPMI) ondertekend.`,
    unsigned: 'Ik schrijf u over mijn geïndividualiseerd project voor maatschappelijke integratie (GPMI).',
    request: (by) =>
      `Ik vraag u om een gesprek. Volgens het modelcontract GPMI van de POD Maatschappelijke Integratie staat het OCMW binnen de vijf werkdagen na de vraag een onderhoud toe. Ik vraag u dus mij dit gesprek uiterlijk op ${by} toe te staan.`,
    answer: 'Wilt u mij laten weten op welke dag en om hoe laat het gesprek plaatsvindt?',
    about: (text) => `Ik wil het hebben over: ${text}`,
    availability: (text) => `Op deze momenten kan ik: ${text}`,
    companion: (name) => `${name}, een persoon naar keuze, komt met mij mee.`,
  },
  hearing: {
    toPresident: 'Ter attentie van de voorzitter',
    toCommittee: 'Ter attentie van het Bijzonder Comité voor de Sociale Dienst',
    subjectNotice: (date) => `Vraag om gehoord te worden — aanmaning van ${date}`,
    subjectDecision: (date) => `Vraag om gehoord te worden en om herziening — beslissing van ${date}`,
    notice: (date) => `Op ${date} heb ik een aanmaning van het OCMW gekregen.`,
    decision: (date) => `Op ${date} heeft het OCMW een beslissing over mij genomen.`,
    notified: (date) => `De kennisgeving kreeg ik op ${date}.`,
    reference: (r) => `Referentie: ${r}.`,
    says: (text) => `Wat erin staat, kort: ${text}`,
    askHearing:
      `Ik vraag om gehoord te worden door het OCMW vóór elke beslissing, zoals artikel 20 van de wet van 26${NB}mei 2002 betreffende het recht op maatschappelijke integratie bepaalt.`,
    askReview: 'Ik vraag het OCMW ook om deze beslissing te herzien.',
    companion: (name) =>
      `${name}, een persoon naar keuze, komt met mij mee. De wet laat mij toe mij te laten bijstaan of vertegenwoordigen door een persoon naar keuze.`,
    reasons: (text) => `Mijn redenen, kort: ${text}`,
    askFile: 'Ik vraag ook een kopie van mijn dossier.',
    answer: 'Wilt u mij laten weten op welke dag en om hoe laat ik gehoord word?',
  },
  appeal: {
    to: (tribunal, division) => `Griffie van de ${tribunal}${division ? `, afdeling ${division}` : ''}`,
    subject: (pcsw) => `Verzoekschrift: beroep tegen een beslissing van het ${pcsw}`,
    subjectNoDecision: (pcsw) => `Verzoekschrift: beroep omdat het ${pcsw} geen beslissing nam`,
    applicant: (name, address) => `Eisende partij: ${name}, ${address}`,
    defendant: (pcsw, address) => `Verwerende partij: ${pcsw}, ${address}`,
    decision: (pcsw, date, notified) => `Ik teken beroep aan tegen de beslissing van het ${pcsw} van ${date}. De kennisgeving kreeg ik op ${notified}.`,
    decisionReference: (r) => `Referentie van de beslissing: ${r}.`,
    noDecision: (pcsw, requestedOn) =>
      `Op ${requestedOn} heb ik bij het ${pcsw} een leefloon aangevraagd. Het OCMW heeft binnen de wettelijke termijn van 30${NB}dagen geen beslissing genomen. Ik teken beroep aan omdat die beslissing uitblijft.`,
    says: (text) => `Wat de beslissing zegt, kort: ${text}`,
    defaultAsk: {
      refusal: 'Ik vraag de arbeidsrechtbank deze beslissing te vernietigen en mij het leefloon toe te kennen.',
      sanction: 'Ik vraag de arbeidsrechtbank deze sanctie te vernietigen.',
      other: 'Ik vraag de arbeidsrechtbank deze beslissing te vernietigen.',
      'no-decision': 'Ik vraag de arbeidsrechtbank mij het leefloon toe te kennen.',
    },
    grounds: (text) => `Mijn redenen: ${text}`,
    noGrounds: 'Ik betwist deze beslissing. Mijn redenen licht ik toe op de zitting.',
    basis: `Dit beroep steunt op de wet van 26${NB}mei 2002 betreffende het recht op maatschappelijke integratie.`,
    attachDecision: (date) => `Kopie van de beslissing van ${date}`,
    attachAcknowledgement: (date) => `Kopie van het ontvangstbewijs van mijn aanvraag van ${date}`,
    closing: 'Met de meeste hoogachting,',
  },
}
