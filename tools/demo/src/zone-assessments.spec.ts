import { generateDemoData } from './cahors-sud';
import { ENTERED_INDICATORS, generateZoneAssessments, TOP_LEVEL } from './zone-assessments';

describe('the zone assessments of the Grand Cahors', () => {
  const assessments = generateZoneAssessments();
  const levelsOf = (zone: string) =>
    assessments.zones.find((candidate) => candidate.zone === zone)?.levels;

  it('covers the seven zones of the demo data, each once', () => {
    expect(assessments.zones.map(({ zone }) => zone).sort()).toEqual(
      generateDemoData()
        .zones.map(({ name }) => name)
        .sort(),
    );
  });

  it('enters every entered indicator of the grid, on its scale, with a justification', () => {
    for (const { levels } of assessments.zones) {
      expect(Object.keys(levels)).toEqual([...ENTERED_INDICATORS]);
      for (const { level, justification } of Object.values(levels)) {
        expect(Number.isInteger(level) && level >= 0 && level <= TOP_LEVEL).toBe(true);
        expect(justification.trim()).not.toBe('');
      }
    }
  });

  it("gives Cahors Sud the committee's reasons: association, known zone, regional interest", () => {
    const cahorsSud = levelsOf('Cahors Sud');
    expect(cahorsSud?.['social.collective_practices'].level).toBe(TOP_LEVEL);
    expect(cahorsSud?.['territorial.authority_knowledge'].level).toBe(TOP_LEVEL);
    expect(cahorsSud?.['territorial.regional_interest'].level).toBe(TOP_LEVEL);
    for (const { zone, levels } of assessments.zones.filter(({ zone }) => zone !== 'Cahors Sud')) {
      const total = Object.values(levels).reduce((sum, { level }) => sum + level, 0);
      const cahorsSudTotal = Object.values(cahorsSud ?? {}).reduce(
        (sum, { level }) => sum + level,
        0,
      );
      expect([zone, total < cahorsSudTotal]).toEqual([zone, true]);
    }
  });

  it('records the choice of Cahors Sud, decided in the past, with its reasons', () => {
    expect(assessments.choice.zone).toBe('Cahors Sud');
    expect(assessments.choice.decidedAt < new Date().toISOString().slice(0, 10)).toBe(true);
    expect(assessments.choice.rationale).toMatch(/association/);
    expect(assessments.choice.rationale).toMatch(/intérêt régional/);
  });

  it('is the same on every run', () => {
    expect(generateZoneAssessments()).toStrictEqual(assessments);
  });
});
