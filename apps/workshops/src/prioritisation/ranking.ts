/**
 * The prioritisation matrix: each participant scores each candidate action on impact and on
 * investment (human and financial), both 1 to 5. The ranking rule, which the GraphQL schema
 * repeats:
 *
 * - An action's point is its mean impact and mean investment over its votes.
 * - Its quadrant: high impact is a mean impact of 3 or more (the middle of the scale counts as
 *   high), low investment a mean investment below 3. QUICK_WIN = high impact, low investment;
 *   MAJOR_PROJECT = high impact, high investment; FILL_IN = low impact, low investment;
 *   AVOID = low impact, high investment.
 * - Ranked by quadrant in that order, then by mean impact (highest first), mean investment
 *   (lowest first), vote count (most first), title, then id. Actions nobody voted on have no
 *   point and no quadrant, and come last.
 */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** The middle of the 1–5 scale: from it up, impact is high and investment is high. */
export const QUADRANT_THRESHOLD = 3;

export const QUADRANTS = ['QUICK_WIN', 'MAJOR_PROJECT', 'FILL_IN', 'AVOID'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface CandidateVotes {
  actionId: string;
  title: string;
  votes: { impact: number; investment: number }[];
}

export interface RankedCandidate {
  actionId: string;
  title: string;
  /** 1 for the first. */
  rank: number;
  voteCount: number;
  meanImpact: number | null;
  meanInvestment: number | null;
  quadrant: Quadrant | null;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function quadrantOf(meanImpact: number, meanInvestment: number): Quadrant {
  const highImpact = meanImpact >= QUADRANT_THRESHOLD;
  const lowInvestment = meanInvestment < QUADRANT_THRESHOLD;
  if (highImpact) return lowInvestment ? 'QUICK_WIN' : 'MAJOR_PROJECT';
  return lowInvestment ? 'FILL_IN' : 'AVOID';
}

function point(candidate: CandidateVotes): Omit<RankedCandidate, 'rank'> {
  const { actionId, title, votes } = candidate;
  if (votes.length === 0) {
    return {
      actionId,
      title,
      voteCount: 0,
      meanImpact: null,
      meanInvestment: null,
      quadrant: null,
    };
  }
  const meanImpact = mean(votes.map((vote) => vote.impact));
  const meanInvestment = mean(votes.map((vote) => vote.investment));
  return {
    actionId,
    title,
    voteCount: votes.length,
    meanImpact,
    meanInvestment,
    quadrant: quadrantOf(meanImpact, meanInvestment),
  };
}

const UNRATED = QUADRANTS.length;

function compare(a: Omit<RankedCandidate, 'rank'>, b: Omit<RankedCandidate, 'rank'>): number {
  const quadrant = (c: typeof a) => (c.quadrant ? QUADRANTS.indexOf(c.quadrant) : UNRATED);
  return (
    quadrant(a) - quadrant(b) ||
    (b.meanImpact ?? 0) - (a.meanImpact ?? 0) ||
    (a.meanInvestment ?? 0) - (b.meanInvestment ?? 0) ||
    b.voteCount - a.voteCount ||
    a.title.localeCompare(b.title, 'fr') ||
    (a.actionId < b.actionId ? -1 : a.actionId > b.actionId ? 1 : 0)
  );
}

/** Every candidate with its point and quadrant, best first. */
export function rankCandidates(candidates: CandidateVotes[]): RankedCandidate[] {
  return candidates
    .map(point)
    .sort(compare)
    .map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
