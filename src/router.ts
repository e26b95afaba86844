import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { loadMessagePart } from './i18n'
import type { LazyPart } from './i18n/parts'
import TodayView from './views/TodayView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the screen's title (heading, document title, navigation). */
    titleKey: string
    /** The lazy message parts the screen shows (src/i18n/parts.ts); loaded before it opens. */
    messageParts?: LazyPart[]
  }
}

// Today, the first screen, ships with the entry (one round trip less on a slow phone); every other screen is
// its own lazily loaded chunk, so the first route stays within its size budget.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: TodayView, meta: { titleKey: 'nav.today' } },
  { path: '/project', name: 'project', component: () => import('./views/ProjectView.vue'), meta: { titleKey: 'nav.project', messageParts: ['project', 'forms'] } },
  // The project's own screens; each reflection question has its address, so the browser's back and forward work.
  { path: '/project/reflection/:question?', name: 'project-reflection', component: () => import('./views/ProjectReflectionView.vue'), meta: { titleKey: 'reflection.title', messageParts: ['project', 'forms'] } },
  { path: '/project/summary', name: 'project-summary', component: () => import('./views/ProjectSummaryView.vue'), meta: { titleKey: 'reflection.summary_title', messageParts: ['project', 'forms'] } },
  { path: '/project/objectives', name: 'project-objectives', component: () => import('./views/ProjectObjectivesView.vue'), meta: { titleKey: 'objectives.title', messageParts: ['project', 'forms'] } },
  { path: '/project/plan', name: 'project-plan', component: () => import('./views/ProjectPlanView.vue'), meta: { titleKey: 'plan.title', messageParts: ['project', 'forms'] } },
  { path: '/project/commitments', name: 'project-commitments', component: () => import('./views/ProjectCommitmentsView.vue'), meta: { titleKey: 'commitments.title', messageParts: ['project', 'forms'] } },
  { path: '/contract', name: 'contract', component: () => import('./views/ContractView.vue'), meta: { titleKey: 'nav.contract', messageParts: ['records', 'forms', 'explain'] } },
  { path: '/meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue'), meta: { titleKey: 'nav.meetings', messageParts: ['records', 'forms', 'explain'] } },
  { path: '/letters', name: 'letters', component: () => import('./views/LettersView.vue'), meta: { titleKey: 'nav.letters', messageParts: ['records', 'forms', 'explain'] } },
  // Issue 17: the letters the person sends (`meeting`, `hearing`, `appeal`), with what they are about in the query
  // (`?request=`, `?notice=`, `?decision=`); the letter's own words load by the letter's language (domain/letters/load.ts).
  { path: '/letters/write/:kind', name: 'send-letter', component: () => import('./views/SendLetterView.vue'), meta: { titleKey: 'compose.title', messageParts: ['compose', 'calendar', 'forms'] } },
  { path: '/letters/moves-trips', name: 'moves-trips', component: () => import('./views/MovesTripsView.vue'), meta: { titleKey: 'moves.screen_title', messageParts: ['records', 'forms', 'explain'] } },
  { path: '/rights', name: 'rights', component: () => import('./views/RightsView.vue'), meta: { titleKey: 'nav.rights', messageParts: ['rights', 'explain'] } },
  // The screens of "My rights": each section, the glossary, "must I have an ISIP?" and the rule behind each kind of
  // reminder (`/rights/rules/<kind>?reminder=<reminder id>`: Today's "why this date?" opens it).
  { path: '/rights/glossary', name: 'rights-glossary', component: () => import('./views/RightsGlossaryView.vue'), meta: { titleKey: 'glossary.title', messageParts: ['rights', 'explain'] } },
  { path: '/rights/isip-check', name: 'rights-isip-check', component: () => import('./views/RightsIsipCheckView.vue'), meta: { titleKey: 'isip_check.title', messageParts: ['rights', 'explain'] } },
  { path: '/rights/rules/:kind', name: 'rights-rule', component: () => import('./views/RightsRuleView.vue'), meta: { titleKey: 'why.title', messageParts: ['rights', 'explain'] } },
  { path: '/rights/:section', name: 'rights-section', component: () => import('./views/RightsSectionView.vue'), meta: { titleKey: 'nav.rights', messageParts: ['rights', 'explain'] } },
  // Issue 12: the calendar file of the upcoming dates, and the two print views (no navigation when printed).
  { path: '/calendar', name: 'calendar', component: () => import('./views/CalendarView.vue'), meta: { titleKey: 'calendar.title', messageParts: ['calendar', 'explain'] } },
  { path: '/print/dates', name: 'print-dates', component: () => import('./views/PrintDatesView.vue'), meta: { titleKey: 'calendar.print.dates_title', messageParts: ['calendar', 'explain'] } },
  { path: '/print/contract', name: 'print-contract', component: () => import('./views/PrintContractView.vue'), meta: { titleKey: 'calendar.print.contract_title', messageParts: ['calendar', 'explain', 'project', 'records'] } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { titleKey: 'nav.settings', messageParts: ['backup', 'forms', 'lock', 'desk'] } },
  // Opening a copy: its chunk brings the checks of every record kind (valibot), loaded only here.
  { path: '/settings/open-copy', name: 'open-copy', component: () => import('./views/OpenCopyView.vue'), meta: { titleKey: 'backup.open_title', messageParts: ['backup'] } },
  // Issue 16, item 11: the PCSW, the people around the person and where free help is.
  { path: '/contacts', name: 'contacts', component: () => import('./views/ContactsView.vue'), meta: { titleKey: 'nav.contacts', messageParts: ['contacts', 'forms'] } },
  // Issue 11, item 5: the end of a session on a shared device (take the file, then wipe).
  { path: '/desk/end', name: 'desk-end', component: () => import('./views/DeskEndView.vue'), meta: { titleKey: 'desk.end_title', messageParts: ['desk', 'backup', 'forms'] } },
  { path: '/more', name: 'more', component: () => import('./views/MoreView.vue'), meta: { titleKey: 'nav.more' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // A link to a part of a screen (Today's "Make a copy" → /settings#copy) shows that part.
    scrollBehavior: (to) => (to.hash ? { el: to.hash } : undefined),
  })
  // A screen opens with its words already loaded (offline too: the parts are precached).
  router.beforeResolve(async (to) => {
    const parts = new Set(to.matched.flatMap((record) => record.meta.messageParts ?? []))
    await Promise.all([...parts].map(loadMessagePart))
  })
  return router
}
