import { GridDefinition } from './grid-definition';

/**
 * Version 1 of the interview grid, used for the Cahors Sud campaign. A
 * migration stored it as version 1, and a grid in use never changes: a
 * changed grid is published as a new version. The labels of its choices
 * came later (a migration adds them to a stored version 1): they name the
 * same values, so no answer changes meaning.
 */
export const CAHORS_SUD_GRID: GridDefinition = {
  title: 'Grille d’entretien EIT – Cahors Sud',
  sections: [
    {
      theme: 'SERVICES',
      titleFr: 'Services',
      titleEn: 'Services',
      questions: [
        {
          key: 'services.outsourced',
          labelFr:
            'Quels services achetez-vous à l’extérieur (gardiennage, entretien, restauration…) ?',
          labelEn: 'Which services do you buy in (guarding, maintenance, catering…)?',
          answerType: 'TEXT',
        },
        {
          key: 'services.pooling_interest',
          labelFr: 'Quels services seriez-vous prêt à mutualiser avec vos voisins ?',
          labelEn: 'Which services would you share with your neighbours?',
          answerType: 'MULTI_CHOICE',
          choices: [
            'SECURITY',
            'CATERING',
            'GREEN_SPACES',
            'NETWORK',
            'WASTE_COLLECTION',
            'GROUP_PURCHASING',
            'MOBILITY',
          ],
          choiceLabels: [
            {
              value: 'SECURITY',
              labelFr: 'Gardiennage et vidéosurveillance',
              labelEn: 'Security guarding and video surveillance',
            },
            { value: 'CATERING', labelFr: 'Restauration', labelEn: 'Catering' },
            {
              value: 'GREEN_SPACES',
              labelFr: 'Entretien des espaces verts',
              labelEn: 'Green space maintenance',
            },
            { value: 'NETWORK', labelFr: 'Réseau et fibre', labelEn: 'Network and fibre' },
            {
              value: 'WASTE_COLLECTION',
              labelFr: 'Collecte des déchets',
              labelEn: 'Waste collection',
            },
            { value: 'GROUP_PURCHASING', labelFr: 'Achats groupés', labelEn: 'Group purchasing' },
            { value: 'MOBILITY', labelFr: 'Mobilité', labelEn: 'Mobility' },
          ],
        },
      ],
    },
    {
      theme: 'EQUIPMENT',
      titleFr: 'Équipements',
      titleEn: 'Equipment',
      questions: [
        {
          key: 'equipment.underused',
          labelFr: 'Quels équipements sont sous-utilisés (engins, véhicules, salles, stockage) ?',
          labelEn: 'Which equipment is underused (machines, vehicles, rooms, storage)?',
          answerType: 'TEXT',
        },
        {
          key: 'equipment.would_lend',
          labelFr: 'Accepteriez-vous de prêter ou louer ces équipements ?',
          labelEn: 'Would you lend or rent this equipment out?',
          answerType: 'BOOLEAN',
        },
      ],
    },
    {
      theme: 'MATERIALS_WASTE',
      titleFr: 'Matières et déchets',
      titleEn: 'Materials and waste',
      questions: [
        {
          key: 'waste.sorted_on_site',
          labelFr: 'Triez-vous vos déchets sur site ?',
          labelEn: 'Do you sort your waste on site?',
          answerType: 'BOOLEAN',
        },
        {
          key: 'waste.annual_cost_eur',
          labelFr: 'Coût annuel de gestion des déchets (euros)',
          labelEn: 'Yearly cost of waste management (euros)',
          answerType: 'NUMBER',
        },
        {
          key: 'waste.main_flows',
          labelFr: 'Quels sont vos principaux flux de matières et de déchets ?',
          labelEn: 'What are your main material and waste flows?',
          answerType: 'TEXT',
        },
      ],
    },
    {
      theme: 'HR_ANIMATION',
      titleFr: 'Ressources humaines et animation',
      titleEn: 'Human resources and facilitation',
      questions: [
        {
          key: 'hr.recruitment_difficulty',
          labelFr: 'Avez-vous des difficultés à recruter ?',
          labelEn: 'Do you find it hard to recruit?',
          answerType: 'CHOICE',
          choices: ['NONE', 'SOME', 'SEVERE'],
          choiceLabels: [
            { value: 'NONE', labelFr: 'Aucune', labelEn: 'None' },
            { value: 'SOME', labelFr: 'Quelques-unes', labelEn: 'Some' },
            { value: 'SEVERE', labelFr: 'Importantes', labelEn: 'Severe' },
          ],
        },
        {
          key: 'hr.shared_jobs_interest',
          labelFr: 'Un emploi partagé entre entreprises vous intéresserait-il ?',
          labelEn: 'Would a job shared between firms interest you?',
          answerType: 'BOOLEAN',
        },
      ],
    },
    {
      theme: 'FLUIDS',
      titleFr: 'Énergie et eau',
      titleEn: 'Energy and water',
      questions: [
        {
          key: 'fluids.energy_bill_eur',
          labelFr: 'Facture énergétique annuelle (euros)',
          labelEn: 'Yearly energy bill (euros)',
          answerType: 'NUMBER',
        },
        {
          key: 'fluids.waste_heat',
          labelFr: 'Produisez-vous de la chaleur fatale ?',
          labelEn: 'Do you produce waste heat?',
          answerType: 'BOOLEAN',
        },
        {
          key: 'fluids.water_use_m3',
          labelFr: 'Consommation d’eau annuelle (m³)',
          labelEn: 'Yearly water use (m³)',
          answerType: 'NUMBER',
        },
      ],
    },
  ],
};
