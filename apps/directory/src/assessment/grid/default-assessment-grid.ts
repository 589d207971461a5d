import { IndicatorDefinition, ScaleLevel } from './assessment-grid-definition';

/** The 0–4 scale of LOT'EC's entered indicators. */
const FIVE_LEVELS: ScaleLevel[] = [
  { level: 0, labelFr: 'Nul', labelEn: 'None' },
  { level: 1, labelFr: 'Faible', labelEn: 'Low' },
  { level: 2, labelFr: 'Moyen', labelEn: 'Medium' },
  { level: 3, labelFr: 'Fort', labelEn: 'High' },
  { level: 4, labelFr: 'Très fort', labelEn: 'Very high' },
];

const entered = (indicator: Omit<IndicatorDefinition, 'kind' | 'scale'>): IndicatorDefinition => ({
  ...indicator,
  kind: 'ENTERED',
  scale: FIVE_LEVELS,
});

/**
 * Version 1 of the assessment grid: the choice LOT'EC made to pick its first zone. What the
 * facilitator knows of a zone (the authority's knowledge of it, its regional interest, the
 * collective practices already there, land left to build on) is entered with a justification;
 * the rest is computed from the directory. The normalisations take Cahors Sud, the largest zone
 * of the Grand Cahors (about 100 establishments, 800 jobs, 137 needs declared), as the top of
 * the range, so a zone that size scores near 100.
 *
 * A migration stored this grid as version 1; a grid in use never changes, a changed one is
 * published as a new version.
 */
export const DEFAULT_ASSESSMENT_GRID: { title: string; indicators: IndicatorDefinition[] } = {
  title: 'Diagnostic territorial EIT – LOT’EC',
  indicators: [
    entered({
      key: 'territorial.authority_knowledge',
      dynamic: 'TERRITORIAL',
      labelFr: 'Connaissance de la zone par la collectivité',
      labelEn: "The authority's knowledge of the zone",
      weight: 2,
    }),
    entered({
      key: 'territorial.regional_interest',
      dynamic: 'TERRITORIAL',
      labelFr: 'Intérêt régional de la zone',
      labelEn: 'Regional interest of the zone',
      weight: 2,
    }),
    entered({
      key: 'territorial.land_availability',
      dynamic: 'TERRITORIAL',
      labelFr: 'Disponibilité foncière',
      labelEn: 'Land availability',
      weight: 1,
    }),
    {
      key: 'territorial.establishment_density',
      dynamic: 'TERRITORIAL',
      labelFr: 'Densité d’établissements (par km²)',
      labelEn: 'Establishments per km²',
      kind: 'COMPUTED',
      rule: 'DENSITY_PER_KM2',
      normalisation: { min: 0, max: 60 },
      weight: 1,
    },
    {
      key: 'economic.establishments',
      dynamic: 'ECONOMIC',
      labelFr: 'Nombre d’établissements',
      labelEn: 'Number of establishments',
      kind: 'COMPUTED',
      rule: 'ESTABLISHMENT_COUNT',
      normalisation: { min: 0, max: 100 },
      weight: 1,
    },
    {
      key: 'economic.jobs',
      dynamic: 'ECONOMIC',
      labelFr: 'Nombre d’emplois',
      labelEn: 'Number of jobs',
      kind: 'COMPUTED',
      rule: 'JOB_COUNT',
      normalisation: { min: 0, max: 800 },
      weight: 1,
    },
    {
      key: 'economic.productive_share',
      dynamic: 'ECONOMIC',
      labelFr: 'Part d’activités productives (industrie, artisanat, BTP, logistique)',
      labelEn: 'Share of productive activities (industry, crafts, construction, logistics)',
      kind: 'COMPUTED',
      rule: 'PRODUCTIVE_SHARE',
      normalisation: { min: 0, max: 100 },
      weight: 2,
    },
    {
      key: 'environmental.declared_resources',
      dynamic: 'ENVIRONMENTAL',
      labelFr: 'Ressources déclarées (t/an)',
      labelEn: 'Resources declared (t a year)',
      kind: 'COMPUTED',
      rule: 'DECLARED_RESOURCE_TONNES',
      normalisation: { min: 0, max: 500 },
      weight: 1,
    },
    {
      key: 'environmental.declared_needs',
      dynamic: 'ENVIRONMENTAL',
      labelFr: 'Besoins déclarés',
      labelEn: 'Needs declared',
      kind: 'COMPUTED',
      rule: 'NEED_COUNT',
      normalisation: { min: 0, max: 140 },
      weight: 1,
    },
    entered({
      key: 'environmental.known_stakes',
      dynamic: 'ENVIRONMENTAL',
      labelFr: 'Enjeux environnementaux identifiés (flux, déchets, énergie)',
      labelEn: 'Known environmental stakes (flows, waste, energy)',
      weight: 1,
    }),
    {
      key: 'social.association_share',
      dynamic: 'SOCIAL_ORGANISATIONAL',
      labelFr: 'Part d’adhérents à l’association d’entreprises',
      labelEn: 'Share of business association members',
      kind: 'COMPUTED',
      rule: 'ASSOCIATION_SHARE',
      normalisation: { min: 0, max: 100 },
      weight: 2,
    },
    entered({
      key: 'social.collective_practices',
      dynamic: 'SOCIAL_ORGANISATIONAL',
      labelFr: 'Pratiques collectives existantes',
      labelEn: 'Existing collective practices',
      weight: 2,
    }),
  ],
};
