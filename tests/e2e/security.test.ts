import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page, Request } from 'playwright-core'
import { foreignRequests, waitForWorkerControl } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

/**
 * Issue 11, item 8, in Chromium under the real headers (the test server sends scripts/security-headers.ts's):
 * script and HTML typed into every text field of the main forms never runs and shows as typed, on every screen that
 * shows it and on the printed contract; and the policy keeps the page from reaching any other origin.
 */

const server = servedBuild()
const session = browserSession({ locale: 'en-GB', width: 400, height: 800 })
/** What the page tried to say through alert, confirm or prompt (hooked before any script of the app runs). */
const dialogs: string[] = []
const consoleErrors: string[] = []

/** Today on this machine (the browser runs on the same clock). */
function todayIso(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}
const TODAY = todayIso()
const YESTERDAY = (() => {
  const d = new Date()
  d.setDate(d.getDate() - 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
})()

/** Markup, script, a template expression and a script URL: each would show its effect if it were ever run. */
const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '{{ 7*7 }}', 'javascript:alert(4)', '"><svg onload=alert(5)>', '${alert(6)}']
let count = 0
/** The next payload, numbered so each field's text can be found on the screens that show it. */
const next = () => `${PAYLOADS[count % PAYLOADS.length]} #${++count}`

/** What each screen must show, literally, once the forms are saved. */
const shown = new Map<string, string[]>()
const expectOn = (path: string, ...texts: string[]) => shown.set(path, [...(shown.get(path) ?? []), ...texts])

