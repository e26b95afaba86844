#!/usr/bin/env node
// Finds a browser for the browser tests; on Debian as root, installs Debian's chromium when none is found.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { findBrowser } from './browser-path.mjs'

if (findBrowser()) process.exit(0)
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but nothing is there. Fix or unset it.`)
  process.exit(1)
}

const isDebian = existsSync('/etc/debian_version') || /debian|ubuntu/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

if (isDebian && isRoot) {
  console.log('No browser found: installing Debian’s chromium (apt-get install -y chromium)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env })
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update
  if (install.status === 0 && findBrowser()) process.exit(0)
  console.error('Installing chromium failed. Run: apt-get update && apt-get install -y chromium')
  process.exit(1)
}

console.error(
  'The browser tests need Chromium or Chrome, and none was found.\n' +
    (isDebian ? '  Run: sudo apt-get update && sudo apt-get install -y chromium\n' : '  Install Google Chrome or Chromium,\n') +
    '  or point CHROME_PATH at a Chromium-family browser: CHROME_PATH=/path/to/chrome npm test',
)
process.exit(1)
