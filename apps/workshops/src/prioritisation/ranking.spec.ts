import { CandidateVotes, quadrantOf, rankCandidates } from './ranking';

const votes = (...pairs: [number, number][]) =>
  pairs.map(([impact, investment]) => ({ impact, investment }));

const candidate = (actionId: string, title: string, ...pairs: [number, number][]) =>
  ({ actionId, title, votes: votes(...pairs) }) satisfies CandidateVotes;

describe('the prioritisation ranking', () => {
  it('puts a point in its quadrant, the middle of the scale counting as high', () => {
    expect(quadrantOf(3, 2.99)).toBe('QUICK_WIN');
    expect(quadrantOf(3, 3)).toBe('MAJOR_PROJECT');
    expect(quadrantOf(2.99, 1)).toBe('FILL_IN');
    expect(quadrantOf(1, 5)).toBe('AVOID');
  });

  it('ranks quick wins, then major projects, fill-ins, what to avoid, and unrated last', () => {
    const ranked = rankCandidates([
      candidate('a', 'Avoid', [1, 5]),
      candidate('u', 'Unrated'),
      candidate('f', 'Fill-in', [2, 1]),
      candidate('m', 'Major', [5, 5]),
      candidate('q', 'Quick', [3, 2], [4, 2]),
    ]);

    expect(ranked.map(({ actionId, rank, quadrant }) => [actionId, rank, quadrant])).toEqual([
      ['q', 1, 'QUICK_WIN'],
      ['m', 2, 'MAJOR_PROJECT'],
      ['f', 3, 'FILL_IN'],
      ['a', 4, 'AVOID'],
      ['u', 5, null],
    ]);
    expect(ranked[0]).toMatchObject({ voteCount: 2, meanImpact: 3.5, meanInvestment: 2 });
    expect(ranked[4]).toMatchObject({ voteCount: 0, meanImpact: null, meanInvestment: null });
  });

  it('breaks ties in a quadrant by impact, then investment, votes, title and id', () => {
    const ranked = rankCandidates([
      candidate('6', 'B', [4, 2]),
      candidate('5', 'B', [4, 2]),
      candidate('4', 'A', [4, 2]),
      candidate('3', 'Z', [4, 2], [4, 2]),
      candidate('2', 'Z', [4, 1]),
      candidate('1', 'Z', [5, 2]),
    ]);

    expect(ranked.map(({ actionId }) => actionId)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});
