#!/usr/bin/env node
// The print tests read the PDFs Chromium prints with poppler-utils (pdftotext, pdfinfo, pdftoppm).
// On Debian as root, installs Debian's poppler-utils when they are missing, as ensure-browser.mjs does for chromium.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const found = () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0 && spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0
if (found()) process.exit(0)

const isDebian = existsSync('/etc/debian_version') || /debian|ubuntu/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

if (isDebian && isRoot) {
  console.log('No pdftotext found: installing Debian’s poppler-utils (apt-get install -y poppler-utils)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  let install = spawnSync('apt-get', ['install', '-y', 'poppler-utils'], { stdio: 'inherit', env })
  if (install.status !== 0) {
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
    install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'poppler-utils'], { stdio: 'inherit', env }) : update
  }
  if (install.status === 0 && found()) process.exit(0)
  console.error('Installing poppler-utils failed. Run: apt-get update && apt-get install -y poppler-utils')
  process.exit(1)
}

console.error(
  'The print tests need pdftotext and pdfinfo (poppler-utils), and none was found.\n' +
    (isDebian ? '  Run: sudo apt-get update && sudo apt-get install -y poppler-utils\n' : '  Install poppler (e.g. brew install poppler).\n'),
)
process.exit(1)
