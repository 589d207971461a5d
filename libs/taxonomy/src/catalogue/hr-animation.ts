import type { CategoryDefinition } from '../category-definition';

/** People: jobs, skills, training, and the facilitation of the zone itself. */
export const HR_ANIMATION_CATEGORIES = [
  {
    code: 'HR_ZONE_FACILITATION',
    labelFr: "Animation de la zone d'activités",
    labelEn: 'Business park facilitation',
    dimension: 'NONE',
    collectiveNeed: true,
  },
  {
    code: 'HR_SHARED_JOBS',
    labelFr: "Emplois et postes partagés (groupement d'employeurs)",
    labelEn: 'Shared jobs and posts (employer groups)',
    dimension: 'TIME',
    collectiveNeed: true,
  },
  {
    code: 'HR_SKILLS_SHARING',
    labelFr: "Prêt de compétences et de main-d'œuvre",
    labelEn: 'Lending of skills and staff',
    dimension: 'TIME',
  },
  {
    code: 'HR_TRAINING',
    labelFr: 'Formation',
    labelEn: 'Training',
    dimension: 'TIME',
  },
  {
    // Positions to fill. A need only: a firm does not offer "recruitment", it offers a shared job
    // or a job board, which meet this need.
    code: 'HR_RECRUITMENT',
    labelFr: 'Recrutement',
    labelEn: 'Recruitment',
    dimension: 'COUNT',
    declarationKinds: ['NEED'],
  },
  {
    code: 'HR_SHARED_JOB_ADS',
    labelFr: "Bourse d'emploi et offres d'emploi mutualisées",
    labelEn: 'Shared job board and job ads',
    dimension: 'NONE',
  },
] as const satisfies readonly CategoryDefinition[];
