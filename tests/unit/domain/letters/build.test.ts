import { describe, expect, it } from 'vitest'
import { BLANK, buildLetter, letterAsText, meetingBy } from '@/domain/letters/build'
import { loadLetterText } from '@/domain/letters/load'
import { prefillLetter } from '@/domain/letters/prefill'
import type { LetterText } from '@/domain/letters/text/types'
import { LETTER_LANGUAGES, type LetterKind, type LetterLanguage } from '@/domain/letters/types'
import { acknowledgement, notice, project, refusal, request } from './fixture'

const TODAY = '2026-12-04'

async function make(kind: LetterKind, language: LetterLanguage, extra: Partial<Parameters<typeof prefillLetter>[0]> = {}, change: Record<string, unknown> = {}) {
  const words: LetterText = await loadLetterText(language)
  const fields = { ...prefillLetter({ kind, project, today: TODAY, words, ...extra }), ...change }
  const letter = buildLetter(kind, language, fields, words)
  return { letter, text: letterAsText(letter) }
}

describe('the meeting request', () => {
  const expected: Record<LetterLanguage, string[]> = {
    fr: ['Demande d’entretien', 'dans les 5\u00a0jours ouvrables', 'modèle de contrat PIIS du SPP Intégration sociale', 'au plus tard le 28\u00a0décembre 2026', 'À l’attention de Mme Leroy', 'Namur, le 18\u00a0décembre 2026', 'Je suis disponible\u00a0: le matin', 'Samira Haddad, une personne de mon choix', 'Je souhaite parler de ceci\u00a0: ma formation'],
    nl: ['Vraag om een gesprek', 'binnen de vijf werkdagen', 'modelcontract GPMI van de POD Maatschappelijke Integratie', 'uiterlijk op 28\u00a0december 2026', 'Ter attentie van Mme Leroy', 'Namur, 18\u00a0december 2026', 'Op deze momenten kan ik: le matin', 'Samira Haddad, een persoon naar keuze'],
    de: ['Bitte um ein Gespräch', 'innerhalb von fünf Werktagen', 'Mustervertrag', 'spätestens am 28.\u00a0Dezember 2026', 'z. Hd. Mme Leroy', 'ÖSHZ', 'Namur, den 18.\u00a0Dezember 2026', 'Samira Haddad, eine Person meiner Wahl'],
    en: ['Request for a meeting', 'within 5\u00a0working days', 'model ISIP contract of the PPS Social Integration', 'by 28\u00a0December 2026 at the latest', 'For the attention of Mme Leroy', 'Namur, 18\u00a0December 2026', 'I am available: le matin', 'Samira Haddad, a person of my choice'],
  }
  it.each(LETTER_LANGUAGES.meeting)('in %s: the request within 5 working days with its source and day, times available, who comes along', async (language) => {
    const { letter, text } = await make('meeting', language, { request }, { availability: 'le matin' })
    for (const part of expected[language]) expect(text).toContain(part)
    expect(letter.sender).toEqual(['Jean Dupont', 'Rue de Fer 12', '5000 Namur', expect.stringContaining('85.07.30-033.61')])
    expect(letter.recipient.slice(1)).toEqual(['CPAS de Namur', 'Rue de Dave 165', '5100 Jambes'])
    expect(letter.meetingBy).toBe('2026-12-28')
    expect(letter.missing).toEqual([])
  })

  it('counts the 5 working days from the letter’s own date, as the rule does', () => {
    expect(meetingBy('2026-12-18')).toBe('2026-12-28') // Friday; Christmas Friday 25 skipped
    expect(meetingBy('2026-12-02')).toBe('2026-12-09')
  })

  it('prints a line to fill in by hand for what is not known, and says which fields', async () => {
    const { letter, text } = await make('meeting', 'fr', {}, { name: '', availability: '' })
    expect(text).toContain(`Je suis disponible\u00a0: ${BLANK}`)
    expect(letter.missing).toEqual(['name', 'availability'])
    expect(letter.sender[0]).toBe(BLANK)
  })

  it('names the day the ISIP was signed when the contract says it', async () => {
    const { text } = await make('meeting', 'nl', { signedOn: '2026-10-05' })
    expect(text).toContain('Op 5\u00a0oktober 2026 heb ik met het OCMW mijn geïndividualiseerd project voor maatschappelijke integratie (GPMI) ondertekend.')
  })
})

