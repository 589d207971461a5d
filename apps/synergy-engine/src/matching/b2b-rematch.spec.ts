import { seededRandom } from '@symbiose/testing';
import { syntheticRegion } from '../../bench/synthetic-region';
import { matchB2BWithTopLists } from './b2b-matcher';
import { rematchB2B } from './b2b-rematch';
import type { StoredTopList } from './b2b-stored-top-lists';
import type { MatchableDeclaration } from './matchable-declaration';
import type { B2BSynergy } from './synergy';

type Random = () => number;

const KM_IN_DEGREES = 1 / 111.2;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const STORAGE = ['OUTDOOR', 'COVERED', 'REFRIGERATED', 'FROZEN'] as const;

/** One change to the region: a quantity, a place, a stated fact, gone, or a new declaration. */
function change(random: Random, region: MatchableDeclaration[], round: number, n: number): string {
  const target = pick(random, region);
  const draw = random();
  if (draw < 0.35 && target.annualQuantity !== null) {
    const annualQuantity = Math.round(target.annualQuantity * (0.3 + random() * 1.5) * 1000) / 1000;
    region[region.indexOf(target)] = { ...target, annualQuantity };
  } else if (draw < 0.45) {
    const attributes = { storage: pick(random, STORAGE), temperatureC: Math.round(random() * 90) };
    region[region.indexOf(target)] = { ...target, attributes };
  } else if (draw < 0.6) {
    region[region.indexOf(target)] = {
      ...target,
      latitude: target.latitude + (random() - 0.5) * 8 * KM_IN_DEGREES,
      longitude: target.longitude + (random() - 0.5) * 8 * KM_IN_DEGREES,
    };
  } else if (draw < 0.8) {
    region.splice(region.indexOf(target), 1);
  } else {
    const recorded = { ...target, id: `new-${round}-${n}`, organizationId: `org-new-${round}` };
    region.push(recorded);
    return recorded.id;
  }
  return target.id;
}

function byKey(synergies: readonly B2BSynergy[]): Map<string, B2BSynergy> {
  return new Map(synergies.map((synergy) => [synergy.key, synergy]));
}

describe('rematchB2B', () => {
  it('gives, change after change, the synergies and top lists of a whole match', () => {
    const random = seededRandom(2026);
    const region = syntheticRegion({ declarationCount: 1800, seed: 7, territoryCount: 1 });
    const first = matchB2BWithTopLists(region);
    const stored = byKey(first.synergies);
    const lists = new Map(first.topLists.map((list) => [list.declarationId, list]));
    let rebuilt = 0;
    for (let round = 0; round < 20; round += 1) {
      const changedIds = new Set<string>();
      const changes = 1 + Math.floor(random() * 3);
      for (let n = 0; n < changes; n += 1) changedIds.add(change(random, region, round, n));

      const rematch = rematchB2B(region, {}, [...lists.values()], changedIds);
      expect(rematch).not.toBeNull();
      const { synergies, pairKeys, topLists, goneDeclarationIds } = rematch as NonNullable<
        typeof rematch
      >;
      for (const key of pairKeys) stored.delete(key);
      for (const synergy of synergies) stored.set(synergy.key, synergy);
      for (const id of goneDeclarationIds) lists.delete(id);
      for (const list of topLists) lists.set(list.declarationId, list);
      rebuilt += synergies.length;

      const whole = matchB2BWithTopLists(region);
      expect(stored).toEqual(byKey(whole.synergies));
      const wholeLists = new Map<string, StoredTopList>(
        whole.topLists.map((list) => [list.declarationId, list]),
      );
      expect(lists).toEqual(wholeLists);
    }
    // Each round rebuilt a small part of the region's synergies, not all of them.
    expect(rebuilt / 20).toBeLessThan(stored.size / 5);
  });

  it('asks for a whole match when the stored lists miss a declaration', () => {
    const region = syntheticRegion({ declarationCount: 300, seed: 3, territoryCount: 1 });
    const { topLists } = matchB2BWithTopLists(region);
    expect(rematchB2B(region, {}, topLists.slice(1), new Set())).toBeNull();
    expect(
      rematchB2B(region, {}, topLists.slice(1), new Set([topLists[0].declarationId])),
    ).not.toBeNull();
  });
});