beforeAll(async () => {
  await session.context.addInitScript(() => {
    const said: string[] = []
    ;(window as unknown as { __dialogs: string[] }).__dialogs = said
    for (const name of ['alert', 'confirm', 'prompt'] as const)
      Object.defineProperty(window, name, {
        value: (message?: unknown) => {
          said.push(`${name}: ${String(message)}`)
        },
      })
  })
  session.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  session.page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`)
  })
  session.page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
})

const h1 = (page: Page) => page.locator('h1').textContent()
async function go(path: string): Promise<void> {
  await session.page.goto(server.url + path)
  await session.page.locator('h1').waitFor()
}

/**
 * Fills every free-text field of a form (not dates, numbers, phones or choices) with a payload; returns what it
 * typed, by the field's id.
 */
async function fillText(form: Locator): Promise<Record<string, string>> {
  const fields = form.locator('input:not([type]):not([inputmode]), input[type="text"]:not([inputmode]), textarea')
  await fields.first().waitFor()
  const typed: Record<string, string> = {}
  for (const field of await fields.all()) {
    if (!(await field.isVisible())) continue
    const text = next()
    await field.fill(text)
    typed[(await field.getAttribute('id')) ?? String(count)] = text
  }
  expect(Object.keys(typed).length, 'a form with no text field').toBeGreaterThan(0)
  return typed
}
/** The text typed into the field whose id ends with `name`. */
const of = (typed: Record<string, string>, name: string): string => {
  const key = Object.keys(typed).find((id) => id.endsWith(name))
  if (!key) throw new Error(`No field ${name} in ${Object.keys(typed).join(', ')}`)
  return typed[key]!
}
const all = (typed: Record<string, string>) => Object.values(typed)

/** Nothing on the page came from markup someone typed: no element of theirs, no handler, no script URL. */
async function expectNothingInjected(label: string): Promise<void> {
  const found = await session.page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 80)),
    images: [...document.querySelectorAll('img')].filter((img) => img.getAttribute('src') === 'x').length,
    svgs: [...document.querySelectorAll('svg')].filter((svg) => !svg.classList.contains('icon') && svg.closest('[aria-hidden="true"]') === null && !svg.getAttribute('viewBox')).length,
    scripts: document.body.querySelectorAll('script').length,
    scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
    said: (window as unknown as { __dialogs: string[] }).__dialogs,
  }))
  expect(found, label).toEqual({ handlers: [], images: 0, svgs: 0, scripts: 0, scriptLinks: 0, said: [] })
}

describe('payloads typed into every text field', () => {
  it('starts a project with them', async () => {
    const { page } = session
    await go('/')
    await waitForWorkerControl(page)
    const typed = await fillText(page.locator('[data-testid="project-start-form"]'))
    expect(Object.keys(typed)).toHaveLength(4)
    await page.locator('[data-testid="project-start-form"] button[type="submit"]').click()
    await page.locator('[data-testid="project-card"]').waitFor()
    expect(await page.locator('[data-testid="project-card"]').innerText()).toContain(of(typed, 'companion'))
    // The social worker and the companion are typed again in Contacts: the name of the PCSW and its town stay.
    const kept = [of(typed, 'pcsw-name'), of(typed, 'municipality')]
    expectOn('/', ...kept)
    expectOn('/contacts', ...kept)
    expectOn('/print/contract', ...kept)
  })

  it('notes the PCSW’s contacts with them; a script URL as the phone is refused', async () => {
    const { page } = session
    await go('/contacts')
    await page.locator('[data-testid="contacts-change"]').click()
    const form = page.locator('form#contacts-form, [data-testid="contacts-form"], form').filter({ has: page.locator('input[type="tel"]') })
    const typed = await fillText(form)
    const phone = form.locator('input[type="tel"]')
    await phone.fill('javascript:alert(3)')
    await form.locator('button[type="submit"]').click()
    await form.locator('.form-error, [id$="-error"]').first().waitFor()
    expect(await phone.getAttribute('aria-invalid')).toBe('true')
    await phone.fill('069 22 33 44')
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="contacts-call"]').waitFor()
    expect(await page.locator('[data-testid="contacts-call"]').getAttribute('href')).toMatch(/^tel:\+?[\d]+$/)
    expectOn('/contacts', ...all(typed))
    expectOn('/', of(typed, 'socialWorker'), of(typed, 'companion'))
    expectOn('/print/contract', ...all(typed).filter((text) => text !== of(typed, 'pcswHours')))
  })

  it('answers a question of the reflection, and writes an objective, a step, commitments and a partner', async () => {
    const { page } = session
    await go('/project/reflection/needs')
    const answer = next()
    await page.locator('#reflection-answer').fill(answer)
    await page.locator('[data-testid="reflection-next"]').click()
    await expect.poll(() => page.url()).not.toContain('/needs')
    expectOn('/project/summary', answer)

    await go('/project/objectives')
    await page.locator('#objective-add').click()
    const objective = await fillText(page.locator('[data-testid="objective-form"]'))
    await page.locator('#objective-domain').selectOption('debt')
    await page.locator('[data-testid="objective-form"] button[type="submit"]').click()
    await page.locator('[data-testid="objective"]').waitFor()
    expectOn('/project/objectives', ...all(objective))
    expectOn('/print/contract', ...all(objective))

    await go('/project/commitments')
    for (const party of ['pcsw', 'me']) {
      const form = page.locator(`[data-testid="commitment-add-${party}"]`)
      const typed = await fillText(form)
      await form.locator('button').click()
      await page.locator(`[data-testid="commitments-${party}"] [data-testid="commitment"]`).waitFor()
      expectOn('/project/commitments', ...all(typed))
      expectOn('/print/contract', ...all(typed))
    }
    await page.locator('#partner-add').click()
    const partner = await fillText(page.locator('[data-testid="partner-form"]'))
    await page.locator('[data-testid="partner-form"] button[type="submit"]').click()
    await page.locator('[data-testid="partner"]').waitFor()
    expectOn('/project/commitments', ...all(partner))
    expectOn('/print/contract', of(partner, 'name'), of(partner, 'contact'))

    await go('/project/plan')
    await page.locator('#step-add').click()
    const step = await fillText(page.locator('[data-testid="step-form"]'))
    await page.locator('[data-testid="step-form"] button[type="submit"]').click()
    await page.locator('[data-testid="step"]').waitFor()
    expectOn('/project/plan', ...all(step))
    expectOn('/print/contract', ...all(step))
  })

  it('notes the contract, signed, with an amendment', async () => {
    const { page } = session
    await go('/contract')
    await page.locator('#contract-draftReceivedOn').fill(YESTERDAY)
    await page.locator('#contract-signedByMe').fill(TODAY)
    await page.locator('#contract-signedByPcsw').fill(TODAY)
    await page.locator('#contract-durationMonths').fill('12')
    await page.locator('[data-testid="contract-form"] button[type="submit"]').click()
    await page.locator('[data-testid="contract-signed"]').waitFor()
    const amendment = await fillText(page.locator('[data-testid="amendment-form"]'))
    await page.locator('#amendment-agreedOn').fill(TODAY)
    await page.locator('[data-testid="amendment-form"] button[type="submit"]').click()
    await page.locator('[data-testid="amendment"]').waitFor()
    expectOn('/contract', ...all(amendment))
  })

  it('asks for a meeting and notes an evaluation', async () => {
    const { page } = session
    await go('/meetings')
    const request = page.locator('[data-testid="meeting-request-form"]')
    await page.locator('#meeting-askedOn').fill(TODAY)
    const about = await fillText(request)
    await request.locator('button[type="submit"]').click()
    await page.locator('[data-testid="meeting-request"]').waitFor()
    const evaluation = page.locator('form.card[data-testid="evaluation-form"]')
    await page.locator('#evaluation-heldOn').fill(TODAY)
    const said = await fillText(evaluation)
    await evaluation.locator('button[type="submit"]').click()
    await page.locator('[data-testid="evaluation"]').waitFor()
    expectOn('/meetings', ...all(about), ...all(said))
  })

  it('notes a refusal, a formal notice and a move', async () => {
    const { page } = session
    await go('/letters')
    const form = page.locator('form.card[data-testid="letter-form"]')
    await form.locator('input[name="letter-kind"][value="refusal"]').check()
    await page.locator('#letter-decidedOn').fill(YESTERDAY)
    await page.locator('#letter-notifiedOn').fill(TODAY)
    const refusal = await fillText(form)
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="refusal"]').waitFor()
    await form.locator('input[name="letter-kind"][value="notice"]').check()
    await page.locator('#letter-receivedOn').fill(TODAY)
    const notice = await fillText(form)
    await form.locator('button[type="submit"]').click()
    await page.locator('[data-testid="letter"][data-kind="notice"]').waitFor()
    expectOn('/letters', ...all(refusal), ...all(notice))

    await go('/letters/moves-trips')
    const move = page.locator('form.card[data-testid="move-form"]')
    await move.locator('input[type="date"]').first().fill(TODAY)
    const moved = await fillText(move)
    await move.locator('button[type="submit"]').click()
    await page.locator('[data-testid="move"]').waitFor()
    expectOn('/letters/moves-trips', ...all(moved))
  })

  it('shows every one as typed on every screen that shows it, and on the printed contract; none ran', async () => {
    const { page } = session
    expect(count).toBeGreaterThanOrEqual(25)
    for (const [path, texts] of shown) {
      await go(path)
      // Print views and lists render after their live queries: wait for the last text, then read them all.
      const body = page.locator('body')
      await expect.poll(() => body.innerText(), { message: path, timeout: 10_000 }).toContain(texts.at(-1)!)
      const text = await body.innerText()
      for (const typed of texts) expect(text, `${path} shows ${typed}`).toContain(typed)
      expect(text, `${path}: a template expression was evaluated`).not.toMatch(/(^|\s)49 #/)
      await expectNothingInjected(path)
    }
    expect(await h1(page)).toBeTruthy()
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
    // An <img src=x> that ran would have asked for /x.
    expect(session.requests.filter((url) => new URL(url).pathname === '/x')).toEqual([])
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})

describe('the policy keeps the page on its own origin', () => {
  it('refuses a fetch and an image from another origin, and no request leaves', async () => {
    const { page, context } = session
    await go('/')
    // Whatever the page asks of another origin reaches this handler if it gets past the page's own checks.
    const reached: string[] = []
    await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
      reached.push(route.request().url())
      return route.abort()
    })
    const failures: string[] = []
    const onFailed = (request: Request) => failures.push(`${request.url()} ${request.failure()?.errorText}`)
    page.on('requestfailed', onFailed)
    const result = await page.evaluate(async () => {
      const violations: { directive: string; blocked: string }[] = []
      document.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }))
      const fetched = await fetch('https://example.org/').then(
        () => 'answered',
        (error: unknown) => (error instanceof TypeError ? 'refused' : String(error)),
      )
      const image = document.createElement('img')
      const loaded = new Promise<string>((resolve) => {
        image.onload = () => resolve('loaded')
        image.onerror = () => resolve('refused')
      })
      image.src = 'https://example.org/x.png'
      document.body.append(image)
      const pictured = await loaded
      image.remove()
      await new Promise((resolve) => setTimeout(resolve, 100))
      return { fetched, pictured, violations }
    })
    expect(result.fetched).toBe('refused')
    expect(result.pictured).toBe('refused')
    expect(result.violations).toEqual(
      expect.arrayContaining([
        { directive: 'connect-src', blocked: 'https://example.org/' },
        { directive: 'img-src', blocked: 'https://example.org/x.png' },
      ]),
    )
    // Nothing reached the network: Chromium reports the image as a request that failed at once, blocked by the
    // policy (the refused fetch is not even reported as a request).
    expect(reached).toEqual([])
    expect(failures.filter((line) => line.includes('example.org'))).toEqual(['https://example.org/x.png csp'])
    page.off('requestfailed', onFailed)
    await context.unroute(/^https?:\/\/(?!localhost[:/])/)
  })

  it('refuses markup and script URLs as plain strings (Trusted Types), and an inline script', async () => {
    const { page } = session
    const result = await page.evaluate(() => {
      const attempt = (run: () => void) => {
        try {
          run()
          return 'done'
        } catch (error) {
          return error instanceof TypeError ? 'refused' : String(error)
        }
      }
      const div = document.createElement('div')
      const script = document.createElement('script')
      return {
        html: attempt(() => (div.innerHTML = '<img src=x onerror=alert(7)>')),
        scriptUrl: attempt(() => (script.src = 'https://example.org/x.js')),
        ownScriptUrl: attempt(() => (script.src = '/assets/other.js')),
        inline: attempt(() => {
          const inline = document.createElement('script')
          inline.textContent = 'window.__ran = true'
          document.body.append(inline)
        }),
        ran: (window as unknown as { __ran?: boolean }).__ran ?? false,
        said: (window as unknown as { __dialogs: string[] }).__dialogs,
      }
    })
    // Setting an inline script's text is itself a Trusted Types sink: refused before the CSP need even say no.
    expect(result).toEqual({ html: 'refused', scriptUrl: 'refused', ownScriptUrl: 'refused', inline: 'refused', ran: false, said: [] })
  })

  it('cannot be framed by another origin', async () => {
    const { page } = session
    // 127.0.0.1 is another origin than localhost: a page there frames the app.
    const framer = server.url.replace('localhost', '127.0.0.1')
    await page.route(`${framer}/framer`, (route) => route.fulfill({ contentType: 'text/html', body: `<iframe src="${server.url}/" title="app"></iframe>` }))
    await page.goto(`${framer}/framer`)
    await page.waitForTimeout(1000)
    const frame = page.frames().find((f) => f !== page.mainFrame())
    expect(frame?.url()).not.toContain(server.url)
    const app = await frame
      ?.locator('.app-header')
      .count()
      .catch(() => 0)
    expect(app ?? 0).toBe(0)
    await page.unroute(`${framer}/framer`)
  })
})
