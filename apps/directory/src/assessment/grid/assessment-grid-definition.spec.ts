import { gridProblem, IndicatorDefinition } from './assessment-grid-definition';
import { DEFAULT_ASSESSMENT_GRID } from './default-assessment-grid';

const grid = DEFAULT_ASSESSMENT_GRID.indicators;
const replace = (index: number, change: Partial<IndicatorDefinition>) =>
  grid.map((indicator, i) => (i === index ? { ...indicator, ...change } : indicator));
const indexOf = (key: string) => grid.findIndex((indicator) => indicator.key === key);

describe('an assessment grid', () => {
  it("ships LOT'EC's grid, valid, with the facilitator's entered indicators", () => {
    expect(gridProblem(grid)).toBeNull();
    expect(grid.filter(({ kind }) => kind === 'ENTERED').map(({ key }) => key)).toEqual([
      'territorial.authority_knowledge',
      'territorial.regional_interest',
      'territorial.land_availability',
      'environmental.known_stakes',
      'social.collective_practices',
    ]);
  });

  it.each([
    ['a key used twice', replace(1, { key: grid[0].key }), 'indicators.1.key'],
    ['a negative weight', replace(0, { weight: -1 }), 'indicators.0.weight'],
    [
      'an unknown rule',
      replace(indexOf('economic.jobs'), { rule: 'HAPPINESS' as never }),
      `indicators.${indexOf('economic.jobs')}.rule`,
    ],
    [
      'a computed indicator without normalisation',
      replace(indexOf('economic.jobs'), { normalisation: undefined }),
      `indicators.${indexOf('economic.jobs')}.normalisation`,
    ],
    [
      'a normalisation with min = max',
      replace(indexOf('economic.jobs'), { normalisation: { min: 5, max: 5 } }),
      `indicators.${indexOf('economic.jobs')}.normalisation`,
    ],
    ['an entered indicator with a rule', replace(0, { rule: 'JOB_COUNT' }), 'indicators.0.rule'],
    ['an entered indicator without scale', replace(0, { scale: undefined }), 'indicators.0.scale'],
    [
      'a scale that skips a level',
      replace(0, {
        scale: [
          { level: 0, labelFr: 'a', labelEn: 'a' },
          { level: 2, labelFr: 'b', labelEn: 'b' },
        ],
      }),
      'indicators.0.scale',
    ],
    [
      'a dynamic without indicators',
      grid.filter(({ dynamic }) => dynamic !== 'ENVIRONMENTAL'),
      'indicators',
    ],
    [
      'a dynamic whose weights are all zero',
      grid.map((i) => (i.dynamic === 'ECONOMIC' ? { ...i, weight: 0 } : i)),
      'indicators',
    ],
  ])('refuses %s, naming the field', (_case, indicators, field) => {
    expect(gridProblem(indicators)?.field).toBe(field);
  });
});
