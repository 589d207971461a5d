import { formatCaseLine, formatSetSummary } from './format-score';
import { ProposedB2B, scoreCase } from './score-case';
import { scoreSet } from './score-set';
import { synergyCaseSchema, SynergyCase } from './synergy-case.schema';

const firm = (ref: string) => ({ ref, name: ref, naf: '25.11Z', lat: 44.4, lon: 1.44 });
const label = (resource: string, need: string, verdict: 'MATCH' | 'NO_MATCH') => ({
  resource,
  need,
  verdict,
  reason: 'r',
  source: 's',
});

/** Two guards' hours offered by `guard`, needed by three sites; one scrap resource. */
function guardCase(extra: Partial<SynergyCase['expect']> = {}): SynergyCase {
  const hours = (ref: string, firmRef: string, kind: 'NEED' | 'RESOURCE', quantity: number) => ({
    ref,
    firm: firmRef,
    kind,
    theme: 'SERVICES',
    categoryCode: 'SERVICE_SECURITY_GUARDING',
    label: ref,
    quantity,
    unit: 'h',
    frequency: 'MONTHLY',
  });
  return synergyCaseSchema.parse({
    id: 'T1-guard',
    title: 't',
    kind: 'TRAP',
    summary: 's',
    firms: ['guard', 'a', 'b', 'c'].map(firm),
    declarations: [
      hours('r-guard', 'guard', 'RESOURCE', 60),
      hours('n-a', 'a', 'NEED', 30),
      hours('n-b', 'b', 'NEED', 40),
      {
        ...hours('n-c', 'c', 'NEED', 1),
        quantity: undefined,
        unit: undefined,
        frequency: undefined,
      },
    ],
    expect: {
      b2b: [label('r-guard', 'n-a', 'MATCH'), label('r-guard', 'n-b', 'MATCH')],
      ...extra,
    },
  });
}

const proposal = (need: string, score: number, allocatedQuantity: number | null = null) =>
  ({ resource: 'r-guard', need, score, allocatedQuantity }) satisfies ProposedB2B;

