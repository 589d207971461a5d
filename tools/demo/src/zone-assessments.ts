/**
 * The zone assessments of the Grand Cahors (the programme's « diagnostic territorial ») on
 * version 1 of the assessment grid: the levels the facilitator entered for each of the seven
 * zones, with a justification each, and the steering committee's choice of Cahors Sud. The computed indicators come from the directory
 * itself; only Cahors Sud has firms in the demo, so the other zones are told apart by what the
 * facilitator knows of them. The levels and the date are invented; the reasons are LOT'EC's.
 */
import { CAHORS_SUD } from './cahors-sud';

export const ASSESSMENT_GRID_VERSION = 1;

/** The ENTERED indicators of version 1 of the assessment grid, as the directory ships it. */
export const ENTERED_INDICATORS = [
  'territorial.authority_knowledge',
  'territorial.regional_interest',
  'territorial.land_availability',
  'environmental.known_stakes',
  'social.collective_practices',
] as const;
export type EnteredIndicator = (typeof ENTERED_INDICATORS)[number];

/** Levels run 0 (none) to 4 (very high). */
export const TOP_LEVEL = 4;

export interface EnteredLevel {
  level: number;
  justification: string;
}

export interface ZoneAssessment {
  zone: string;
  levels: Record<EnteredIndicator, EnteredLevel>;
}

export interface ZoneAssessments {
  gridVersion: number;
  zones: ZoneAssessment[];
  choice: { zone: string; rationale: string; decidedAt: string };
}

type Levels = [number, number, number, number, number];

/** Why each level, by indicator, from none (0) to very high (4). */
const REASONS: Record<EnteredIndicator, string[]> = {
  'territorial.authority_knowledge': [
    'Zone jamais étudiée par l’agglomération',
    'Zone connue de nom, sans suivi',
    'Quelques échanges ponctuels avec les entreprises',
    'Suivie par le service développement économique',
    'Gérée et animée par l’agglomération, entreprises connues une à une',
  ],
  'territorial.regional_interest': [
    'Aucun intérêt régional identifié',
    'Intérêt local seulement',
    'Citée dans le schéma régional',
    'Zone d’intérêt régional au SRDEII',
    'Zone d’intérêt régional, le long de l’A20, soutenue par la Région',
  ],
  'territorial.land_availability': [
    'Aucun foncier disponible',
    'Quelques parcelles résiduelles',
    'Des lots à commercialiser',
    'Une extension en cours',
    'Une réserve foncière importante',
  ],
  'environmental.known_stakes': [
    'Aucun enjeu connu',
    'Enjeux supposés, non documentés',
    'Quelques flux de déchets signalés par le SYDED',
    'Flux de déchets, d’énergie et de transport identifiés',
    'Enjeux chiffrés et partagés avec les entreprises',
  ],
  'social.collective_practices': [
    'Aucune pratique collective',
    'Des échanges informels entre voisins',
    'Un club d’entreprises naissant',
    'Des achats groupés ponctuels',
    'Une association d’entreprises active depuis des années',
  ],
};

/**
 * The entered levels of each zone, in the order of ENTERED_INDICATORS; the zones are listed in
 * the order the assessment ranks them on grid 1 (Cahors Sud 83.8 down to Cahors Nord 8.3).
 */
const LEVELS: Record<string, Levels> = {
  [CAHORS_SUD]: [4, 4, 2, 3, 4],
  'Mercuès – Le Bourdié': [2, 2, 3, 2, 2],
  'Terre Rouge': [3, 1, 1, 1, 2],
  Regourd: [3, 1, 1, 1, 1],
  'Les Grands Camps': [2, 1, 2, 1, 1],
  'Pradines – Bellevue': [1, 0, 2, 1, 1],
  'Cahors Nord – Labéraudie': [2, 0, 1, 1, 0],
};

function zoneAssessment(zone: string, levels: Levels): ZoneAssessment {
  const entries = ENTERED_INDICATORS.map((key, index) => {
    const level = levels[index];
    return [key, { level, justification: REASONS[key][level] }] as const;
  });
  return { zone, levels: Object.fromEntries(entries) as ZoneAssessment['levels'] };
}

export function generateZoneAssessments(): ZoneAssessments {
  return {
    gridVersion: ASSESSMENT_GRID_VERSION,
    zones: Object.entries(LEVELS).map(([zone, levels]) => zoneAssessment(zone, levels)),
    choice: {
      zone: CAHORS_SUD,
      rationale:
        'Cahors Sud d’abord : une association d’entreprises active (l’habitude de travailler ' +
        'ensemble), une zone que l’agglomération connaît bien, une mixité d’activités propice ' +
        '(industrie, artisanat, BTP, logistique) et un intérêt régional.',
      decidedAt: '2022-03-15',
    },
  };
}
