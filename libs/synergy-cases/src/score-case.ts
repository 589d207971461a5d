import { roundCanonical, COLLECTIVE_NEED_CATEGORIES } from '@symbiose/taxonomy';
import { annualQuantityOf } from './annual-quantity';
import type {
  AllocationExpectation,
  CollectiveExpectation,
  PairRef,
  RankingExpectation,
  SynergyCase,
} from './synergy-case.schema';

/** A B2B synergy the engine proposed, by the case's declaration refs. */
export interface ProposedB2B {
  resource: string;
  need: string;
  score: number;
  /** What the engine allocates of the resource to this pair, in the canonical unit; null when it does not say. */
  allocatedQuantity: number | null;
}

/** A collective synergy the engine proposed: its category and the firm refs of its MEMBER participants. */
export interface ProposedCollective {
  categoryCode: string;
  members: string[];
}

export interface ProposedSynergies {
  b2b: ProposedB2B[];
  collective: ProposedCollective[];
  /** Facts of the case the API could not take while it was loaded (attributes, authorisations …). */
  apiGaps?: string[];
}

export interface RankingResult {
  expectation: RankingExpectation;
  met: boolean;
}

export interface AllocationResult {
  expectation: AllocationExpectation;
  /** What the proposed pairs promise of the resource in all, in the expectation's unit. */
  promised: number;
  met: boolean;
}

export interface CollectiveResult {
  expectation: CollectiveExpectation;
  met: boolean;
}

export interface CaseScore {
  caseId: string;
  kind: SynergyCase['kind'];
  /** B2B pairs proposed, and those of them labelled MATCH. */
  proposed: number;
  correct: number;
  /** MATCH pairs of the case, and those of them proposed. */
  expected: number;
  found: number;
  wrongPairs: PairRef[];
  missingPairs: PairRef[];
  ranking: RankingResult[];
  allocation: AllocationResult[];
  collective: CollectiveResult[];
  apiGaps: string[];
  passed: boolean;
}

const pairKey = ({ resource, need }: PairRef) => `${resource}\u0000${need}`;

/** One proposal per pair: the best-scored when the engine gives a pair twice. */
function byPair(proposed: readonly ProposedB2B[]): Map<string, ProposedB2B> {
  const pairs = new Map<string, ProposedB2B>();
  for (const pair of proposed) {
    const known = pairs.get(pairKey(pair));
    if (!known || pair.score > known.score) pairs.set(pairKey(pair), pair);
  }
  return pairs;
}

function rankingMet(expectation: RankingExpectation, pairs: Map<string, ProposedB2B>): boolean {
  const better = pairs.get(pairKey(expectation.better));
  const worse = pairs.get(pairKey(expectation.worse));
  return better !== undefined && (worse === undefined || better.score > worse.score);
}

/**
 * What a pair promises of its resource: the engine's allocation when it gives one, else the
 * smaller of the two annual quantities, or the resource's whole when the need has none (or one
 * in another unit).
 */
function promisedBy(pair: ProposedB2B, c: SynergyCase, unit: string): number {
  if (pair.allocatedQuantity !== null) return pair.allocatedQuantity;
  const declaration = (ref: string) => c.declarations.find((candidate) => candidate.ref === ref);
  const resourceRef = declaration(pair.resource);
  const needRef = declaration(pair.need);
  const offered = resourceRef ? annualQuantityOf(resourceRef) : null;
  const wanted = needRef ? annualQuantityOf(needRef) : null;
  if (!offered || offered.unit !== unit) return 0;
  return wanted && wanted.unit === unit
    ? Math.min(offered.quantity, wanted.quantity)
    : offered.quantity;
}

function allocationResult(
  expectation: AllocationExpectation,
  c: SynergyCase,
  pairs: Map<string, ProposedB2B>,
): AllocationResult {
  const promised = roundCanonical(
    [...pairs.values()]
      .filter((pair) => pair.resource === expectation.resource)
      .reduce((sum, pair) => sum + promisedBy(pair, c, expectation.unit), 0),
  );
  return { expectation, promised, met: promised <= expectation.maxTotal };
}

/** The categories an expectation is about: its own, or those of its collective-need group. */
function categoriesOf(expectation: CollectiveExpectation): readonly string[] {
  if (expectation.categoryCodes) return expectation.categoryCodes;
  return (
    COLLECTIVE_NEED_CATEGORIES.find(({ code }) => code === expectation.group)?.categoryCodes ?? []
  );
}

function collectiveMet(
  expectation: CollectiveExpectation,
  proposed: readonly ProposedCollective[],
): boolean {
  const categories = categoriesOf(expectation);
  const relevant = proposed.filter((synergy) => categories.includes(synergy.categoryCode));
  const shared = (synergy: ProposedCollective) =>
    expectation.members.filter((member) => synergy.members.includes(member)).length;
  return expectation.verdict === 'MATCH'
    ? relevant.some((synergy) => shared(synergy) === expectation.members.length)
    : relevant.every((synergy) => shared(synergy) < 2);
}

/**
 * Scores what the engine proposed for one case against its labels, as the set's README says.
 * Closed world: a proposed pair not labelled MATCH is wrong, listed or not.
 */
export function scoreCase(c: SynergyCase, proposed: ProposedSynergies): CaseScore {
  const pairs = byPair(proposed.b2b);
  const matches = c.expect.b2b.filter((label) => label.verdict === 'MATCH');
  const matchKeys = new Set(matches.map(pairKey));
  const wrongPairs = [...pairs.values()]
    .filter((pair) => !matchKeys.has(pairKey(pair)))
    .map(({ resource, need }) => ({ resource, need }));
  const missingPairs = matches
    .filter((label) => !pairs.has(pairKey(label)))
    .map(({ resource, need }) => ({ resource, need }));
  const ranking = c.expect.ranking.map((expectation) => ({
    expectation,
    met: rankingMet(expectation, pairs),
  }));
  const allocation = c.expect.allocation.map((expectation) =>
    allocationResult(expectation, c, pairs),
  );
  const collective = c.expect.collective.map((expectation) => ({
    expectation,
    met: collectiveMet(expectation, proposed.collective),
  }));
  const passed =
    wrongPairs.length === 0 &&
    missingPairs.length === 0 &&
    [...ranking, ...allocation, ...collective].every((result) => result.met);
  return {
    caseId: c.id,
    kind: c.kind,
    proposed: pairs.size,
    correct: pairs.size - wrongPairs.length,
    expected: matches.length,
    found: matches.length - missingPairs.length,
    wrongPairs,
    missingPairs,
    ranking,
    allocation,
    collective,
    apiGaps: [...(proposed.apiGaps ?? [])],
    passed,
  };
}