describe('the request to be heard', () => {
  const expected: Record<LetterLanguage, string[]> = {
    fr: ['Demande d’audition — mise en demeure du 20\u00a0novembre 2026', 'article 20 de la loi du 26\u00a0mai 2002', 'assister ou représenter par une personne de mon choix', 'copie de mon dossier', 'Copie\u00a0: Mme Leroy', 'absences au module de formation', 'Mes raisons, en bref\u00a0: malade'],
    nl: ['Vraag om gehoord te worden — aanmaning van 20\u00a0november 2026', 'artikel 20 van de wet van 26\u00a0mei 2002', 'bijstaan of vertegenwoordigen door een persoon naar keuze', 'kopie van mijn dossier', 'Kopie: Mme Leroy', 'Mijn redenen, kort: malade'],
    de: ['Antrag auf Anhörung – Inverzugsetzung vom 20.\u00a0November 2026', 'Artikel 20 des Gesetzes vom 26.\u00a0Mai 2002', 'beistehen oder vertreten', 'Kopie meiner Akte', 'Kopie: Mme Leroy', 'Meine Gründe, kurz: malade'],
    en: ['Request to be heard — formal notice of 20\u00a0November 2026', 'article 20 of the Law of 26\u00a0May 2002', 'assisted or represented by a person of my choice', 'copy of my file', 'Copy: Mme Leroy', 'My reasons, in short: malade'],
  }
  it.each(LETTER_LANGUAGES.hearing)('in %s after a formal notice: the notice, the hearing with a person of their choice, reasons, a copy of the file, copy to the social worker', async (language) => {
    const { letter, text } = await make('hearing', language, { notice }, { reasons: 'malade' })
    for (const part of expected[language]) expect(text).toContain(part)
    expect(letter.copyTo).toBeDefined()
    // After a notice there is no decision yet to review.
    expect(text).not.toMatch(/revoir cette décision|herzien|überprüfen\.|review this decision/)
  })

  it('after a decision asks for a review too, with the notification date, to the committee when chosen', async () => {
    const { letter, text } = await make('hearing', 'fr', { decision: refusal }, { addressee: 'committee', reference: 'RIS/2026/118' })
    expect(letter.subject).toBe('Demande d’audition et de révision — décision du 26\u00a0novembre 2026')
    expect(text).toContain('Elle m’a été notifiée le 2\u00a0décembre 2026.')
    expect(text).toContain('Je demande aussi au CPAS de revoir cette décision.')
    expect(text).toContain('Référence\u00a0: RIS/2026/118.')
    expect(letter.recipient[0]).toBe('À l’attention du comité spécial du service social')
  })

  it('leaves out the copy of the file when not asked for', async () => {
    const { text } = await make('hearing', 'en', { notice }, { askFile: false })
    expect(text).not.toContain('copy of my file')
  })
})

