import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** Locale key of the screen's title (heading, document title, navigation). */
    titleKey: string
  }
}

// Every screen is its own lazily loaded chunk, so the first route stays within its size budget.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: () => import('./views/TodayView.vue'), meta: { titleKey: 'nav.today' } },
  { path: '/project', name: 'project', component: () => import('./views/ProjectView.vue'), meta: { titleKey: 'nav.project' } },
  { path: '/contract', name: 'contract', component: () => import('./views/ContractView.vue'), meta: { titleKey: 'nav.contract' } },
  { path: '/meetings', name: 'meetings', component: () => import('./views/MeetingsView.vue'), meta: { titleKey: 'nav.meetings' } },
  { path: '/letters', name: 'letters', component: () => import('./views/LettersView.vue'), meta: { titleKey: 'nav.letters' } },
  { path: '/rights', name: 'rights', component: () => import('./views/RightsView.vue'), meta: { titleKey: 'nav.rights' } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { titleKey: 'nav.settings' } },
  { path: '/more', name: 'more', component: () => import('./views/MoreView.vue'), meta: { titleKey: 'nav.more' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  return createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })
}
