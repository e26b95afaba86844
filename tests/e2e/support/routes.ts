/** Every screen of the app, with the heading each shows in English (design.md §4). */
export const ROUTES = [
  { path: '/', heading: { en: 'Today', fr: 'Aujourd’hui', nl: 'Vandaag' } },
  { path: '/project', heading: { en: 'My project', fr: 'Mon projet', nl: 'Mijn project' } },
  { path: '/contract', heading: { en: 'Contract', fr: 'Contrat', nl: 'Contract' } },
  { path: '/meetings', heading: { en: 'Meetings and evaluations', fr: 'Rendez-vous et évaluations', nl: 'Gesprekken en evaluaties' } },
  { path: '/letters', heading: { en: 'Letters and decisions', fr: 'Courriers et décisions', nl: 'Brieven en beslissingen' } },
  { path: '/rights', heading: { en: 'My rights', fr: 'Mes droits', nl: 'Mijn rechten' } },
  { path: '/settings', heading: { en: 'Settings', fr: 'Réglages', nl: 'Instellingen' } },
  { path: '/settings/open-copy', heading: { en: 'Open a copy', fr: 'Ouvrir une copie', nl: 'Een kopie openen' } },
  { path: '/contacts', heading: { en: 'Contacts', fr: 'Contacts', nl: 'Contacten' } },
  { path: '/more', heading: { en: 'More', fr: 'Plus', nl: 'Meer' } },
] as const

export type Lang = 'en' | 'fr' | 'nl'
