import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { VitePWA } from 'vite-plugin-pwa'
import pkg from './package.json' with { type: 'json' }
import { localeParts, PARTS_DIR } from './scripts/vite-locale-parts.ts'
import { firstPaint } from './scripts/vite-first-paint.ts'
import { startAfterPaintPlugin } from './scripts/vite-start-after-paint.ts'
import { securityHeaders } from './scripts/security-headers.ts'

// The manifest names the app in its three languages at once (the install prompt shows it before any choice),
// from the locales, like every other string shown to a person.
const appName = (lang: string): string =>
  (JSON.parse(readFileSync(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')) as { app: { name: string } }).app.name
const names = ['fr', 'nl', 'en'].map(appName)

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The manifest lets tests and the bench find exactly the chunks of the first route.
  // No modulepreload links at each lazy import (issue 15): Vite's helper adding them was the largest part of the
  // start's long tasks on a slow phone; a lazy chunk's imports load as the browser finds them. The entry's own
  // imports are preloaded by public/first-paint.js (scripts/vite-start-after-paint.ts).
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: false },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // A build id lets the update test tell two builds apart; it defaults to the version alone.
    __APP_BUILD__: JSON.stringify(process.env.APP_BUILD ?? 'release'),
  },
  plugins: [
    localeParts(),
    // Issue 15: Today's first screen is in index.html, painted before any script (scripts/vite-first-paint.ts).
    firstPaint(),
    // …and the app starts after that paint, its stylesheet inline (scripts/vite-start-after-paint.ts).
    startAfterPaintPlugin(),
    // Issue 11: the CSP (index.html's <meta>), `npm start`'s headers (preview.headers) and the deploy file `_headers`.
    securityHeaders(),
    vue(),
    VueI18nPlugin({
      include: [fileURLToPath(new URL(`./${PARTS_DIR}/*.json`, import.meta.url))],
      // Messages are precompiled, so the runtime compiler can go (toolchain.md: ~16 KiB raw).
      dropMessageCompiler: true,
      fullInstall: false,
      strictMessage: true,
    }),
    VitePWA({
      // 'prompt': an automatic update would lose what someone is typing (style.md).
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: names.join(' · '),
        short_name: 'PIIS·GPMI',
        description: 'PIIS · GPMI · ISIP',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // injectManifest: our own worker (src/sw/sw.ts) keeps Workbox's precache and the prompt-to-update, and adds
      // the dates' notifications computed on the device (issue 12). The built file stays `sw.js`.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        rollupFormat: 'iife',
      },
    }),
  ],
})
