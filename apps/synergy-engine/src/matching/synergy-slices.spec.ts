import { COMPATIBILITIES } from '@symbiose/taxonomy';
import { SynergySlicing, type SynergySlice } from './synergy-slices';

const slicing = new SynergySlicing();
const ZONES = ['zone-a', 'zone-b'];

function clusterOf(categoryCode: string): string {
  const [slice] = slicing.slicesOfDeclaration({ kind: 'NEED', categoryCode, zoneId: null }, ZONES);
  return (slice as Extract<SynergySlice, { kind: 'B2B' }>).cluster;
}

describe('synergy slices', () => {
  it('put both categories of every compatible pair in one B2B cluster', () => {
    for (const { resourceCode, needCode } of COMPATIBILITIES) {
      expect(clusterOf(resourceCode)).toBe(clusterOf(needCode));
    }
    expect(clusterOf('WASTE_CARDBOARD')).not.toBe(clusterOf('SERVICE_SECURITY_GUARDING'));
  });

  it('cover every category exactly once across the clusters', () => {
    const codes = [...slicing.clusters.values()].flat();
    expect(new Set(codes).size).toBe(codes.length);
    expect(slicing.categoriesOfClusters([clusterOf('WASTE_CARDBOARD')])).toEqual(
      expect.arrayContaining(['WASTE_CARDBOARD', 'WASTE_PAPER', 'MATERIAL_PACKAGING']),
    );
  });

  it('put a pooled need in its zone’s unit, and in trade supply when a trade supplies it', () => {
    const slices = slicing.slicesOfDeclaration(
      { kind: 'NEED', categoryCode: 'SERVICE_SECURITY_GUARDING', zoneId: 'zone-a' },
      ZONES,
    );
    expect(slices).toContainEqual({
      kind: 'COLLECTIVE',
      zoneId: 'zone-a',
      poolCode: expect.any(String),
    });
    expect(slices.filter((slice) => slice.kind === 'COLLECTIVE')).toHaveLength(1);
    expect(slices).toContainEqual({ kind: 'TRADE', categoryCode: 'SERVICE_SECURITY_GUARDING' });
  });

  it('let a resource outside every zone supply the units of every zone', () => {
    const slices = slicing.slicesOfDeclaration(
      { kind: 'RESOURCE', categoryCode: 'SERVICE_SECURITY_GUARDING', zoneId: null },
      ZONES,
    );
    const zones = slices.flatMap((slice) => (slice.kind === 'COLLECTIVE' ? [slice.zoneId] : []));
    expect(new Set(zones)).toEqual(new Set(ZONES));
  });

  it('count a waste in its zone’s pooled collection, which reads every waste', () => {
    const slices = slicing.slicesOfDeclaration(
      { kind: 'RESOURCE', categoryCode: 'WASTE_CARDBOARD', zoneId: 'zone-b' },
      ZONES,
    );
    const [unit] = slices.filter((slice) => slice.kind === 'COLLECTIVE');
    expect(unit).toEqual({ kind: 'COLLECTIVE', zoneId: 'zone-b', poolCode: expect.any(String) });
    const { poolCode } = unit as Extract<SynergySlice, { kind: 'COLLECTIVE' }>;
    expect(slicing.categoriesOfPools([poolCode])).toEqual(
      expect.arrayContaining(['WASTE_CARDBOARD', 'WASTE_WOOD', 'SERVICE_WASTE_COLLECTION']),
    );
  });

  it('let a firm whose trade supplies a category touch its units and its trade supply', () => {
    const slices = slicing.slicesOfSupplier('80.10Z', ZONES);
    expect(slices).toContainEqual({ kind: 'TRADE', categoryCode: 'SERVICE_SECURITY_GUARDING' });
    expect(slices.filter((slice) => slice.kind === 'COLLECTIVE')).toHaveLength(ZONES.length);
    expect(slicing.slicesOfSupplier('17.21A', ZONES)).toEqual([]);
  });
});
