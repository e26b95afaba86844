import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { NAV_ICON_PATHS, NAV_ITEMS } from '../src/components/layout/nav-items.ts'
import { LANGUAGES, OWN_NAMES, type Language } from '../src/i18n/language-names.ts'

/**
 * Issue 15: the first paint waits for no script, no IndexedDB and no messages. index.html holds Today's first screen
 * (header, navigation, Today's heading and the welcome, or a neutral "loading" for a phone that holds a project),
 * written here at build time from locales/*.json in the three languages, with the markup and classes App.vue,
 * AppHeader, AppNav and TodayView render, so when Vue mounts (and replaces it) nothing moves. public/first-paint.js,
 * a classic script in <head> (the CSP allows no inline script), picks the language and the variant before the first
 * paint. No personal data is in it: the same words for everybody.
 */

type Messages = Record<string, unknown>

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A plain message of locales/<lang>.json; one with vue-i18n syntax (a placeholder, a plural, a link) is refused. */
function message(messages: Messages, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages)
  if (typeof value !== 'string') throw new Error(`first paint: no message "${key}"`)
  if (/[{}|@]/.test(value)) throw new Error(`first paint: "${key}" is not plain text, it cannot be prerendered`)
  return escape(value)
}

/** The active link's attributes, as vue-router's RouterLink renders them on "/". */
const ACTIVE = 'router-link-active router-link-exact-active'

/** One language's first screen: the same elements, classes and words as the app's Today screen on a first visit. */
export function firstScreen(language: Language, messages: Messages): string {
  const t = (key: string) => message(messages, key)
  const languageButtons = LANGUAGES.map(
    (code) =>
      `<button type="button" class="language-switch__button" lang="${code}" aria-pressed="${code === language}">${code.toUpperCase()}<span class="visually-hidden">&nbsp;${escape(OWN_NAMES[code])}</span></button>`,
  ).join('')
  const header = `<header class="app-header"><a href="/" class="${ACTIVE} app-header__brand" aria-current="page">${t('app.name')}</a><div class="language-switch" role="group" aria-label="${t('settings.language')}">${languageButtons}</div></header>`
  const welcome =
    `<section class="card first-paint__welcome"><h2>${t('today.welcome_title')}</h2><p>${t('today.welcome_text')}</p><p>${t('today.private_text')}</p>` +
    `<h3>${t('today.first_steps_title')}</h3><ol><li>${t('today.first_step_pcsw')}</li><li>${t('today.first_step_dates')}</li><li>${t('today.first_step_reflection')}</li></ol></section>`
  const loading = `<p class="muted first-paint__loading">${t('app.loading')}</p>`
  const main = `<main class="app-main"><h1>${t('nav.today')}</h1>${welcome}${loading}</main>`
  const links = NAV_ITEMS.map((item) => {
    const active = item.to === '/'
    const icon = `<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="${NAV_ICON_PATHS[item.icon]}" fill="currentColor"></path></svg>`
    return `<li><a href="${item.to}" class="${active ? `${ACTIVE} ` : ''}app-nav__link"${active ? ' aria-current="page"' : ''}>${icon}<span>${t(item.key)}</span></a></li>`
  }).join('')
  const nav = `<nav class="app-nav" aria-label="${t('nav.label')}"><ul>${links}</ul></nav>`
  // The title App.vue gives Today: "<screen> · <app name>".
  return `<div class="first-paint" lang="${language}" data-title="${t('nav.today')} · ${t('app.name')}">${header}${main}${nav}</div>`
}

/**
 * Only the screen public/first-paint.js chose shows (display: contents keeps the app's own boxes); without the
 * script (another address than "/", a blocked script) none shows and the app paints as before.
 */
export const FIRST_PAINT_CSS = [
  '.first-paint{display:none}',
  ...LANGUAGES.map((code) => `html[data-first-paint='${code}'] .first-paint[lang='${code}']{display:contents}`),
  'html[data-first-paint-project] .first-paint__welcome,html:not([data-first-paint-project]) .first-paint__loading{display:none}',
].join('')

export function firstPaint(): Plugin {
  let root = process.cwd()
  return {
    name: 'isip:first-paint',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml(html) {
      const screens = LANGUAGES.map((code) => firstScreen(code, JSON.parse(readFileSync(join(root, 'locales', `${code}.json`), 'utf8')) as Messages)).join('')
      if (!html.includes('<div id="app"></div>')) throw new Error('first paint: index.html has no empty <div id="app">')
      const tags: HtmlTagDescriptor[] = [
        { tag: 'style', children: FIRST_PAINT_CSS, injectTo: 'head' },
        { tag: 'script', attrs: { src: '/first-paint.js' }, injectTo: 'head' },
      ]
      return { html: html.replace('<div id="app"></div>', `<div id="app">${screens}</div>`), tags }
    },
  }
}
