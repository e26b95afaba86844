// Renders public/favicon.svg to the PNG icons of the manifest (run by hand when the icon changes).
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
const svg = readFileSync('public/favicon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] })
const page = await browser.newPage()
async function render(size, file, maskable) {
  await page.setViewportSize({ width: size, height: size })
  // Maskable: full-bleed background, the symbol inside the 80 % safe zone.
  const inner = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#1d4e89;display:flex;align-items:center;justify-content:center"><div style="width:${size * 0.72}px;height:${size * 0.72}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div>`
    : `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div>`
  await page.setContent(`<html><body style="margin:0;background:transparent">${inner}</body></html>`)
  await page.screenshot({ path: file, omitBackground: !maskable })
}
await render(192, 'public/icons/icon-192.png')
await render(512, 'public/icons/icon-512.png')
await render(512, 'public/icons/icon-maskable-512.png', true)
await render(180, 'public/icons/apple-touch-icon-180.png', true)
await browser.close()