describe('the appeal to the labour tribunal', () => {
  it('is never written in English', () => {
    expect(LETTER_LANGUAGES.appeal).not.toContain('en')
  })

  it('in French, to the Namur division the municipality suggests: every item of art. 1034ter, what is asked, the attachment', async () => {
    const { letter, text } = await make('appeal', 'fr', { decision: refusal }, { tribunalAddress: 'Place du Palais de Justice 5\n5000 Namur' })
    expect(letter.recipient).toEqual(['Greffe du Tribunal du travail de Liège, division Namur', 'Place du Palais de Justice 5', '5000 Namur'])
    expect(letter.subject).toBe('Requête\u00a0: recours contre une décision du CPAS de Namur')
    for (const part of [
      'Partie demanderesse\u00a0: Jean Dupont, Rue de Fer 12, 5000 Namur',
      'Numéro de registre national\u00a0: 85.07.30-033.61',
      'Partie défenderesse\u00a0: CPAS de Namur, Rue de Dave 165, 5100 Jambes',
      'J’introduis un recours contre la décision du CPAS de Namur du 26\u00a0novembre 2026, qui m’a été notifiée le 2\u00a0décembre 2026.',
      'Je demande au tribunal d’annuler cette décision et de m’accorder le revenu d’intégration.',
      'J’exposerai mes motifs à l’audience.',
      'loi du 26\u00a0mai 2002',
      'Copie de la décision du 26\u00a0novembre 2026',
      'Namur, le 4\u00a0décembre 2026',
      'Signature',
    ])
      expect(text).toContain(part)
    expect(letter.missing).toEqual([])
  })

  it('in Dutch, for a division of the Antwerp tribunal, with the grounds typed', async () => {
    const ghent = { ...project, pcsw: { name: 'OCMW Hasselt', municipality: 'Hasselt', address: 'Thonissenlaan 1, 3500 Hasselt' } }
    const words = await loadLetterText('nl')
    const fields = { ...prefillLetter({ kind: 'appeal', project: ghent, today: TODAY, words, decision: { ...refusal, kind: 'sanction' } }), grounds: 'Ik was ziek.', tribunalAddress: 'Adres van de beslissing' }
    const text = letterAsText(buildLetter('appeal', 'nl', fields, words))
    for (const part of ['Griffie van de Arbeidsrechtbank Antwerpen, afdeling Hasselt', 'Verzoekschrift: beroep tegen een beslissing van het OCMW Hasselt', 'Eisende partij: Jean Dupont', 'Rijksregisternummer: 85.07.30-033.61', 'Verwerende partij: OCMW Hasselt', 'Ik vraag de arbeidsrechtbank deze sanctie te vernietigen.', 'Mijn redenen: Ik was ziek.', 'Kopie van de beslissing van 26\u00a0november 2026', 'Bijlagen'])
      expect(text).toContain(part)
  })

  it('in German for Eupen: Arbeitsgericht, Antrag, ÖSHZ', async () => {
    const eupen = { ...project, pcsw: { name: 'ÖSHZ Eupen', municipality: 'Eupen', address: 'Adresse der Entscheidung' } }
    const words = await loadLetterText('de')
    const fields = { ...prefillLetter({ kind: 'appeal', project: eupen, today: TODAY, words, decision: refusal }), tribunalAddress: 'Adresse laut Entscheidung' }
    const letter = buildLetter('appeal', 'de', fields, words)
    const text = letterAsText(letter)
    expect(fields.divisionId).toBe('eupen/eupen')
    for (const part of ['An die Kanzlei des Arbeitsgerichts Eupen', 'Antrag: Einspruch gegen eine Entscheidung des ÖSHZ Eupen', 'Nationalregisternummer: 85.07.30-033.61', 'Gegenpartei: ÖSHZ Eupen', 'vom 26.\u00a0November 2026', 'am 2.\u00a0Dezember 2026 zugestellt', 'Eingliederungseinkommen', 'Gesetz vom 26.\u00a0Mai 2002', 'Kopie der Entscheidung vom 26.\u00a0November 2026', 'Anlagen'])
      expect(text).toContain(part)
    expect(letter.locale).toBe('de-BE')
  })

  it('when the PCSW never decided: the request, the silence, the acknowledgement of receipt attached', async () => {
    const { letter, text } = await make('appeal', 'fr', { decision: acknowledgement }, { tribunalAddress: 'x' })
    expect(letter.subject).toBe('Requête\u00a0: recours contre l’absence de décision du CPAS de Namur')
    expect(text).toContain('Le 1er\u00a0septembre 2026, j’ai demandé le revenu d’intégration au CPAS de Namur.')
    expect(letter.attachments).toEqual(['Copie de l’accusé de réception de ma demande du 1er\u00a0septembre 2026'])
    expect(text).toContain('Je demande au tribunal de m’accorder le revenu d’intégration.')
  })

  it('prints the Brussels address §12 gives, and asks for the address of any other division (a blank line until typed)', async () => {
    const brussels = await make('appeal', 'fr', { decision: refusal }, { divisionId: 'bruxelles/bruxelles' })
    expect(brussels.letter.recipient).toEqual(['Greffe du Tribunal du travail francophone de Bruxelles', 'Place Poelaert 3, 1000 Bruxelles'])
    const namur = await make('appeal', 'fr', { decision: refusal })
    expect(namur.letter.missing).toContain('tribunalAddress')
    expect(namur.letter.recipient[1]).toBe(BLANK)
  })

  it('refuses to write an appeal in English', async () => {
    const words = await loadLetterText('en')
    const fields = prefillLetter({ kind: 'appeal', project, today: TODAY, words, decision: refusal })
    expect(() => buildLetter('appeal', 'en', fields, words)).toThrow(/tribunal's language/)
  })
})
