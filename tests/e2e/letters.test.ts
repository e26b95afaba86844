import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foreignRequests, openSession, startProject, waitForWorkerControl, type Session } from './support/browser'
import { axeViolations } from './support/axe'
import { DIST } from './support/dist'
import { seedProject } from './support/seed'
import { serveBuild } from './support/server'

/**
 * Issue 17 in Chromium, on a stubbed clock (Thursday 3 December 2026), the app in English: a refusal notified on
 * 2 December becomes a complete appeal for the Namur division of the Liège tribunal in French (and, for other
 * tribunals, in Dutch and German), with its guide in English on the next page; the meeting request and the
 * request to be heard in each language they can be written in. Each letter is printed to an A4 PDF as "Save as
 * PDF" does and read back with pdftotext; the letter screens are axe-clean; a letter is made offline.
 * LETTER_PDFS=dir keeps the PDFs and a PNG of each page, to look at.
 */
let server: Awaited<ReturnType<typeof serveBuild>>
let session: Session
const out = process.env.LETTER_PDFS ?? mkdtempSync(join(tmpdir(), 'isip-letters-'))
mkdirSync(out, { recursive: true })
let decisionId = ''
let noticeId = ''

beforeAll(async () => {
  server = await serveBuild(DIST)
  session = await openSession({ locale: 'en-GB', width: 360, height: 740 })
  await session.page.clock.setFixedTime(new Date(2026, 11, 3, 10, 0, 0))
  await session.page.goto(server.url)
  await startProject(session.page, { pcsw: 'CPAS de Namur', municipality: 'Namur', worker: 'Mme Leroy', companion: 'Samira Haddad' })
  await seedProject(session.page, (projectId) => {
    decisionId = 'dec-refusal'
    noticeId = 'notice-1'
    return {
      decisions: [{ id: decisionId, projectId, kind: 'refusal', decidedOn: '2026-11-26', notifiedOn: '2026-12-02', summary: 'refus du revenu d’intégration' }],
      notices: [{ id: noticeId, projectId, receivedOn: '2026-11-20', summary: 'absences' }],
    }
  })
  await waitForWorkerControl(session.page)
}, 60_000)

afterAll(async () => {
  await session?.close()
  await server?.close()
})

/** Prints the page to an A4 PDF as "Save as PDF" does, and reads each page's text (poppler-utils). */
async function printToPdf(name: string): Promise<string[]> {
  const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true })
  const file = join(out, `${name}.pdf`)
  writeFileSync(file, pdf)
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  if (process.env.LETTER_PDFS) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(out, name)])
  return Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '))
}

async function openLetter(path: string) {
  await session.page.goto(server.url + path)
  await session.page.locator('[data-testid="letter-paper"]').waitFor()
}

/** Makes the letter as the person does (the print button; the browser's print dialog is stubbed). */
async function makeLetter() {
  await session.page.evaluate(() => {
    window.print = () => {}
  })
  await session.page.locator('[data-testid="letter-print"]').click()
  await expect.poll(() => session.page.locator('[data-testid="letter-status"]').textContent()).not.toBe('')
}

const SHELL = ['Print or save as PDF', 'Skip to content', 'Settings', 'Keep as a file', 'Your first name']

