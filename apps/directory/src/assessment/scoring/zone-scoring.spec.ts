import { IndicatorDefinition, ScaleLevel } from '../grid/assessment-grid-definition';
import { ZoneFacts } from './computed-rules';
import {
  EnteredValue,
  levelScore,
  missingEnteredIndicator,
  normalise,
  scoreZone,
} from './zone-scoring';

const scale = (top: number): ScaleLevel[] =>
  Array.from({ length: top + 1 }, (_, level) => ({
    level,
    labelFr: `${level}`,
    labelEn: `${level}`,
  }));

const computed = (
  key: string,
  dynamic: IndicatorDefinition['dynamic'],
  rule: IndicatorDefinition['rule'],
  max: number,
  weight = 1,
): IndicatorDefinition => ({
  key,
  dynamic,
  rule,
  weight,
  kind: 'COMPUTED',
  labelFr: key,
  labelEn: key,
  normalisation: { min: 0, max },
});

const entered = (
  key: string,
  dynamic: IndicatorDefinition['dynamic'],
  topLevel: number,
  weight: number,
): IndicatorDefinition => ({
  key,
  dynamic,
  weight,
  kind: 'ENTERED',
  labelFr: key,
  labelEn: key,
  scale: scale(topLevel),
});

/** A small grid, every number chosen so that the scores can be worked out by hand. */
const GRID: IndicatorDefinition[] = [
  entered('territorial.knowledge', 'TERRITORIAL', 4, 2),
  computed('territorial.density', 'TERRITORIAL', 'DENSITY_PER_KM2', 40),
  computed('economic.establishments', 'ECONOMIC', 'ESTABLISHMENT_COUNT', 10),
  computed('economic.jobs', 'ECONOMIC', 'JOB_COUNT', 100),
  computed('economic.productive_share', 'ECONOMIC', 'PRODUCTIVE_SHARE', 100, 2),
  computed('environmental.resources', 'ENVIRONMENTAL', 'DECLARED_RESOURCE_TONNES', 50),
  computed('environmental.needs', 'ENVIRONMENTAL', 'NEED_COUNT', 10),
  computed('social.association_share', 'SOCIAL_ORGANISATIONAL', 'ASSOCIATION_SHARE', 100),
  entered('social.practices', 'SOCIAL_ORGANISATIONAL', 2, 3),
];

/** Four establishments on 0.2 km², 30 jobs, three productive, one member; 12.5 t and 12 needs declared. */
const FACTS: ZoneFacts = {
  establishments: 4,
  jobs: 30,
  productiveEstablishments: 3,
  associationMembers: 1,
  areaKm2: 0.2,
  declaredResourceTonnes: 12.5,
  needCount: 12,
};

const ENTERED = new Map<string, EnteredValue>([
  ['territorial.knowledge', { level: 3, justification: 'Suivie par le service économique' }],
  ['social.practices', { level: 1, justification: 'Un club d’entreprises naissant' }],
]);

describe('scoring a zone', () => {
  it('maps a value to 0–100 linearly between min and max, clamped, and the other way when max < min', () => {
    expect(normalise(20, { min: 0, max: 40 })).toBe(50);
    expect(normalise(-5, { min: 0, max: 40 })).toBe(0);
    expect(normalise(90, { min: 0, max: 40 })).toBe(100);
    expect(normalise(10, { min: 40, max: 0 })).toBe(75);
  });

  it('scores the top level of a scale 100 and level 0 nothing', () => {
    expect(levelScore(3, scale(4))).toBe(75);
    expect(levelScore(1, scale(2))).toBe(50);
    expect(levelScore(0, scale(4))).toBe(0);
  });

  it('gives each indicator its raw value and score, as worked out by hand', () => {
    const { indicators } = scoreZone(GRID, FACTS, ENTERED);
    expect(indicators.map(({ key, rawValue, score }) => [key, rawValue, score])).toEqual([
      ['territorial.knowledge', 3, 75],
      ['territorial.density', 20, 50], // 4 / 0.2 km² = 20 per km², out of 40
      ['economic.establishments', 4, 40],
      ['economic.jobs', 30, 30],
      ['economic.productive_share', 75, 75], // 3 of 4
      ['environmental.resources', 12.5, 25],
      ['environmental.needs', 12, 100], // above max: clamped
      ['social.association_share', 25, 25], // 1 of 4
      ['social.practices', 1, 50],
    ]);
    expect(indicators[0].justification).toBe('Suivie par le service économique');
    expect(indicators[1].justification).toBeNull();
  });

  it('scores each dynamic as the weighted mean of its indicators and the zone as their mean', () => {
    const { dynamicScores, overallScore } = scoreZone(GRID, FACTS, ENTERED);
    expect(dynamicScores).toEqual([
      { dynamic: 'TERRITORIAL', score: 66.7 }, // (2 × 75 + 50) / 3 = 66.67
      { dynamic: 'ECONOMIC', score: 55 }, // (40 + 30 + 2 × 75) / 4
      { dynamic: 'ENVIRONMENTAL', score: 62.5 }, // (25 + 100) / 2
      { dynamic: 'SOCIAL_ORGANISATIONAL', score: 43.8 }, // (25 + 3 × 50) / 4 = 43.75
    ]);
    // (66.667 + 55 + 62.5 + 43.75) / 4 = 56.98, from the unrounded dynamic scores
    expect(overallScore).toBe(57);
  });

  it('names the three best indicators, then the three worst of the others, heavier first on ties', () => {
    const { strengthKeys, weaknessKeys } = scoreZone(GRID, FACTS, ENTERED);
    expect(strengthKeys).toEqual([
      'environmental.needs',
      'economic.productive_share',
      'territorial.knowledge',
    ]);
    expect(weaknessKeys).toEqual([
      'environmental.resources',
      'social.association_share',
      'economic.jobs',
    ]);
  });

  it('leaves out of its dynamic an indicator the zone has no data for, and scores an empty dynamic 0', () => {
    const empty: ZoneFacts = {
      ...FACTS,
      establishments: 0,
      jobs: 0,
      productiveEstablishments: 0,
      associationMembers: 0,
      areaKm2: null,
    };
    const { indicators, dynamicScores } = scoreZone(GRID, empty, ENTERED);
    expect(indicators.find(({ key }) => key === 'territorial.density')).toMatchObject({
      rawValue: null,
      score: null,
    });
    expect(indicators.find(({ key }) => key === 'economic.productive_share')).toMatchObject({
      rawValue: null,
      score: null,
    });
    expect(dynamicScores).toEqual([
      { dynamic: 'TERRITORIAL', score: 75 },
      { dynamic: 'ECONOMIC', score: 0 },
      { dynamic: 'ENVIRONMENTAL', score: 62.5 },
      { dynamic: 'SOCIAL_ORGANISATIONAL', score: 50 },
    ]);
  });

  it('finds the first entered indicator without a value', () => {
    expect(missingEnteredIndicator(GRID, ENTERED)).toBeUndefined();
    const partial = new Map([...ENTERED].filter(([key]) => key !== 'social.practices'));
    expect(missingEnteredIndicator(GRID, partial)?.key).toBe('social.practices');
  });
});
