import { readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations } from './support/axe'
import { foreignRequests, startProject } from './support/browser'
import { browserSession, servedBuild } from './support/suite'

// A photo of a letter, taken on the phone, is made smaller on the device, survives a copy of everything (exported,
// the site's data wiped, the copy opened again) and opens full screen. The camera is stood in for by a generated
// PNG given to the file input, as a phone's camera gives its picture.

const server = servedBuild()
const session = browserSession()

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A landscape "letter" as a camera might give it, larger than the app keeps: lines of text on white paper. */
function letterPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height, 0xff)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0 // no filter
    const inLine = y % 60 < 14
    for (let x = 0; x < width; x++) {
      if (inLine && x % 23 < 15 && (x * 7 + y) % 97 > 20) raw.fill(0x22, row + 1 + x * 3, row + 4 + x * 3)
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}

async function addRefusal(page: Page): Promise<void> {
  await page.goto(server.url + '/letters')
  const form = page.locator('form.card[data-testid="letter-form"]')
  await form.locator('input[name="letter-kind"][value="refusal"]').check()
  await page.locator('#letter-decidedOn').fill('2026-11-02')
  await page.locator('#letter-notifiedOn').fill('2026-11-05')
  await form.locator('button[type="submit"]').click()
  await page.locator('[data-testid="letter"] [data-testid="photos"]').waitFor()
}

/** The photo's size as stored: the full-screen image's own pixels. */
async function viewerImage(page: Page) {
  await page.locator('.photos__thumb').first().click()
  const image = page.locator('[data-testid="photo-viewer"] img')
  await image.waitFor()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
  return image.evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src, alt: img.alt }))
}

describe('a photo of a letter', () => {
  it('is made smaller on the phone, survives a copy and a cleared site, and opens full screen', async () => {
    const { page } = session
    await page.goto(server.url + '/')
    await startProject(page, { pcsw: 'CPAS de Namur', municipality: 'Namur' })
    await addRefusal(page)

    const png = letterPng(2400, 1800)
    await page.locator('[data-testid="photo-camera"]').setInputFiles({ name: 'letter.png', mimeType: 'image/png', buffer: png })
    await page.locator('.photos__thumb').waitFor({ timeout: 20_000 })
    const taken = await viewerImage(page)
    expect(taken).toMatchObject({ width: 1600, height: 1200 })
    expect(taken.src.startsWith('data:image/jpeg;base64,')).toBe(true)
    expect(taken.alt).toBe('Photo 1 of 1: Decision: refusal')
    expect(await axeViolations(page), 'the photo full screen').toEqual([])
    await page.keyboard.press('Escape')
    await page.locator('[data-testid="photo-viewer"]').waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('photos__thumb')
    expect(await axeViolations(page), 'the letter with its photo').toEqual([])

    // Settings → Make a copy: the file carries the photo as it is.
    await page.goto(server.url + '/settings')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('[data-testid="make-copy"]').click()])
    const text = readFileSync(await download.path(), 'utf8')
    const file = JSON.parse(text) as { formatVersion: number; data: { photos: { dataUrl: string; width: number; height: number }[] } }
    expect(file.formatVersion).toBe(2)
    expect(file.data.photos).toHaveLength(1)
    expect(file.data.photos[0]).toMatchObject({ width: 1600, height: 1200, dataUrl: taken.src })
    console.info(`photo of ${png.length} bytes (PNG 2400 × 1800) kept as ${taken.src.length} characters (JPEG 1600 × 1200, base64); copy ${text.length} bytes`)

    // A reset: nothing of the app left on this phone.
    const cdp = await session.context.newCDPSession(page)
    await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'all' })
    await page.goto(server.url + '/')
    await page.locator('[data-testid="project-start-form"]').waitFor()

    await page.goto(server.url + '/settings/open-copy')
    await page.locator('[data-testid="copy-file"]').setInputFiles(await download.path())
    await page.locator('[data-testid="copy-read"]').click()
    await page.locator('[data-testid="copy-preview"]').waitFor()
    await page.locator('[data-testid="copy-replace"]').click()
    await page.locator('[data-testid="copy-replace-yes"]').click()
    await page.locator('[data-testid="copy-done"]').waitFor()

    await page.goto(server.url + '/letters')
    await page.locator('.photos__thumb').waitFor()
    const back = await viewerImage(page)
    expect(back).toStrictEqual(taken)
    await page.locator('[data-testid="photo-viewer"] button').click()
    await page.locator('[data-testid="photo-viewer"]').waitFor({ state: 'detached' })
    expect(foreignRequests(session.requests, server.url)).toEqual([])
  })
})
