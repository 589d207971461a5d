/**
 * The LOT'EC programme on the Cahors Sud park as it happened: the launch at the business
 * association's general meeting on 22 September 2022, a networking breakfast, the steering
 * committee that chose the first synergies, and the prioritisation workshop where firms ranked
 * twelve candidate actions and chose three (a shared CV library with pooled job ads, shared
 * security guarding, coordinated waste sorting); 44 actions studied in all. The two events
 * gather 55 attendances, as the programme reports, and 34 firms contribute (interviewed, at a
 * workshop or voting). People of the programme's bodies attend without an organization, so
 * that the contributing organizations are the firms. Names are invented; the same programme
 * comes out of every run.
 *
 * The follow-up groups of the three chosen actions follow synergies, which the synergy engine
 * detects; they are not part of this data until the engine announces its synergies.
 */
import {
  CAHORS_SUD,
  DemoData,
  DemoOrganization,
  FAMILY_NAMES,
  FIRST_NAMES,
  generateDemoData,
} from './cahors-sud';
import { generateInterviewCampaign, InterviewCampaign } from './interview-campaign';

export type WorkshopKind =
  'AWARENESS_EVENT' | 'NETWORKING' | 'STEERING_COMMITTEE' | 'PRIORITISATION';
export type Carrier = 'ANIMATION' | 'COMPANIES' | 'PARTNER';
export type Theme = 'SERVICES' | 'EQUIPMENT' | 'MATERIALS_WASTE' | 'HR_ANIMATION' | 'FLUIDS';

export interface ProgrammeAttendee {
  personName: string;
  role: string;
  /** SIRET of the firm they came for; none for the programme's bodies. */
  siret?: string;
}

export interface ProgrammeWorkshop {
  kind: WorkshopKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  agenda: string;
  attendees: ProgrammeAttendee[];
  minutes: string;
  /** Decisions, with the titles of the actions they are about. */
  decisions: { text: string; actionTitles: string[] }[];
}

export interface ProgrammeAction {
  title: string;
  theme: Theme;
  categoryCode?: string;
  carrier: Carrier;
}

/** Scores one voter gives a candidate: [impact, investment], each 1 to 5. */
export type Scores = [number, number];

export interface ProgrammeVote {
  siret: string;
  actionTitle: string;
  impact: number;
  investment: number;
}

export interface Programme {
  zone: string;
  /** The year of the action plan. */
  year: number;
  workshops: ProgrammeWorkshop[];
  actions: ProgrammeAction[];
  /** The prioritisation workshop's candidates, its votes and how many it chooses. */
  prioritisation: {
    workshopTitle: string;
    candidates: string[];
    votes: ProgrammeVote[];
    select: number;
  };
  /** The actions the prioritisation chooses, best first. */
  chosen: string[];
}

export const CONTRIBUTING_FIRMS = 34;
export const EVENT_ATTENDANCES = { awareness: 38, networking: 17 };

const CV_LIBRARY = 'CVthèque partagée et offres d’emploi mutualisées';
const GUARDING = 'Gardiennage mutualisé de la zone';
const WASTE_SORTING = 'Tri des déchets coordonné entre entreprises';

/**
 * Each candidate's scores, cycled over the voters (twelve voters: three whole cycles, so the
 * means are those of the four pairs). The three chosen are quick wins with the highest impact.
 */
const CANDIDATE_SCORES: Record<string, Scores[]> = {
  [CV_LIBRARY]: [
    [5, 2],
    [5, 1],
    [4, 2],
    [5, 2],
  ],
  [GUARDING]: [
    [5, 2],
    [4, 2],
    [5, 3],
    [4, 2],
  ],
  [WASTE_SORTING]: [
    [4, 2],
    [5, 2],
    [4, 1],
    [4, 2],
  ],
  'Groupement d’achat de fournitures de bureau': [
    [4, 2],
    [3, 2],
    [4, 1],
    [3, 2],
  ],
  'Restauration inter-entreprises': [
    [5, 4],
    [4, 5],
    [5, 4],
    [4, 4],
  ],
  'Navette de bus depuis la gare de Cahors': [
    [4, 5],
    [4, 4],
    [3, 5],
    [4, 4],
  ],
  'Signalétique commune de la zone': [
    [2, 2],
    [3, 1],
    [2, 2],
    [3, 2],
  ],
  'Centrale photovoltaïque en autoconsommation collective': [
    [5, 5],
    [4, 5],
    [4, 4],
    [5, 5],
  ],
  'Bornes de recharge partagées': [
    [3, 4],
    [3, 3],
    [2, 4],
    [3, 4],
  ],
  'Entretien mutualisé des espaces verts': [
    [2, 2],
    [2, 1],
    [3, 2],
    [2, 2],
  ],
  'Récupération des eaux de pluie': [
    [2, 4],
    [1, 5],
    [2, 4],
    [2, 5],
  ],
  'Salle de réunion partagée': [
    [3, 2],
    [2, 2],
    [3, 1],
    [2, 2],
  ],
};