describe('the appeal', () => {
  it('goes from the decision in Letters to a French appeal for Namur, every part printed, the guide on the next page in English', async () => {
    const { page } = session
    await page.goto(`${server.url}/letters`)
    await page.locator('[data-testid="write-appeal"]').click()
    await page.locator('[data-testid="letter-paper"]').waitFor()
    expect(await page.locator('#send-division').inputValue()).toBe('liege/namur')
    await page.locator('#send-name').fill('Jean Dupont')
    await page.locator('#send-address').fill('Rue de Fer 12\n5000 Namur')
    await page.locator('#send-register-number').fill('85.07.30-033.61')
    await page.locator('#send-pcsw-address').fill('Rue de Dave 165, 5100 Jambes')
    await page.locator('#send-tribunal-address').fill('Place du Palais de Justice 5\n5000 Namur')
    await page.locator('#send-grounds').fill('Je remplis les conditions.')
    await makeLetter()
    const pages = await printToPdf('appeal-fr')
    expect(pages).toHaveLength(2)
    const [letter = '', guide = ''] = pages
    for (const part of [
      'Greffe du Tribunal du travail de Liège, division Namur',
      'Place du Palais de Justice 5',
      'Requête : recours contre une décision du CPAS de Namur',
      'Partie demanderesse : Jean Dupont, Rue de Fer 12, 5000 Namur',
      'Numéro de registre national : 85.07.30-033.61',
      'Partie défenderesse : CPAS de Namur, Rue de Dave 165, 5100 Jambes',
      'notifiée le 2 décembre 2026',
      'Je demande au tribunal d’annuler cette décision',
      'Mes motifs : Je remplis les conditions.',
      'Copie de la décision du 26 novembre 2026',
      'Namur, le 3 décembre 2026',
      'Signature',
    ])
      expect(letter).toContain(part)
    for (const shell of SHELL) expect(letter).not.toContain(shell)
    for (const part of ['How to appeal', 'keep this page', 'Legal last day: Tuesday 2 March 2027.', 'two copies', 'registered letter', 'e-Deposit', 'does not stop the decision', 'free', 'Free legal help'])
      expect(guide).toContain(part)
  })

  it('is written in Dutch for a division of the Antwerp tribunal and in German for Eupen, the details typed once', async () => {
    const { page } = session
    await openLetter(`/letters/write/appeal?decision=${decisionId}`)
    expect(await page.locator('#send-name').inputValue()).toBe('Jean Dupont')
    await page.locator('#send-division').selectOption('antwerpen/hasselt')
    await page.locator('[data-testid="letter-paper"][data-language="nl"]').waitFor()
    await page.locator('#send-tribunal-address').fill('Adres van de beslissing')
    const [nl = ''] = await printToPdf('appeal-nl')
    for (const part of ['Griffie van de Arbeidsrechtbank Antwerpen, afdeling Hasselt', 'Verzoekschrift: beroep tegen een beslissing van het CPAS de Namur', 'Eisende partij: Jean Dupont', 'Rijksregisternummer: 85.07.30-033.61', 'Ik vraag de arbeidsrechtbank deze beslissing te vernietigen', 'Bijlagen'])
      expect(nl).toContain(part)
    await page.locator('#send-division').selectOption('eupen/eupen')
    await page.locator('[data-testid="letter-paper"][data-language="de"]').waitFor()
    const [de = ''] = await printToPdf('appeal-de')
    for (const part of ['An die Kanzlei des Arbeitsgerichts Eupen', 'Antrag: Einspruch gegen eine Entscheidung', 'Nationalregisternummer: 85.07.30-033.61', 'Eingliederungseinkommen', 'zugestellt', 'Kopie der Entscheidung vom 26. November 2026', 'Anlagen'])
      expect(de).toContain(part)
  })

  it('is axe-clean', async () => {
    await openLetter(`/letters/write/appeal?decision=${decisionId}`)
    expect(await axeViolations(session.page)).toEqual([])
  })
})

