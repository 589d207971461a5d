import type { Compatibility } from '@symbiose/taxonomy';
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

export function pairKey(resourceId: string, needId: string): string {
  return `${resourceId}:${needId}`;
}