// prettier-ignore
const OTHER_ACTIONS: [string, Theme, Carrier, string?][] = [
  ['Animateur de zone à temps partagé', 'HR_ANIMATION', 'ANIMATION', 'HR_ZONE_FACILITATION'],
  ['Annuaire des compétences des entreprises', 'HR_ANIMATION', 'ANIMATION', 'HR_SKILLS_SHARING'],
  ['Formations SST mutualisées', 'HR_ANIMATION', 'PARTNER', 'HR_TRAINING'],
  ['Emplois partagés de maintenance', 'HR_ANIMATION', 'COMPANIES', 'HR_SHARED_JOBS'],
  ['Club des dirigeants de la zone', 'HR_ANIMATION', 'ANIMATION'],
  ['Lettre d’information trimestrielle', 'HR_ANIMATION', 'ANIMATION'],
  ['Collecte groupée des cartons', 'MATERIALS_WASTE', 'COMPANIES', 'WASTE_CARDBOARD'],
  ['Collecte groupée des films plastiques', 'MATERIALS_WASTE', 'COMPANIES', 'WASTE_PLASTIC_FILMS'],
  ['Bourse aux palettes', 'MATERIALS_WASTE', 'COMPANIES', 'MATERIAL_PALLETS'],
  ['Valorisation des chutes de bois', 'MATERIALS_WASTE', 'COMPANIES', 'WASTE_WOOD'],
  ['Collecte des biodéchets de la restauration', 'MATERIALS_WASTE', 'PARTNER', 'WASTE_ORGANIC_FOOD'],
  ['Filière de reprise des métaux', 'MATERIALS_WASTE', 'COMPANIES', 'WASTE_METALS'],
  ['Déchèterie professionnelle de proximité', 'SERVICES', 'PARTNER', 'SERVICE_WASTE_COLLECTION'],
  ['Collecte des huiles usagées', 'MATERIALS_WASTE', 'PARTNER', 'WASTE_USED_OILS'],
  ['Réemploi des emballages entre entreprises', 'MATERIALS_WASTE', 'COMPANIES', 'MATERIAL_PACKAGING'],
  ['Diagnostic déchets par le SYDED', 'MATERIALS_WASTE', 'PARTNER'],
  ['Achat groupé d’électricité', 'FLUIDS', 'COMPANIES', 'ENERGY_ELECTRICITY'],
  ['Récupération de chaleur fatale', 'FLUIDS', 'COMPANIES', 'ENERGY_WASTE_HEAT'],
  ['Diagnostics énergie des bâtiments', 'FLUIDS', 'PARTNER'],
  ['Suivi partagé des consommations d’eau', 'FLUIDS', 'ANIMATION', 'WATER_DRINKING'],
  ['Mutualisation d’engins de manutention', 'EQUIPMENT', 'COMPANIES', 'EQUIPMENT_HANDLING'],
  ['Prêt de véhicules utilitaires', 'EQUIPMENT', 'COMPANIES', 'EQUIPMENT_VEHICLES'],
  ['Stockage froid partagé', 'EQUIPMENT', 'COMPANIES', 'EQUIPMENT_COLD_STORAGE'],
  ['Espace de stockage partagé', 'EQUIPMENT', 'COMPANIES', 'EQUIPMENT_STORAGE_SPACE'],
  ['Vidéosurveillance mutualisée', 'SERVICES', 'COMPANIES', 'SERVICE_VIDEO_SURVEILLANCE'],
  ['Nettoyage des locaux mutualisé', 'SERVICES', 'COMPANIES', 'SERVICE_CLEANING'],
  ['Paniers repas de producteurs locaux', 'SERVICES', 'PARTNER', 'SERVICE_LOCAL_MEAL_BASKETS'],
  ['Food trucks sur la zone', 'SERVICES', 'ANIMATION', 'SERVICE_FOOD_TRUCKS'],
  ['Raccordement à la fibre optique', 'SERVICES', 'PARTNER', 'SERVICE_NETWORK_FIBRE'],
  ['Station multiservices', 'SERVICES', 'PARTNER', 'SERVICE_MULTI_SERVICE_STATION'],
  ['Plan de mobilité inter-entreprises', 'SERVICES', 'ANIMATION'],
  ['Covoiturage entre salariés', 'SERVICES', 'ANIMATION'],
];

