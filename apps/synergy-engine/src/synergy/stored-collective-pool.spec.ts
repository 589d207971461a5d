import type { DeclarationAttributes } from '@symbiose/taxonomy';
import { matchCollective, pooledCollectionOf, type CollectiveSynergy } from '../matching';
import { declaration } from '../matching/matchable-declaration.fixture';
import { collectiveImpactOfRow, type StoredCollectivePool } from './stored-collective-pool';
import { contentOfSynergy } from './synergy-content';
import type { Synergy } from './synergy.entity';

/** Two firms pooling their cardboard's collection: 12 t quarterly and 2 t monthly. */
function cardboardPool(attributesOfA: DeclarationAttributes, attributesOfB: DeclarationAttributes) {
  const collectionNeed = (organizationId: string) =>
    declaration({
      id: `${organizationId}-collection`,
      organizationId,
      theme: 'SERVICES',
      categoryCode: 'SERVICE_WASTE_COLLECTION',
    });
  const cardboard = (
    organizationId: string,
    annualQuantity: number,
    frequency: 'QUARTERLY' | 'MONTHLY',
    attributes: DeclarationAttributes,
  ) =>
    declaration({
      id: `${organizationId}-cardboard`,
      organizationId,
      kind: 'RESOURCE',
      categoryCode: 'WASTE_CARDBOARD',
      wasteCode: '150101',
      annualQuantity,
      canonicalUnit: 't',
      frequency,
      attributes,
    });
  const [synergy] = matchCollective([
    collectionNeed('a'),
    collectionNeed('b'),
    cardboard('a', 12, 'QUARTERLY', attributesOfA),
    cardboard('b', 2, 'MONTHLY', attributesOfB),
  ]);
  return synergy;
}

type CollectiveRow = Parameters<typeof collectiveImpactOfRow>[0];

function storedRowOf(synergy: CollectiveSynergy): CollectiveRow {
  const { kind, rationale, participants, combinedAnnualQuantity, canonicalUnit } =
    contentOfSynergy(synergy);
  return { kind, rationale, participants, combinedAnnualQuantity, canonicalUnit };
}

const storedWaste = (row: CollectiveRow) => (row.rationale.pooled as StoredCollectivePool).waste;

describe('a stored collective pool keeps what its collection’s impact is worked out from', () => {
  it('keeps a member’s declared collector distance, and gives the same impact again', () => {
    const synergy = cardboardPool({ collectorDistanceKm: 5 }, { collectorDistanceKm: 45 });
    const row = storedRowOf(synergy);

    expect(storedWaste(row)).toEqual([
      ['a-cardboard', 'WASTE_CARDBOARD', 12, 4, null, 5],
      ['b-cardboard', 'WASTE_CARDBOARD', 2, 12, null, 45],
    ]);
    const live = pooledCollectionOf(synergy.pooledWaste);
    expect(live?.collectorRoadKm).toBe(10.71);
    expect(collectiveImpactOfRow(row)?.pooledCollection).toEqual(live);
  });

  it('keeps a pool of nothing declared as before: the same tuples, the same hash', () => {
    const synergy = cardboardPool({}, { currentRoute: 'RESIDUAL_DISPOSAL' });
    // A pool as it was built before distances were read: no collector km on its wastes.
    const before: CollectiveSynergy = {
      ...synergy,
      pooledWaste: synergy.pooledWaste.map(({ collectorRoadKm: _undeclared, ...waste }) => waste),
    };

    expect(storedWaste(storedRowOf(synergy))).toEqual([
      ['a-cardboard', 'WASTE_CARDBOARD', 12, 4, null],
      ['b-cardboard', 'WASTE_CARDBOARD', 2, 12, null],
    ]);
    expect(contentOfSynergy(synergy).contentHash).toBe(contentOfSynergy(before).contentHash);
    expect(collectiveImpactOfRow(storedRowOf(synergy))?.pooledCollection?.collectorRoadKm).toBe(20);
  });

  it('reads an older row, or a distance it cannot read, at the default distance', () => {
    const row = (waste: readonly unknown[][]) =>
      ({
        kind: 'COLLECTIVE',
        rationale: {
          collectiveNeedCode: 'WASTE_COLLECTION_REUSE',
          pooled: { quantityComplete: true, waste },
        },
        participants: [],
        combinedAnnualQuantity: 14,
        canonicalUnit: 't',
      }) as unknown as Pick<Synergy, keyof CollectiveRow>;
    const olderRows = [
      // before the euro figures were kept
      [
        ['a', 'WASTE_CARDBOARD', 12, 4],
        ['b', 'WASTE_CARDBOARD', 2, 12],
      ],
      [
        ['a', 'WASTE_CARDBOARD', 12, 4, null, 'far'],
        ['b', 'WASTE_CARDBOARD', 2, 12, 11_000, 0],
      ],
    ];
    const byDefault = pooledCollectionOf(cardboardPool({}, {}).pooledWaste);

    for (const waste of olderRows) {
      expect(collectiveImpactOfRow(row(waste))?.pooledCollection).toEqual(byDefault);
    }
    expect(byDefault?.collectorRoadKm).toBe(20);
  });
});
