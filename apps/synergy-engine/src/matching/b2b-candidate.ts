import { matchScore, type Compatibility } from '@symbiose/taxonomy';
import {
  B2B_WEIGHTS,
  distanceDecay,
  frequencyFit,
  quantityCoverage,
  roundScore,
} from './b2b-score';
import type { MatchableDeclaration } from './matchable-declaration';

/** A resource that can meet a need, with what ranks it. */
export interface B2BCandidate {
  readonly resource: MatchableDeclaration;
  readonly need: MatchableDeclaration;
  readonly compatibility: Compatibility;
  readonly distanceKm: number;
  readonly score: number;
  /** `pairKey(resource.id, need.id)`, computed once. */
  readonly key: string;
}

/**
 * `matchScore` parses both waste codes on every call; a region has few distinct (category,
 * waste code) couples, so the engine asks once per couple.
 */
export class CategoryScoreCache {
  /** Compatibility entry (one category pair) → resource waste code → need waste code → score. */
  private readonly scores = new Map<Compatibility, Map<string, Map<string, number>>>();

  score(
    resource: MatchableDeclaration,
    need: MatchableDeclaration,
    compatibility: Compatibility,
  ): number {
    let byResourceWaste = this.scores.get(compatibility);
    if (!byResourceWaste) {
      byResourceWaste = new Map();
      this.scores.set(compatibility, byResourceWaste);
    }
    const resourceWaste = resource.wasteCode ?? '';
    let byNeedWaste = byResourceWaste.get(resourceWaste);
    if (!byNeedWaste) {
      byNeedWaste = new Map();
      byResourceWaste.set(resourceWaste, byNeedWaste);
    }
    const needWaste = need.wasteCode ?? '';
    let value = byNeedWaste.get(needWaste);
    if (value === undefined) {
      value = matchScore(resource, need);
      byNeedWaste.set(needWaste, value);
    }
    return value;
  }
}

/** The B2B score of a pair already known to be eligible; see `B2B_WEIGHTS` for the formula. */
export function scoreCandidate(
  resource: MatchableDeclaration,
  need: MatchableDeclaration,
  compatibility: Compatibility,
  distanceKm: number,
  categoryScore: number,
): number {
  return roundScore(
    B2B_WEIGHTS.compatibility * categoryScore +
      B2B_WEIGHTS.quantityCoverage * quantityCoverage(resource, need, compatibility) +
      B2B_WEIGHTS.distanceDecay * distanceDecay(distanceKm) +
      B2B_WEIGHTS.frequencyFit * frequencyFit(resource.frequency, need.frequency),
  );
}

/** The other side of a candidate, seen from one of its declarations. */
export function counterpartOf(candidate: B2BCandidate, ownerId: string): MatchableDeclaration {
  return candidate.resource.id === ownerId ? candidate.need : candidate.resource;
}

export function pairKey(resourceId: string, needId: string): string {
  return `${resourceId}:${needId}`;
}

/**
 * Order of one declaration's candidates: best score first, then the nearer, then the counterpart
 * id, so that equal candidates always rank the same way.
 */
export function ranksBefore(
  score: number,
  distanceKm: number,
  counterpartId: string,
  other: B2BCandidate,
  ownerId: string,
): boolean {
  if (score !== other.score) return score > other.score;
  if (distanceKm !== other.distanceKm) return distanceKm < other.distanceKm;
  return counterpartId < counterpartOf(other, ownerId).id;
}

/** Whether a candidate with these ranks would enter a top-K list. */
export function entersTop(
  list: readonly B2BCandidate[],
  topK: number,
  score: number,
  distanceKm: number,
  counterpartId: string,
  ownerId: string,
): boolean {
  return (
    list.length < topK ||
    ranksBefore(score, distanceKm, counterpartId, list[list.length - 1], ownerId)
  );
}

/** Inserts the candidate in the list, kept sorted and at most `topK` long. */
export function insertInTop(
  list: B2BCandidate[],
  topK: number,
  candidate: B2BCandidate,
  ownerId: string,
): void {
  const counterpartId = counterpartOf(candidate, ownerId).id;
  let position = list.length;
  while (
    position > 0 &&
    ranksBefore(candidate.score, candidate.distanceKm, counterpartId, list[position - 1], ownerId)
  ) {
    position -= 1;
  }
  if (position >= topK) return;
  list.splice(position, 0, candidate);
  if (list.length > topK) list.pop();
}