const CANDIDATE_DEFINITIONS: ProgrammeAction[] = [
  {
    title: CV_LIBRARY,
    theme: 'HR_ANIMATION',
    categoryCode: 'HR_SHARED_JOB_ADS',
    carrier: 'ANIMATION',
  },
  {
    title: GUARDING,
    theme: 'SERVICES',
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    carrier: 'COMPANIES',
  },
  {
    title: WASTE_SORTING,
    theme: 'SERVICES',
    categoryCode: 'SERVICE_WASTE_COLLECTION',
    carrier: 'PARTNER',
  },
  {
    title: 'Groupement d’achat de fournitures de bureau',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_GROUP_PURCHASING',
    carrier: 'COMPANIES',
  },
  {
    title: 'Restauration inter-entreprises',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_INTER_COMPANY_CATERING',
    carrier: 'PARTNER',
  },
  {
    title: 'Navette de bus depuis la gare de Cahors',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_SHUTTLE_BUS',
    carrier: 'PARTNER',
  },
  {
    title: 'Signalétique commune de la zone',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_ZONE_SIGNAGE',
    carrier: 'PARTNER',
  },
  {
    title: 'Centrale photovoltaïque en autoconsommation collective',
    theme: 'FLUIDS',
    categoryCode: 'ENERGY_RENEWABLE',
    carrier: 'COMPANIES',
  },
  {
    title: 'Bornes de recharge partagées',
    theme: 'EQUIPMENT',
    categoryCode: 'EQUIPMENT_EV_CHARGING_POINTS',
    carrier: 'COMPANIES',
  },
  {
    title: 'Entretien mutualisé des espaces verts',
    theme: 'SERVICES',
    categoryCode: 'SERVICE_GREEN_SPACE_MAINTENANCE',
    carrier: 'COMPANIES',
  },
  {
    title: 'Récupération des eaux de pluie',
    theme: 'FLUIDS',
    categoryCode: 'WATER_RAINWATER',
    carrier: 'COMPANIES',
  },
  {
    title: 'Salle de réunion partagée',
    theme: 'EQUIPMENT',
    categoryCode: 'EQUIPMENT_MEETING_ROOMS',
    carrier: 'COMPANIES',
  },
];

/** The bodies' people, by the body they speak for. */
const FACILITATOR = {
  personName: 'Lucie Ferrand',
  role: 'Animatrice EIT, Boucles Locales Conseil',
};
const GRAND_CAHORS = { personName: 'Anne Vernhes', role: 'Chargée de mission, Grand Cahors' };
const CCI = { personName: 'Isabelle Conte', role: 'Conseillère environnement, CCI du Lot' };
const SYDED = { personName: 'Marc Lavergne', role: 'Prévention des déchets, SYDED du Lot' };

/** The firm's contact when it has one, otherwise a name no other attendee of the data has. */
function representatives(firms: DemoOrganization[]): ProgrammeAttendee[] {
  const taken = new Set(firms.flatMap((firm) => (firm.contact ? [firm.contact.name] : [])));
  const names = FIRST_NAMES.flatMap((first) =>
    FAMILY_NAMES.map((family) => `${first} ${family}`),
  ).filter((name) => !taken.has(name));
  let next = 0;
  return firms.map((firm) => ({
    siret: firm.siret,
    personName: firm.contact?.name ?? names[next++],
    role: firm.contact?.role ?? 'Direction',
  }));
}

/** The 34 contributing firms: the 21 interviewed, then park firms with a contact. */
function contributingFirms(data: DemoData, campaign: InterviewCampaign): DemoOrganization[] {
  const interviewed = new Set(campaign.interviews.map((interview) => interview.siret));
  const parkFirms = data.organizations.filter((o) => o.zone === CAHORS_SUD && o.kind === 'COMPANY');
  const others = parkFirms
    .filter((firm) => !interviewed.has(firm.siret))
    .sort((a, b) => Number(!a.contact) - Number(!b.contact));
  return [
    ...parkFirms.filter((firm) => interviewed.has(firm.siret)),
    ...others.slice(0, CONTRIBUTING_FIRMS - interviewed.size),
  ];
}

