import { describe, expect, it } from 'vitest'
import { getDb } from '@/db/database'
import { createProject } from '@/db/projects'
import ContactsView from '@/views/ContactsView.vue'
import MoreView from '@/views/MoreView.vue'
import TodayView from '@/views/TodayView.vue'
import { mountScreen, settle, until } from './mount'

type Wrapper = Awaited<ReturnType<typeof mountScreen>>['wrapper']

async function open(language: 'en' | 'fr' | 'nl' = 'en', { project = true } = {}) {
  const { wrapper } = await mountScreen(ContactsView, { language, path: '/contacts' })
  await until(() => expect(wrapper.find(project ? '[data-testid="contacts-pcsw"]' : '[data-testid="project-none"]').exists()).toBe(true))
  return wrapper
}

async function edit(wrapper: Wrapper, values: Record<string, string>) {
  await wrapper.find('[data-testid="contacts-change"]').trigger('click')
  await until(() => expect(wrapper.find('[data-testid="contacts-form"]').exists()).toBe(true))
  for (const [field, value] of Object.entries(values)) await wrapper.find(`#contacts-${field}`).setValue(value)
  await wrapper.find('[data-testid="contacts-form"]').trigger('submit')
  await settle()
}

describe('Contacts', () => {
  it('is reachable from "More" and from Today’s project card', async () => {
    const more = (await mountScreen(MoreView, { path: '/more' })).wrapper
    expect(more.find('a[href="/contacts"]').text()).toBe('Contacts')
    more.unmount()
    await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')
    const today = (await mountScreen(TodayView, { path: '/' })).wrapper
    await until(() => expect(today.find('[data-testid="project-card"] a[href="/contacts"]').exists()).toBe(true))
    expect(today.find('[data-testid="contacts-link"]').text()).toBe('Contacts and free help')
    today.unmount()
  })

  it('notes the PCSW’s address, phone and hours and the stand-in, and the phone calls with one tap', async () => {
    await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' }, socialWorker: 'Claire Dubois', companion: 'Sofia' }, '2026-12-31')
    const wrapper = await open()
    const pcsw = wrapper.find('[data-testid="contacts-pcsw"]')
    expect(pcsw.text()).toContain('CPAS de Namur (Namur)')
    expect(pcsw.find('[data-testid="contacts-social_worker"]').text()).toBe('Claire Dubois')
    expect(pcsw.find('[data-testid="contacts-companion"]').text()).toBe('Sofia')
    expect(pcsw.text()).toContain('Add the address, phone number and opening hours')
    expect(pcsw.find('[data-testid="contacts-call"]').exists()).toBe(false)

    await edit(wrapper, { pcswAddress: 'Rue de l’Exemple 1\n5000 Namur', pcswPhone: '081/00.00.00', pcswHours: 'Mon–Fri 9–12', standIn: 'Karim Benali' })
    await until(() => expect(wrapper.find('[data-testid="contacts-call"]').exists()).toBe(true))
    const call = wrapper.find('[data-testid="contacts-call"]')
    expect(call.attributes('href')).toBe('tel:081000000')
    expect(call.text()).toBe('Call 081/00.00.00')
    expect(wrapper.find('[data-testid="contacts-address"]').text()).toBe('Rue de l’Exemple 1\n5000 Namur')
    expect(wrapper.find('[data-testid="contacts-hours"]').text()).toBe('Mon–Fri 9–12')
    expect(wrapper.find('[data-testid="contacts-stand_in"]').text()).toBe('Karim Benali')
    expect(wrapper.find('[data-testid="contacts-pcsw"]').text()).not.toContain('Add the address, phone number and opening hours')
    expect(wrapper.find('[data-testid="contacts-pcsw"] [role="status"]').text()).toBe('Contacts saved.')
    expect(document.activeElement).toBe(wrapper.find('[data-testid="contacts-change"]').element)

    const [project] = await getDb().projects.toArray()
    expect(project).toMatchObject({
      pcsw: { name: 'CPAS de Namur', municipality: 'Namur', address: 'Rue de l’Exemple 1\n5000 Namur', phone: '081/00.00.00', hours: 'Mon–Fri 9–12' },
      socialWorker: 'Claire Dubois',
      standIn: 'Karim Benali',
      companion: 'Sofia',
    })
    wrapper.unmount()
  })

  it('refuses a phone number with words in it, says why, and saves nothing', async () => {
    await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')
    const wrapper = await open()
    await edit(wrapper, { pcswPhone: 'call me maybe', pcswHours: 'Mornings' })
    expect(wrapper.find('#contacts-pcswPhone-error').text()).toBe('Write only digits, spaces and + ( ) / . -, with at least 6 digits.')
    expect(document.activeElement?.id).toBe('contacts-pcswPhone')
    const [project] = await getDb().projects.toArray()
    expect(project?.pcsw).toEqual({ name: 'CPAS de Namur', municipality: 'Namur' })
    wrapper.unmount()
  })

  it('names the tribunal where the municipality is a division’s seat, and sends to the decision letter for its address', async () => {
    await createProject({ pcsw: { name: 'CPAS de Namur', municipality: 'Namur' } }, '2026-12-31')
    const wrapper = await open()
    const tribunal = wrapper.find('[data-testid="contacts-tribunal"]')
    expect(tribunal.find('[data-testid="contacts-tribunal-match"]').text()).toBe('Labour tribunal of Liège, Namur division')
    // No address for Namur was read in a source: none is shown for it, the letter is named instead.
    expect(tribunal.find('[data-testid="contacts-tribunal-address"]').exists()).toBe(false)
    expect(tribunal.text()).toContain('The PCSW must print the tribunal’s address on its decision: look there first.')
    expect(tribunal.findAll('[data-testid="contacts-tribunal-list"] li')).toHaveLength(9)
    expect(tribunal.find('[data-sources]').attributes('data-sources')).toBe('droitsquotidiens-appeal refli-labour-tribunals')
    wrapper.unmount()
  })

  it('gives Brussels both tribunals at Place Poelaert 3, in French', async () => {
    await createProject({ pcsw: { name: 'CPAS de Bruxelles', municipality: 'Bruxelles' } }, '2026-12-31')
    const wrapper = await open('fr')
    const match = wrapper.find('[data-testid="contacts-tribunal-match"]')
    expect(match.attributes('data-tribunal')).toBe('brussels')
    expect(match.findAll('li').map((li) => li.text())).toEqual(['Tribunal du travail francophone de Bruxelles', 'Tribunal du travail néerlandophone de Bruxelles'])
    expect(match.find('[data-testid="contacts-tribunal-address"]').text()).toBe('Adresse\u00a0: place Poelaert 3, Bruxelles.')
    wrapper.unmount()
  })

  it('does not guess for a municipality that is not a seat, in Dutch', async () => {
    await createProject({ pcsw: { name: 'OCMW Schaarbeek', municipality: 'Schaarbeek' } }, '2026-12-31')
    const wrapper = await open('nl')
    expect(wrapper.find('[data-testid="contacts-tribunal-match"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="contacts-tribunal-unknown"]').text()).toBe('De app kan uw rechtbank niet afleiden uit de naam van uw gemeente.')
    expect(wrapper.find('h1').text()).toBe('Contacten')
    wrapper.unmount()
  })

  it('shows where free help is even before a project is started', async () => {
    const wrapper = await open('en', { project: false })
    expect(wrapper.find('[data-testid="project-none"]').exists()).toBe(true)
    const help = wrapper.find('[data-testid="contacts-help"]')
    expect(help.findAll('[data-help]').map((h) => h.attributes('data-help'))).toEqual(['first_line', 'second_line', 'unions'])
    expect(help.text()).toContain('bureau d’aide juridique, BAJ / bureau voor juridische bijstand, BJB')
    expect(help.text()).toContain('If you receive integration income, this is completely free.')
    // Categories only: no phone number or address of an office is given (none was read in a source).
    expect(help.find('a[href^="tel:"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="contacts-tribunal-unknown"]').exists()).toBe(true)
    wrapper.unmount()
  })
})