describe('scoreCase', () => {
  it('counts a pair not labelled MATCH as wrong, listed or not, and a MATCH not proposed as missing', () => {
    const score = scoreCase(guardCase(), {
      b2b: [proposal('n-a', 0.8), proposal('n-c', 0.6)],
      collective: [],
    });
    expect(score).toMatchObject({ proposed: 2, correct: 1, expected: 2, found: 1, passed: false });
    expect(score.wrongPairs).toEqual([{ resource: 'r-guard', need: 'n-c' }]);
    expect(score.missingPairs).toEqual([{ resource: 'r-guard', need: 'n-b' }]);
    expect(formatCaseLine(score)).toBe(
      'T1-guard FAIL; b2b 1/2 right, 1/2 found; wrong r-guard→n-c; missing r-guard→n-b',
    );
  });

  it('holds a ranking only when the better pair scores strictly higher than a proposed worse one', () => {
    const ranked = guardCase({
      ranking: [
        {
          better: { resource: 'r-guard', need: 'n-a' },
          worse: { resource: 'r-guard', need: 'n-b' },
          reason: 'r',
        },
      ],
    });
    const met = (a: number, b: number | null) =>
      scoreCase(ranked, {
        b2b: [proposal('n-a', a), ...(b === null ? [] : [proposal('n-b', b)])],
        collective: [],
      }).ranking[0].met;
    expect(met(0.7, 0.7)).toBe(false);
    expect(met(0.71, 0.7)).toBe(true);
    expect(met(0.1, null)).toBe(true);
    expect(scoreCase(ranked, { b2b: [proposal('n-b', 0.9)], collective: [] }).ranking[0].met).toBe(
      false,
    );
  });

  it('sums what the pairs promise of a resource: the smaller annual quantity, or the allocation given', () => {
    // 60 h a month is 720 h a year; the needs are 360 h and 480 h, so 840 h are promised.
    const limited = guardCase({
      allocation: [{ resource: 'r-guard', maxTotal: 720, unit: 'h', reason: 'r' }],
    });
    const both = scoreCase(limited, {
      b2b: [proposal('n-a', 0.8), proposal('n-b', 0.7)],
      collective: [],
    });
    expect(both.allocation[0]).toMatchObject({ promised: 840, met: false });
    expect(both.passed).toBe(false);
    expect(formatCaseLine(both)).toContain('allocation r-guard 840 > 720 h');
    // A need without a quantity takes the resource's whole year.
    const unknown = scoreCase(limited, { b2b: [proposal('n-c', 0.5)], collective: [] });
    expect(unknown.allocation[0]).toMatchObject({ promised: 720, met: true });
    const shared = scoreCase(limited, {
      b2b: [proposal('n-a', 0.8, 300), proposal('n-b', 0.7, 420)],
      collective: [],
    });
    expect(shared.allocation[0]).toMatchObject({ promised: 720, met: true });
    expect(shared.passed).toBe(true);
  });

  it('meets a collective NO_MATCH only when no synergy of the group gathers two of the firms', () => {
    const apart = guardCase({
      collective: [
        { group: 'SECURITY', members: ['a', 'b'], verdict: 'NO_MATCH', reason: 'r', source: 's' },
      ],
    });
    const b2b = [proposal('n-a', 0.8), proposal('n-b', 0.7)];
    const pooled = (categoryCode: string) =>
      scoreCase(apart, { b2b, collective: [{ categoryCode, members: ['a', 'b', 'c'] }] });
    expect(pooled('SERVICE_VIDEO_SURVEILLANCE').collective[0].met).toBe(false);
    expect(pooled('SERVICE_WASTE_COLLECTION').collective[0].met).toBe(true);
    expect(
      scoreCase(apart, {
        b2b,
        collective: [{ categoryCode: 'SERVICE_SECURITY_GUARDING', members: ['a', 'c'] }],
      }).collective[0].met,
    ).toBe(true);
    expect(formatCaseLine(pooled('SERVICE_VIDEO_SURVEILLANCE'))).toContain(
      'collective NO_MATCH SECURITY [a, b]',
    );
  });

  it('meets a collective MATCH only when one synergy has every member', () => {
    const together = guardCase({
      collective: [
        {
          categoryCodes: ['SERVICE_SECURITY_GUARDING'],
          members: ['a', 'b', 'c'],
          verdict: 'MATCH',
          reason: 'r',
          source: 's',
        },
      ],
    });
    const members = (...refs: string[]) =>
      scoreCase(together, {
        b2b: [],
        collective: [{ categoryCode: 'SERVICE_SECURITY_GUARDING', members: refs }],
      }).collective[0].met;
    expect(members('a', 'b')).toBe(false);
    expect(members('c', 'b', 'a', 'guard')).toBe(true);
  });

  it('keeps the API gaps the loader reports on the case line', () => {
    const score = scoreCase(guardCase(), {
      b2b: [proposal('n-a', 0.8), proposal('n-b', 0.7)],
      collective: [],
      apiGaps: ['attribute shift not accepted: unknown'],
    });
    expect(formatCaseLine(score)).toBe(
      'T1-guard pass; b2b 2/2 right, 2/2 found; API gaps: attribute shift not accepted: unknown',
    );
  });
});

describe('scoreSet', () => {
  it('micro-averages precision and recall over the cases and ends with the quality line', () => {
    const c = guardCase();
    const set = scoreSet([
      scoreCase(c, { b2b: [proposal('n-a', 0.8), proposal('n-b', 0.7)], collective: [] }),
      scoreCase(c, { b2b: [proposal('n-c', 0.8)], collective: [] }),
      scoreCase(c, { b2b: [], collective: [] }),
    ]);
    expect(set.precision).toEqual({ met: 2, total: 3, value: 2 / 3 });
    expect(set.recall).toEqual({ met: 2, total: 6, value: 2 / 6 });
    const lines = formatSetSummary(set);
    expect(lines.at(-1)).toBe(
      'synergy-quality: precision 0.67, recall 0.33, ranking 0/0, cases 1/3',
    );
  });
});