export function generateProgramme(
  data: DemoData = generateDemoData(),
  campaign: InterviewCampaign = generateInterviewCampaign(data),
): Programme {
  const people = representatives(contributingFirms(data, campaign));
  const bodies = [FACILITATOR, GRAND_CAHORS, CCI, SYDED];
  const voters = people.slice(0, 12);
  const candidates = CANDIDATE_DEFINITIONS.map((action) => action.title);
  const chosen = [CV_LIBRARY, GUARDING, WASTE_SORTING];
  const prioritisationTitle = 'Atelier de priorisation des actions';
  const president = { ...people[0], role: 'Président de l’association des entreprises' };
  return {
    zone: CAHORS_SUD,
    year: 2023,
    actions: [
      ...CANDIDATE_DEFINITIONS,
      ...OTHER_ACTIONS.map(([title, theme, carrier, categoryCode]) => ({
        title,
        theme,
        carrier,
        ...(categoryCode ? { categoryCode } : {}),
      })),
    ],
    workshops: [
      {
        kind: 'AWARENESS_EVENT',
        title: 'Lancement de LOT’EC à l’assemblée générale de l’association des entreprises',
        startsAt: '2022-09-22T18:00:00+02:00',
        endsAt: '2022-09-22T20:00:00+02:00',
        place: 'Cahors Sud, salle de l’association des entreprises',
        agenda:
          'L’écologie industrielle et territoriale ; la démarche LOT’EC ; la campagne d’entretiens',
        attendees: [...people, ...bodies],
        minutes:
          'Présentation de la démarche ; les entreprises volontaires pour un entretien se signalent.',
        decisions: [{ text: 'Lancer la campagne d’entretiens en octobre 2022', actionTitles: [] }],
      },
      {
        kind: 'NETWORKING',
        title: 'Petit-déjeuner de mise en réseau des entreprises',
        startsAt: '2022-11-17T08:30:00+01:00',
        endsAt: '2022-11-17T10:30:00+01:00',
        place: 'Cahors Sud, restaurant d’entreprise',
        agenda: 'Premiers besoins partagés ; speed-meeting entre entreprises',
        attendees: [...people.slice(19, 34), FACILITATOR, CCI],
        minutes: 'Premiers besoins partagés : gardiennage, recrutement, collecte des déchets.',
        decisions: [],
      },
      {
        kind: 'STEERING_COMMITTEE',
        title: 'Comité de pilotage : choix des premières synergies',
        startsAt: '2023-01-26T14:00:00+01:00',
        endsAt: '2023-01-26T16:00:00+01:00',
        place: 'Grand Cahors, salle du conseil',
        agenda: 'Bilan des 21 entretiens ; synergies potentielles ; actions à prioriser',
        attendees: [...bodies, president],
        minutes:
          '37 synergies collectives et 22 B2B potentielles ; douze actions soumises aux entreprises.',
        decisions: [
          { text: 'Soumettre douze actions à l’atelier de priorisation', actionTitles: candidates },
        ],
      },
      {
        kind: 'PRIORITISATION',
        title: prioritisationTitle,
        startsAt: '2023-03-16T09:00:00+01:00',
        endsAt: '2023-03-16T12:00:00+01:00',
        place: 'Cahors Sud, salle de l’association des entreprises',
        agenda: 'Vote sur l’impact et l’investissement de chaque action ; choix de trois actions',
        attendees: [...voters, FACILITATOR],
        minutes:
          'Trois actions retenues : emploi, gardiennage mutualisé, tri des déchets coordonné.',
        decisions: [
          {
            text: 'Constituer un groupe de suivi pour chaque action retenue',
            actionTitles: chosen,
          },
        ],
      },
    ],
    prioritisation: {
      workshopTitle: prioritisationTitle,
      candidates,
      select: chosen.length,
      votes: voters.flatMap((voter, index) =>
        candidates.map((actionTitle) => {
          const cycle = CANDIDATE_SCORES[actionTitle];
          const [impact, investment] = cycle[index % cycle.length];
          return { siret: voter.siret as string, actionTitle, impact, investment };
        }),
      ),
    },
    chosen,
  };
}
