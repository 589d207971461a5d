import type { CaseScore } from './score-case';

/** How many of a kind of expectation hold, out of how many. */
export interface Tally {
  met: number;
  total: number;
}

export interface SetScore {
  cases: Tally;
  /** Micro-averaged over the cases: proposed pairs labelled MATCH out of all proposed. */
  precision: Tally & { value: number };
  /** Micro-averaged: MATCH pairs proposed out of all MATCH pairs. */
  recall: Tally & { value: number };
  ranking: Tally;
  allocation: Tally;
  collective: Tally;
}

/** A ratio of nothing out of nothing is perfect: no pair proposed is wrong, none expected is missed. */
const ratio = ({ met, total }: Tally) => (total === 0 ? 1 : met / total);

function tally(scores: readonly CaseScore[], results: (score: CaseScore) => { met: boolean }[]) {
  const all = scores.flatMap(results);
  return { met: all.filter((result) => result.met).length, total: all.length };
}

type PairCount = 'proposed' | 'correct' | 'expected' | 'found';

function sum(scores: readonly CaseScore[], met: PairCount, total: PairCount): Tally {
  const add = (field: PairCount) => scores.reduce((acc, score) => acc + score[field], 0);
  return { met: add(met), total: add(total) };
}

export function scoreSet(scores: readonly CaseScore[]): SetScore {
  const precision = sum(scores, 'correct', 'proposed');
  const recall = sum(scores, 'found', 'expected');
  return {
    cases: { met: scores.filter((score) => score.passed).length, total: scores.length },
    precision: { ...precision, value: ratio(precision) },
    recall: { ...recall, value: ratio(recall) },
    ranking: tally(scores, (score) => score.ranking),
    allocation: tally(scores, (score) => score.allocation),
    collective: tally(scores, (score) => score.collective),
  };
}
