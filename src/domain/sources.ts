/**
 * The citation catalogue: every law article or page a rule or legal value rests on (legal-facts.md).
 *
 * An article "as commonly cited" was not checked against the official text: the app names the article and the
 * page it was read on, and marks its confidence `uncertain`. Addresses are those given in legal-facts.md, with
 * `https://` put in front; a source whose exact page was not given keeps only its site name (`site`), never a
 * guessed address. Titles stay in the language of the source.
 */
/**
 * How sure a fact is (legal-facts.md, "Confidence labels"): `confirmed` by a source actually read (official where
 * named); `confirmed-secondary` only by a non-governmental or secondary site; `seed-only` from the two project
 * source documents; `uncertain` when sources disagree or the detail was not found.
 */
export type Confidence = 'confirmed' | 'confirmed-secondary' | 'seed-only' | 'uncertain'

export interface Source {
  /** The text or page, in the language of the source. */
  title: string
  /** Article, paragraph or section, when the source has one. */
  article?: string
  /** The page's address, only when legal-facts.md gives it. */
  url?: string
  /** The site the fact was read on, when no exact page was recorded. */
  site?: string
  confidence: Confidence
  /** What the source says that the rules use, or why it is uncertain (English, for developers). */
  note?: string
}

const LAW_2002 = 'Loi du 26 mai 2002 concernant le droit à l’intégration sociale / Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie'
const RD_2002 = 'Arrêté royal du 11 juillet 2002 portant règlement général en matière de droit à l’intégration sociale'

