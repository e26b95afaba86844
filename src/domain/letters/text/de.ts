/**
 * The letters in German, for the German-speaking Community (ÖSHZ; Arbeitsgericht Eupen). Not an app language: only
 * the letters are written in it. Terms: "ÖSHZ", "Eingliederungseinkommen", "Recht auf soziale Eingliederung"
 * (socialsecurity.be/citizen/de, "Eingliederungsrecht"; oshz-raeren.be, "Eingliederungseinkommen": "Das Gesetz
 * vom 26. Mai 2002 definiert das Recht auf soziale Eingliederung"); the appeal "in der Form eines schriftlichen
 * Antrages bei der Kanzlei des zuständigen Arbeitsgerichts", "Nationalregisternummer", "Einspruch" (lfa.be,
 * "Können Sie einen Einspruch vor dem Arbeitsgericht einreichen?"); the project "Individualisiertes Projekt zur
 * sozialen Integration" (data.gov.be, legal-facts §8).
 */
import { intlDate, type LetterText } from './types'

const NB = '\u00a0'

export const de: LetterText = {
  common: {
    locale: 'de-BE',
    date: (iso) => intlDate('de-BE', iso),
    placeDate: (place, date) => `${place}, den ${date}`,
    registerNumber: (n) => `Nationalregisternummer: ${n}`,
    fileReference: (r) => `Aktenzeichen: ${r}`,
    copyTo: (name) => `Kopie: ${name}`,
    socialWorker: (name) => `z. Hd. ${name}`,
    socialService: 'z. Hd. des Sozialdienstes',
    salutation: 'Sehr geehrte Damen und Herren,',
    closing: 'Vielen Dank im Voraus. Mit freundlichen Grüßen',
    signature: 'Unterschrift',
    attachmentsTitle: 'Anlagen',
  },
  meeting: {
    subject: 'Bitte um ein Gespräch',
    signed: (date) => `Am ${date} habe ich mit dem ÖSHZ mein individualisiertes Projekt zur sozialen Integration unterzeichnet.`,
    unsigned: 'Ich schreibe Ihnen zu meinem individualisierten Projekt zur sozialen Integration.',
    request: (by) =>
      `Ich bitte Sie um ein Gespräch. Nach dem Mustervertrag des föderalen Dienstes für Sozialeingliederung (POD MI / SPP IS) gewährt das ÖSHZ ein Gespräch innerhalb von fünf Werktagen nach der Anfrage. Ich bitte Sie daher, mir dieses Gespräch spätestens am ${by} zu gewähren.`,
    answer: 'Bitte teilen Sie mir Tag und Uhrzeit des Gesprächs mit.',
    about: (text) => `Ich möchte über Folgendes sprechen: ${text}`,
    availability: (text) => `Zu diesen Zeiten kann ich: ${text}`,
    companion: (name) => `${name}, eine Person meiner Wahl, begleitet mich.`,
  },
  hearing: {
    toPresident: 'z. Hd. des Vorsitzes',
    toCommittee: 'z. Hd. des Sozialhilferates oder des zuständigen Ausschusses',
    subjectNotice: (date) => `Antrag auf Anhörung – Inverzugsetzung vom ${date}`,
    subjectDecision: (date) => `Antrag auf Anhörung und Überprüfung – Entscheidung vom ${date}`,
    notice: (date) => `Am ${date} habe ich vom ÖSHZ eine Inverzugsetzung erhalten.`,
    decision: (date) => `Am ${date} hat das ÖSHZ eine Entscheidung über mich getroffen.`,
    notified: (date) => `Sie wurde mir am ${date} zugestellt.`,
    reference: (r) => `Referenz: ${r}.`,
    says: (text) => `Ihr Inhalt, kurz: ${text}`,
    askHearing:
      `Ich beantrage, vor jeder Entscheidung vom ÖSHZ angehört zu werden, wie es Artikel 20 des Gesetzes vom 26.${NB}Mai 2002 über das Recht auf soziale Eingliederung vorsieht.`,
    askReview: 'Ich bitte das ÖSHZ außerdem, diese Entscheidung zu überprüfen.',
    companion: (name) =>
      `${name}, eine Person meiner Wahl, begleitet mich. Das Gesetz erlaubt mir, mich von einer Person meiner Wahl beistehen oder vertreten zu lassen.`,
    reasons: (text) => `Meine Gründe, kurz: ${text}`,
    askFile: 'Ich bitte außerdem um eine Kopie meiner Akte.',
    answer: 'Bitte teilen Sie mir Tag und Uhrzeit der Anhörung mit.',
  },
  appeal: {
    // "Arbeitsgericht Eupen" → "des Arbeitsgerichts Eupen" (genitive).
    to: (tribunal, division) => `An die Kanzlei des ${tribunal.replace(/^Arbeitsgericht\b/, 'Arbeitsgerichts')}${division ? `, Abteilung ${division}` : ''}`,
    subject: (pcsw) => `Antrag: Einspruch gegen eine Entscheidung des ${pcsw}`,
    subjectNoDecision: (pcsw) => `Antrag: Einspruch, weil das ${pcsw} keine Entscheidung getroffen hat`,
    applicant: (name, address) => `Antragstellende Partei: ${name}, ${address}`,
    defendant: (pcsw, address) => `Gegenpartei: ${pcsw}, ${address}`,
    decision: (pcsw, date, notified) => `Ich lege Einspruch gegen die Entscheidung des ${pcsw} vom ${date} ein, die mir am ${notified} zugestellt wurde.`,
    decisionReference: (r) => `Referenz der Entscheidung: ${r}.`,
    noDecision: (pcsw, requestedOn) =>
      `Am ${requestedOn} habe ich beim ${pcsw} das Eingliederungseinkommen beantragt. Das ÖSHZ hat innerhalb der gesetzlichen Frist von 30${NB}Tagen keine Entscheidung getroffen. Ich lege Einspruch ein, weil diese Entscheidung ausbleibt.`,
    says: (text) => `Inhalt der Entscheidung, kurz: ${text}`,
    defaultAsk: {
      refusal: 'Ich beantrage beim Arbeitsgericht, diese Entscheidung aufzuheben und mir das Eingliederungseinkommen zu gewähren.',
      sanction: 'Ich beantrage beim Arbeitsgericht, diese Sanktion aufzuheben.',
      other: 'Ich beantrage beim Arbeitsgericht, diese Entscheidung aufzuheben.',
      'no-decision': 'Ich beantrage beim Arbeitsgericht, mir das Eingliederungseinkommen zu gewähren.',
    },
    grounds: (text) => `Meine Gründe: ${text}`,
    noGrounds: 'Ich bestreite diese Entscheidung. Meine Gründe lege ich in der Sitzung dar.',
    basis: `Dieser Antrag stützt sich auf das Gesetz vom 26.${NB}Mai 2002 über das Recht auf soziale Eingliederung.`,
    attachDecision: (date) => `Kopie der Entscheidung vom ${date}`,
    attachAcknowledgement: (date) => `Kopie der Empfangsbestätigung meines Antrags vom ${date}`,
    closing: 'Hochachtungsvoll',
  },
}
