// Shared by the navigation (AppNav.vue, AppNavIcon.vue) and the first screen prerendered into index.html at build
// time (scripts/vite-first-paint.ts), so both draw the same five targets with the same icons.

/** Inline icons: nothing is fetched from elsewhere, and they inherit the text colour. */
export const NAV_ICON_PATHS = {
  today: 'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zm-2 8h14v10H5V10zm2 2v3h3v-3H7z',
  project: 'M4 3h11l5 5v13H4V3zm10 1.5V9h4.5L14 4.5zM7 12v2h10v-2H7zm0 4v2h7v-2H7z',
  contract: 'M6 2h9l5 5v15H6V2zm2 9v2h8v-2H8zm0 4v2h5v-2H8zm7 1.5 1.4-1.4 1.1 1.1 2.1-2.1L20 15.5 16.5 19 15 17.5z',
  rights: 'M12 2 3 6v6c0 5 3.8 9.7 9 10 5.2-.3 9-5 9-10V6l-9-4zm-1 13-3.5-3.5 1.4-1.4 2.1 2.1 4.6-4.6 1.4 1.4L11 15z',
  more: 'M5 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
} as const

export type NavIcon = keyof typeof NAV_ICON_PATHS

/** Five targets fit one thumb on a 320–360 px phone; the other screens are one tap away under "More". */
export const NAV_ITEMS = [
  { to: '/', key: 'nav.today', icon: 'today' },
  { to: '/project', key: 'nav.project', icon: 'project' },
  { to: '/contract', key: 'nav.contract', icon: 'contract' },
  { to: '/rights', key: 'nav.rights', icon: 'rights' },
  { to: '/more', key: 'nav.more', icon: 'more' },
] as const satisfies readonly { to: string; key: string; icon: NavIcon }[]