export const SOURCES = {
  'law-2002-art-11': {
    title: LAW_2002,
    article: 'art. 11 (as amended by the law of 21 July 2016)',
    site: 'mi-is.be (PIIS page), droitsquotidiens.be',
    confidence: 'confirmed',
    note: 'The ISIP; mandatory for new beneficiaries and under-25s; concluded within 3 months of the grant.',
  },
  'law-2002-art-13': {
    title: LAW_2002,
    article: 'art. 13 §2',
    site: 'actualitesdroitbelge.be',
    confidence: 'confirmed',
    note: 'An ISIP may be attached at the person’s own request or on the centre’s initiative.',
  },
  'law-2002-art-20': {
    title: LAW_2002,
    article: 'art. 20',
    site: 'actualitesdroitbelge.be',
    confidence: 'confirmed',
    note: 'Right to be heard before a decision on the income, the ISIP or a sanction, assisted or represented by a person of one’s choice.',
  },
  'law-2002-art-21': {
    title: LAW_2002,
    article: 'art. 21 (as commonly cited)',
    site: 'bdas-wwsb.brussels, droitsquotidiens.be, luttepauvrete.wallonie.be',
    confidence: 'uncertain',
    note: 'Decision within 30 days: the length is confirmed, the article number is not.',
  },
  'law-2002-art-23-5': {
    title: LAW_2002,
    article: 'art. 23 §5 (since 9 January 2016)',
    site: 'primabook.mi-is.be',
    confidence: 'confirmed',
    note: 'Tell the centre before leaving abroad for a week or more, with the length and the reason.',
  },
  'law-2002-art-30-2': {
    title: LAW_2002,
    article: 'art. 30 §2',
    site: 'actualitesdroitbelge.be; bdas-wwsb.brussels/?p=11870',
    url: 'https://bdas-wwsb.brussels/?p=11870',
    confidence: 'confirmed',
    note: 'After a formal notice: suspension of payment for at most 1 month; up to 3 months on a repeat within one year.',
  },
  'law-2002-art-47': {
    title: LAW_2002,
    article: 'art. 47 (as commonly cited)',
    site: 'bdas-wwsb.brussels, luttepauvrete.wallonie.be',
    confidence: 'uncertain',
    note: 'Appeal to the labour tribunal within 3 months of the notification: length and start confirmed, article number not.',
  },
  'law-2016-07-21': {
    title: 'Loi du 21 juillet 2016 modifiant la loi du 26 mai 2002 concernant le droit à l’intégration sociale',
    url: 'https://etaamb.openjustice.be/fr/nl/loi-du-21-juillet-2016_n2016011330.html',
    confidence: 'confirmed',
    note: 'The 2016 reform (in force 1 November 2016): ISIP for all new beneficiaries; "new beneficiary" = no right to social integration in the 3 months before. Art. 2 adds subsidiary protection (art. 49/2 of the law of 15 December 1980) to the nationality condition of art. 3, 3°.',
  },
  'law-2016-07-21-art-2': {
    title: 'Loi du 21 juillet 2016 modifiant la loi du 26 mai 2002 concernant le droit à l’intégration sociale',
    article: 'art. 2 (art. 3, 3°, of the law of 26 May 2002)',
    url: 'https://etaamb.openjustice.be/fr/nl/loi-du-21-juillet-2016_n2016011330.html',
    site: 'etaamb.openjustice.be; legalworld.wolterskluwer.be',
    confidence: 'confirmed',
    note: 'Adds "soit bénéficier de la protection subsidiaire au sens de l’article 49/2 de la loi du 15 décembre 1980": people with subsidiary protection meet the nationality condition of integration income. The Tournai page (seed) leaves them out.',
  },
  'bdas-eu-citizens': {
    title: 'BDAS / WWSB: citoyens de l’Union européenne et droit à l’intégration sociale',
    url: 'https://bdas-wwsb.brussels/?p=7526',
    confidence: 'confirmed-secondary',
    note: 'EU citizens have a right to integration income only after the first three months of their stay.',
  },
  'rd-2026-01-07': {
    title: 'Arrêté royal du 7 janvier 2026 modifiant l’article 34 de l’arrêté royal du 11 juillet 2002 (Moniteur belge du 16 janvier 2026)',
    site: 'cpasuccle.be; cpasconnect.be',
    confidence: 'confirmed-secondary',
    note: 'From 1 March 2026 (new requests; others at their next revision), the resources of adult family members who owe maintenance and live with the person (partner, parents, grandparents, adult (grand)children, in-laws) are counted, and family allowances a cohabitant receives for the applicant (supplements excepted). Sources disagree on whether the PCSW must count them or keeps discretion for equity reasons.',
  },
  'judicial-code-art-53': {
    title: 'Code judiciaire / Gerechtelijk Wetboek, arts 50, 52 et 53 (computation des délais)',
    article: 'art. 53',
    site: 'bdas-wwsb.brussels, terralaboris.be',
    confidence: 'confirmed-secondary',
    note: 'A last day on a Saturday, Sunday or legal holiday moves to the next working day. Applied to the 3-month appeal in social-security matters by labour courts; art. 53 applies to procedural acts (Cass. 28 April 1988), and lodging an appeal is one. No ruling on art. 47 of the law of 26 May 2002 itself was found.',
  },
  'bdas-appeal-count': {
    title: 'BDAS / WWSB: recours, calcul du délai (mis à jour le 1er octobre 2024)',
    url: 'https://bdas-wwsb.brussels/?p=4768',
    confidence: 'confirmed-secondary',
    note: '"Si le dernier jour tombe un week-end ou un jour férié, il est reporté au premier jour ouvrable".',
  },
  'terralaboris-appeal-count': {
    title: 'Terra Laboris: délai de recours de trois mois (Charte de l’assuré social, art. 23), Code judiciaire arts 50, 52 et 53',
    site: 'terralaboris.be',
    confidence: 'confirmed-secondary',
    note: 'A labour-court case summary applying arts 50, 52 and 53 of the Judicial Code to the 3-month appeal period.',
  },
  'labour-court-antwerp-2001': {
    title: 'Arbeidshof Antwerpen, 25 mei 2001, AR 97/263',
    confidence: 'confirmed-secondary',
    note: 'A forfeiture period ending on a Saturday, Sunday or holiday "wordt verplaatst naar de eerstvolgende werkdag".',
  },
  'mi-is-faq-forward': {
    title: 'SPP Intégration sociale, FAQ: CPAS non compétent (art. 18 §4)',
    site: 'mi-is.be',
    confidence: 'confirmed',
    note: 'A PCSW that is not competent forwards the request "dans les cinq jours ouvrables".',
  },
  'indexation-2026-03': {
    title: 'Indexation des allocations sociales au 1er mars 2026 (indice-pivot dépassé en décembre 2025; loi-programme du 18 juillet 2025)',
    site: 'acerta.be; incidence-asbl.org; trends.levif.be; bx1.be',
    confidence: 'confirmed-secondary',
    note: 'The pivot index was crossed in December 2025; since 1 July 2025 (programme law of 18 July 2025) benefits rise in the third month after the crossing: +2 % on 1 March 2026. The index cap above €2,000 gross does not touch integration income (bx1.be). The published amounts were not found. A forecast (Planning Bureau via bx1.be, low confidence) puts the next crossing in mid-2026 and a rise in the autumn of 2026.',
  },
  'rd-2002-arts-10-21': {
    title: RD_2002,
    article: 'arts 10 to 21',
    site: 'droitsquotidiens.be',
    confidence: 'confirmed',
    note: 'The ISIP procedure, including the cooling-off period before signing.',
  },
  'rd-2016-10-03': {
    title: 'Arrêté royal du 3 octobre 2016 modifiant l’arrêté royal du 11 juillet 2002',
    url: 'https://primabook.mi-is.be/fr/projet-individualise-dintegration-sociale-piis/piis',
    confidence: 'confirmed',
    note: 'At least 3 evaluations a year, at least 2 in person. Calendar year or 12 months from signature: not stated.',
  },
  'mi-is-faq-notification': {
    title: 'SPP Intégration sociale / POD MI, FAQ: Binnen welke termijn moet de beslissing worden bekendgemaakt?',
    url: 'https://mi-is.be/nl/faq/binnen-welke-termijn-moet-de-beslissing-worden-bekendgemaakt',
    confidence: 'confirmed',
    note: 'Notification within 8 days of the decision; an ordinary letter or delivery against acknowledgement is allowed.',
  },
  'mi-is-faq-sanction': {
    title: 'SPP Intégration sociale, FAQ: Dans quels cas le CPAS peut-il infliger une sanction à un ayant droit au revenu d’intégration ?',
    url: 'https://mi-is.be/fr/faq/dans-quels-cas-le-cpas-peut-il-infliger-une-sanction-un-ayant-droit-au-revenu-dintegration',
    confidence: 'confirmed',
    note: 'At most one month; on a repeat within one year, at most three months (also the NL FAQ "In welke gevallen kan het OCMW aan een leefloongerechtigde een sanctie geven"). The length of the probation period of a suspended sanction (sursis) was not found.',
  },
  'pps-si-model-contract': {
    title: 'POD MI, model GPMI contract (primabook): Het geïndividualiseerd project',
    url: 'https://primabook.mi-is.be/nl/geindividualiseerd-project-voor-maatschappelijke-integratie-gpmi/het-geindividualiseerd-project-0',
    confidence: 'confirmed',
    note: '"binnen de vijf werkdagen een onderhoud toestaan"; evaluation "minstens drie maal per jaar", meeting "minstens twee keer per jaar".',
  },
  'primabook-procedure': {
    title: 'POD MI, primabook: De procedure',
    url: 'https://primabook.mi-is.be/nl/recht-op-maatschappelijke-integratie/de-procedure',
    confidence: 'confirmed',
    note: 'The acknowledgement of receipt is given on the day of the request; the person is told in writing of the right to be heard.',
  },
  'bdas-decision-content': {
    title: 'BDAS / WWSB: décision du CPAS (délai de 30 jours, mentions obligatoires)',
    url: 'https://bdas-wwsb.brussels/?p=7722',
    confidence: 'confirmed-secondary',
    note: 'Decision within 30 days; if required mentions are missing, the appeal period does not start.',
  },
  'bdas-acknowledgement': {
    title: 'BDAS / WWSB: introduction de la demande, accusé de réception',
    url: 'https://bdas-wwsb.brussels/?p=7649',
    confidence: 'confirmed-secondary',
    note: 'The date on the acknowledgement of receipt starts the decision period.',
  },
  'bdas-notification': {
    title: 'BDAS / WWSB: 30 jours + 8 jours',
    url: 'https://bdas-wwsb.brussels/?p=4672',
    confidence: 'confirmed-secondary',
    note: '"au total 38 jours à partir de l’introduction de votre demande".',
  },
  'bdas-appeal': {
    title: 'BDAS / WWSB: recours devant le tribunal du travail',
    url: 'https://bdas-wwsb.brussels/?p=7444',
    confidence: 'confirmed-secondary',
    note: 'Appeal within 3 months of the notification; procedure before a sanction (formal notice, hearing).',
  },
  'bdas-isip': {
    title: 'BDAS / WWSB: le PIIS, qui est concerné',
    url: 'https://bdas-wwsb.brussels/?p=3479',
    confidence: 'confirmed-secondary',
    note: 'ISIP for all new beneficiaries unless health or equity reasons; optional when working part-time with a top-up; concluded within 3 months "de la notification de l’octroi".',
  },
  'bdas-isip-procedure': {
    title: 'BDAS / WWSB: le PIIS, procédure et contenu',
    url: 'https://bdas-wwsb.brussels/?p=3542',
    confidence: 'confirmed-secondary',
    note: '"un délai de réflexion de 5 jours calendrier avant la signature du PIIS".',
  },
  'bdas-sanction': {
    title: 'BDAS / WWSB: sanctions PIIS',
    url: 'https://bdas-wwsb.brussels/?p=3548',
    confidence: 'confirmed-secondary',
    note: 'A suspension of payment, not a withdrawal; the person keeps beneficiary status.',
  },
  'bdas-amounts': {
    title: 'BDAS / WWSB: montants du revenu d’intégration',
    url: 'https://bdas-wwsb.brussels/?p=3288',
    confidence: 'confirmed-secondary',
    note: '"Montants mensuels valables à partir du 01.02.2025".',
  },
  'luttepauvrete-wallonie': {
    title: 'Service de lutte contre la pauvreté: recours contre une décision du CPAS',
    site: 'luttepauvrete.wallonie.be',
    confidence: 'confirmed',
    note: '30 days to decide; appeal "dans les trois mois de la notification de la décision".',
  },
  'droitsquotidiens-piis': {
    title: 'Droits quotidiens: la procédure du PIIS',
    site: 'droitsquotidiens.be',
    confidence: 'confirmed-secondary',
    note: '"un délai de 5 jours calendrier avant la signature" (citing the royal decree, arts 10–21, and the circular of 27 March 2018); meeting within 5 working days, listed among the royal decree’s rules (article not checked).',
  },
  'bruxelles-j-piis': {
    title: 'Bruxelles-J: le PIIS',
    site: 'bruxelles-j.be',
    confidence: 'confirmed-secondary',
    note: 'Says "5 jours ouvrables" (working days) for the cooling-off period: the other reading.',
  },
  'inforjeunes-piis': {
    title: 'Infor Jeunes: le PIIS',
    site: 'inforjeunes.eu',
    confidence: 'confirmed-secondary',
    note: 'ISIP within 3 months of the decision granting the income; at least 3 evaluations a year, 2 in an individual meeting.',
  },
  'vvsg-gpmi': {
    title: 'VVSG: GPMI (kennisitem)',
    site: 'vvsg.be',
    confidence: 'confirmed',
    note: 'At least 3 evaluations a year, at least 2 in personal contact; exemptions for health or equity reasons, an optional GPMI remains possible.',
  },
  'civil-code-working-days': {
    title: 'Code civil, livre 1 (en vigueur le 1er janvier 2023): le samedi n’est plus un jour ouvrable',
    site: 'fidubel.be, dekegeleer.be, altius.com',
    confidence: 'confirmed-secondary',
    note: 'Whether this definition governs the royal decree’s "jours ouvrables" is not confirmed (legal-facts Q12).',
  },
  'act-1974-holidays': {
    title: 'Loi du 4 janvier 1974 relative aux jours fériés; arrêté royal du 18 avril 1974',
    url: 'https://employment.belgium.be/en/regulation-public-holidays',
    confidence: 'confirmed',
  },
  'belgium-be-holidays': {
    title: 'belgium.be: Jours fériés ("Il y a dix jours fériés légaux par an")',
    url: 'https://belgium.be/fr/emploi/conges_et_interruption_de_carriere/jours_feries',
    confidence: 'confirmed',
  },
  'centenvoorstudenten-amounts': {
    title: 'Centen voor studenten: bedrag leefloon (index 1 mei 2024)',
    url: 'https://centenvoorstudenten.be/info/leefloon/bedrag-leefloon',
    confidence: 'confirmed-secondary',
  },
  'cpaslens-amounts': {
    title: 'CPAS de Lens: les montants au 01/05/2024',
    site: 'cpaslens.be',
    confidence: 'confirmed-secondary',
    note: 'Gives 1 288.96 for a single person, probably a typo for 1 288.46.',
  },
  'cpassivryrance-amounts': {
    title: 'CPAS de Sivry-Rance: montants au 01/02/2025',
    site: 'cpassivryrance.be',
    confidence: 'confirmed-secondary',
  },
  'infosdf-abroad': {
    title: 'Infos sans-domicile-fixe: séjour à l’étranger',
    site: 'infosdf.be',
    confidence: 'confirmed-secondary',
    note: 'Payment may be suspended for a stay of more than 28 days abroad.',
  },
  'refli-labour-tribunals': {
    title: 'Refli: les tribunaux du travail et leurs divisions (arrêté royal du 14 mars 2014, tel que modifié)',
    site: 'refli.be',
    confidence: 'confirmed-secondary',
    note: 'The nine labour tribunals and their divisions (legal-facts §12); addresses only for Brussels (Place Poelaert 3) and Brabant wallon (rue Clarisse 115, Nivelles, one seat since 1 October 2024).',
  },
  'droitsquotidiens-appeal': {
    title: 'Droits quotidiens: comment introduire un recours contre la décision du CPAS devant le tribunal du travail',
    site: 'droitsquotidiens.be',
    confidence: 'confirmed-secondary',
    note: 'The tribunal of the domicile (residence if none); the CPAS decision must print its address; a letter sent to the wrong tribunal is forwarded.',
  },
  'bdas-legal-aid': {
    title: 'BDAS / WWSB: l’aide juridique de première et de deuxième ligne',
    url: 'https://bdas-wwsb.brussels/?p=884',
    confidence: 'confirmed-secondary',
    note: 'First-line help free for everyone (Commission d’aide juridique, sessions at maisons de justice and CPAS); second-line (BAJ / BJB) fully free on integration income.',
  },
  'helderrecht-representation': {
    title: 'Helder Recht: vertegenwoordiging door een vakbond of vereniging',
    site: 'helderrecht.be',
    confidence: 'confirmed-secondary',
    note: 'A union or an association may represent the person in court with a written mandate.',
  },
  'seed-guide': {
    title: 'A guide to individualised social integration projects (ISIP), PPS Social Integration (project source document)',
    confidence: 'seed-only',
    note: 'The eight questions; 5-day cooling-off period; meeting within 5 days; at least 3 evaluations, 2 in person; formal notice and the right to be heard.',
  },
  'tournai-cpas': {
    title: 'CPAS de Tournai: le droit à l’intégration sociale (project source document)',
    confidence: 'seed-only',
    note: 'Decision within 30 days of the request; amounts since 1 November 2023.',
  },
  'your-plan': {
    title: 'Your step-by-step plan (your ISIP contract)',
    confidence: 'confirmed',
    note: 'The dates you agreed in your own plan.',
  },
  'this-app': {
    title: 'This app',
    confidence: 'confirmed',
    note: 'Not a legal rule: the app’s own advice (your data exists only on this device).',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES

/** The catalogue entry for an id. */
export function sourceOf(id: SourceId): Source {
  return SOURCES[id]
}
