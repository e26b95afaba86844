/// <reference types="vite/client" />

/** The app's version (package.json) and build id (APP_BUILD at build time), shown in Settings. */
declare const __APP_VERSION__: string
declare const __APP_BUILD__: string
