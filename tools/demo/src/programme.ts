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
 * Then a follow-up group for each chosen action, following the zone's collective synergy of
 * the shared need behind it (recruiting, security guarding, waste collection), which the
 * synergy engine detects from the campaign's declarations: each compares scenarios, and the
 * guarding and the waste groups choose theirs; the employment group waits for a partner's
 * answer. The synergies' members come; the facilitator leads.
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
  'AWARENESS_EVENT' | 'NETWORKING' | 'STEERING_COMMITTEE' | 'PRIORITISATION' | 'FOLLOW_UP_GROUP';
export type Carrier = 'ANIMATION' | 'COMPANIES' | 'PARTNER';
export type Theme = 'SERVICES' | 'EQUIPMENT' | 'MATERIALS_WASTE' | 'HR_ANIMATION' | 'FLUIDS';

export interface ProgrammeAttendee {
  personName: string;
  role: string;
  /** SIRET of the firm they came for; none for the programme's bodies. */
  siret?: string;
}

export interface ProgrammeScenario {
  title: string;
  description: string;
  costCents: number;
  expectedImpact: string;
}

/** What a follow-up group's meeting follows, and the scenarios it compares. */
export interface ProgrammeFollowUp {
  /** The shared need of the zone's COLLECTIVE synergy that the group follows. */
  categoryCode: string;
  scenarios: ProgrammeScenario[];
  /** The title of the scenario the meeting chooses; none while the group still compares. */
  chosen?: string;
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
  /** A FOLLOW_UP_GROUP's synergy and scenarios. */
  followUp?: ProgrammeFollowUp;
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
  /** Who moves the followed synergies through their lifecycle, as the engine's history shows. */
  facilitator: string;
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

/** The people of the interviewed firms that declared the need, who make up its synergy. */
function membersOf(
  people: ProgrammeAttendee[],
  campaign: InterviewCampaign,
  categoryCode: string,
): ProgrammeAttendee[] {
  const needing = new Set(
    campaign.interviews
      .filter((interview) =>
        interview.declarations.some(
          (declaration) => declaration.kind === 'NEED' && declaration.categoryCode === categoryCode,
        ),
      )
      .map((interview) => interview.siret),
  );
  return people.filter((person) => person.siret && needing.has(person.siret));
}

function followUpMeeting(
  group: FollowUpGroup,
  people: ProgrammeAttendee[],
  campaign: InterviewCampaign,
): ProgrammeWorkshop {
  const { followUp } = group;
  return {
    kind: 'FOLLOW_UP_GROUP',
    title: group.title,
    startsAt: group.startsAt,
    endsAt: group.endsAt,
    place: 'Cahors Sud, salle de l’association des entreprises',
    agenda: 'Comparer les scénarios de mise en œuvre ; choisir celui à lancer',
    attendees: [
      ...membersOf(people, campaign, followUp.categoryCode),
      FACILITATOR,
      ...(group.partner ? [group.partner] : []),
    ],
    minutes: group.minutes,
    decisions: followUp.chosen
      ? [{ text: `Retenir le scénario « ${followUp.chosen} »`, actionTitles: [group.action] }]
      : [],
    followUp,
  };
}

interface FollowUpGroup {
  /** The chosen action the group brings to life. */
  action: string;
  title: string;
  startsAt: string;
  endsAt: string;
  followUp: ProgrammeFollowUp;
  minutes: string;
  /** A partner body's person, when one comes. */
  partner?: ProgrammeAttendee;
}

const FOLLOW_UP_GROUPS: FollowUpGroup[] = [
  {
    action: CV_LIBRARY,
    title: 'Groupe de suivi emploi : CVthèque et offres mutualisées',
    startsAt: '2023-09-14T14:00:00+02:00',
    endsAt: '2023-09-14T16:00:00+02:00',
    followUp: {
      categoryCode: 'HR_RECRUITMENT',
      scenarios: [
        {
          title: 'CVthèque en ligne sur le site de l’association',
          description: 'Les entreprises déposent leurs offres ; les candidats, leur CV.',
          costCents: 350_000,
          expectedImpact: 'Toutes les offres de la zone visibles au même endroit',
        },
        {
          title: 'Forum emploi annuel avec France Travail',
          description: 'Une matinée de recrutement sur la zone, préparée avec France Travail.',
          costCents: 800_000,
          expectedImpact: 'Une centaine de candidats rencontrés chaque année',
        },
      ],
    },
    minutes: 'Deux scénarios comparés ; choix reporté à la réponse de France Travail.',
  },
  {
    action: GUARDING,
    title: 'Groupe de suivi gardiennage mutualisé',
    startsAt: '2023-09-21T14:00:00+02:00',
    endsAt: '2023-09-21T16:00:00+02:00',
    followUp: {
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      scenarios: [
        {
          title: 'Un gardien de nuit partagé',
          description: 'Un gardien salarié par le groupement, présent toutes les nuits.',
          costCents: 4_200_000,
          expectedImpact: '−30 % sur le coût du gardiennage de chaque entreprise',
        },
        {
          title: 'Rondes mutualisées d’une société de surveillance',
          description: 'Deux rondes par nuit sur toute la zone, un contrat pour tous.',
          costCents: 1_800_000,
          expectedImpact: '−50 % sur le coût du gardiennage de chaque entreprise',
        },
      ],
      chosen: 'Rondes mutualisées d’une société de surveillance',
    },
    minutes:
      'Les rondes mutualisées coûtent moins et couvrent toute la zone : elles sont retenues.',
  },
  {
    action: WASTE_SORTING,
    title: 'Groupe de suivi tri des déchets coordonné',
    startsAt: '2023-10-05T09:30:00+02:00',
    endsAt: '2023-10-05T11:30:00+02:00',
    followUp: {
      categoryCode: 'SERVICE_WASTE_COLLECTION',
      scenarios: [
        {
          title: 'Collecte groupée des cartons et films par le SYDED',
          description: 'Une tournée commune chaque semaine, des bacs de tri fournis.',
          costCents: 600_000,
          expectedImpact: '20 t de cartons et de films triés par an',
        },
        {
          title: 'Benne cinq flux partagée',
          description: 'Une benne de tri sur un terrain de l’association, vidée à la demande.',
          costCents: 1_200_000,
          expectedImpact: '15 t de déchets triés par an',
        },
      ],
      chosen: 'Collecte groupée des cartons et films par le SYDED',
    },
    minutes: 'La collecte du SYDED est retenue ; la benne partagée reste une piste.',
    partner: SYDED,
  },
];

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

const PRIORITISATION_TITLE = 'Atelier de priorisation des actions';

/** The launch at the firms' association's general meeting, before the interviews. */
function launchEvent(people: ProgrammeAttendee[], bodies: ProgrammeAttendee[]): ProgrammeWorkshop {
  return {
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
  };
}

/** The first networking event, during the interviews. */
function networkingBreakfast(people: ProgrammeAttendee[]): ProgrammeWorkshop {
  return {
    kind: 'NETWORKING',
    title: 'Petit-déjeuner de mise en réseau des entreprises',
    startsAt: '2022-11-17T08:30:00+01:00',
    endsAt: '2022-11-17T10:30:00+01:00',
    place: 'Cahors Sud, restaurant d’entreprise',
    agenda: 'Premiers besoins partagés ; speed-meeting entre entreprises',
    attendees: [...people.slice(19, 34), FACILITATOR, CCI],
    minutes: 'Premiers besoins partagés : gardiennage, recrutement, collecte des déchets.',
    decisions: [],
  };
}

/** The steering committee that chose the actions to put to the firms. */
function steeringCommittee(
  bodies: ProgrammeAttendee[],
  president: ProgrammeAttendee,
  candidates: string[],
): ProgrammeWorkshop {
  return {
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
  };
}

/** The workshop where the firms voted on the candidate actions. */
function prioritisationWorkshop(voters: ProgrammeAttendee[], chosen: string[]): ProgrammeWorkshop {
  return {
    kind: 'PRIORITISATION',
    title: PRIORITISATION_TITLE,
    startsAt: '2023-03-16T09:00:00+01:00',
    endsAt: '2023-03-16T12:00:00+01:00',
    place: 'Cahors Sud, salle de l’association des entreprises',
    agenda: 'Vote sur l’impact et l’investissement de chaque action ; choix de trois actions',
    attendees: [...voters, FACILITATOR],
    minutes: 'Trois actions retenues : emploi, gardiennage mutualisé, tri des déchets coordonné.',
    decisions: [
      {
        text: 'Constituer un groupe de suivi pour chaque action retenue',
        actionTitles: chosen,
      },
    ],
  };
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
      launchEvent(people, bodies),
      networkingBreakfast(people),
      steeringCommittee(bodies, president, candidates),
      prioritisationWorkshop(voters, chosen),
      ...FOLLOW_UP_GROUPS.map((group) => followUpMeeting(group, people, campaign)),
    ],
    prioritisation: {
      workshopTitle: PRIORITISATION_TITLE,
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
    facilitator: FACILITATOR.personName,
  };
}
