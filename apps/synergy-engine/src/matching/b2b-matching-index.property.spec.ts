import { naiveB2BMatch } from '../../bench/naive-b2b-matcher';
import { seededRandom } from '@symbiose/testing';
import { syntheticRegion } from '../../bench/synthetic-region';
import {
  b2bSynergies,
  buildB2BMatchingIndex,
  rematchDeclaration,
  withdrawDeclaration,
} from './b2b-matching-index';
import type { MatchableDeclaration } from './matchable-declaration';

/** Small, dense regions: many pairs within reach, many beyond, ties and hazardous waste. */
function region(seed: number): MatchableDeclaration[] {
  return syntheticRegion({
    declarationCount: 400,
    seed,
    territoryCount: 2,
    zonesPerTerritory: 4,
    territoryRadiusKm: 40,
    declarationsPerOrganization: 3,
  });
}

const SEEDS = [1, 7, 42, 2024, 99991];

describe('indexed B2B matcher against the all-pairs reference', () => {
  it.each(SEEDS)('gives the same synergies, in the same order, for seed %i', (seed) => {
    const declarations = region(seed);
    for (const options of [{}, { topK: 2, maxDistanceKm: 12 }]) {
      const indexed = b2bSynergies(buildB2BMatchingIndex(declarations, options));
      expect(indexed.length).toBeGreaterThan(50);
      expect(indexed).toEqual(naiveB2BMatch(declarations, options));
    }
  });

  it.each(SEEDS)(
    'after random changes re-matched one by one, equals a rebuild (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      const declarations = new Map(region(seed).map((d) => [d.id, d]));
      const index = buildB2BMatchingIndex([...declarations.values()], { topK: 3 });
      const ids = [...declarations.keys()];
      for (let step = 0; step < 150; step += 1) {
        const id = ids[Math.floor(random() * ids.length)];
        const current = declarations.get(id);
        if (current && random() < 0.2) {
          withdrawDeclaration(index, id);
          declarations.delete(id);
          continue;
        }
        const source = current ?? region(seed).find((d) => d.id === id);
        if (!source) continue;
        const changed: MatchableDeclaration = {
          ...source,
          latitude: source.latitude + (random() - 0.5) * 0.3,
          longitude: source.longitude + (random() - 0.5) * 0.3,
          annualQuantity:
            source.annualQuantity === null ? null : source.annualQuantity * 2 * random(),
        };
        rematchDeclaration(index, changed);
        declarations.set(id, changed);
      }
      const rebuilt = b2bSynergies(buildB2BMatchingIndex([...declarations.values()], { topK: 3 }));
      expect(b2bSynergies(index)).toEqual(rebuilt);
    },
  );
});