describe('the request to be heard', () => {
  const expected = {
    fr: ['Demande d’audition — mise en demeure du 20 novembre 2026', 'article 20 de la loi du 26 mai 2002', 'Copie : Mme Leroy'],
    nl: ['Vraag om gehoord te worden — aanmaning van 20 november 2026', 'artikel 20 van de wet van 26 mei 2002', 'Kopie: Mme Leroy'],
    de: ['Antrag auf Anhörung – Inverzugsetzung vom 20. November 2026', 'Artikel 20 des Gesetzes vom 26. Mai 2002', 'Kopie: Mme Leroy'],
    en: ['Request to be heard — formal notice of 20 November 2026', 'article 20 of the Law of 26 May 2002', 'Copy: Mme Leroy'],
  }
  it('goes from the formal notice in Letters to the letter, with the warning about the appeal period on screen, axe-clean', async () => {
    const { page } = session
    await page.goto(`${server.url}/letters`)
    await page.locator(`[data-testid="letter"][data-kind="notice"] [data-testid="write-hearing"]`).click()
    await page.locator('[data-testid="letter-paper"]').waitFor()
    expect(await page.locator('[data-testid="hearing-warning"]').textContent()).toContain('does not stop the 3\u00a0months you have to appeal')
    expect(await axeViolations(page)).toEqual([])
  })

  for (const [language, parts] of Object.entries(expected)) {
    it(`prints in ${language}`, async () => {
      const { page } = session
      await openLetter(`/letters/write/hearing?notice=${noticeId}`)
      await page.locator('#send-language').selectOption(language)
      await page.locator(`[data-testid="letter-paper"][data-language="${language}"]`).waitFor()
      await page.locator('#send-reasons').fill('Ziek / malade / krank / ill')
      const pages = await printToPdf(`hearing-${language}`)
      expect(pages).toHaveLength(1)
      for (const part of [...parts, 'Jean Dupont', 'Samira Haddad', 'Ziek / malade']) expect(pages[0]).toContain(part)
      for (const shell of SHELL) expect(pages[0]).not.toContain(shell)
    })
  }
})

describe('the meeting request', () => {
  const expected = {
    fr: ['Demande d’entretien', 'dans les 5 jours ouvrables', 'au plus tard le 10 décembre 2026'],
    nl: ['Vraag om een gesprek', 'binnen de vijf werkdagen', 'uiterlijk op 10 december 2026'],
    de: ['Bitte um ein Gespräch', 'innerhalb von fünf Werktagen', 'spätestens am 10. Dezember 2026'],
    en: ['Request for a meeting', 'within 5 working days', 'by 10 December 2026 at the latest'],
  }
  for (const [language, parts] of Object.entries(expected)) {
    it(`prints in ${language}`, async () => {
      const { page } = session
      await openLetter('/letters/write/meeting')
      await page.locator('#send-language').selectOption(language)
      await page.locator(`[data-testid="letter-paper"][data-language="${language}"]`).waitFor()
      await page.locator('#send-availability').fill('lundi / maandag / Montag / Monday')
      const pages = await printToPdf(`meeting-${language}`)
      expect(pages).toHaveLength(1)
      for (const part of [...parts, 'Jean Dupont', 'Mme Leroy', 'CPAS de Namur', 'lundi / maandag']) expect(pages[0]).toContain(part)
    })
  }

  it('is axe-clean', async () => {
    await openLetter('/letters/write/meeting')
    expect(await axeViolations(session.page)).toEqual([])
  })

  it('is made offline, in German (a letter language the app itself is not in), and the request is noted in Meetings', async () => {
    const { page, context } = session
    await context.setOffline(true)
    try {
      await page.reload()
      await page.locator('[data-testid="letter-paper"]').waitFor()
      await page.locator('#send-language').selectOption('de')
      await page.locator('[data-testid="letter-paper"][data-language="de"]').waitFor()
      await page.locator('#send-availability').fill('Montag')
      await makeLetter()
      expect(await page.locator('[data-testid="letter-status"]').textContent()).toContain('Thursday 10\u00a0December 2026')
      const [letter = ''] = await printToPdf('meeting-offline-de')
      expect(letter).toContain('Bitte um ein Gespräch')
      await page.goto(`${server.url}/meetings`)
      await expect.poll(() => page.locator('[data-testid="meeting-request"]').count()).toBe(1)
      expect(await page.locator('[data-testid="meeting-request"]').textContent()).toContain('letter')
    } finally {
      await context.setOffline(false)
    }
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
