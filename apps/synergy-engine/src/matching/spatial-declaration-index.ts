import KDBush from 'kdbush';
import type { DeclarationKind } from '@symbiose/taxonomy';
import { EARTH_RADIUS_KM, RADIANS, boxAround, greatCircleKm } from './great-circle';
import type { MatchableDeclaration } from './matchable-declaration';

/** kd-tree leaf size: kdbush's default, a good trade between build and query time. */
const NODE_SIZE = 64;

/** Changes a group absorbs before its tree is rebuilt, at least, and as a share of its size. */
const MIN_PENDING_BEFORE_REBUILD = 64;
const PENDING_SHARE_BEFORE_REBUILD = 1 / 8;

interface SpatialTree {
  readonly kd: KDBush<MatchableDeclaration>;
  readonly points: readonly MatchableDeclaration[];
  /** Per point, in radians and cosines, so a query reads flat arrays, not objects. */
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly cosLatitudes: Float64Array;
}

interface SpatialGroup {
  tree: SpatialTree | null;
  /** Ids of tree points that were changed or withdrawn since the tree was built. */
  readonly stale: Set<string>;
  /** Declarations added since the tree was built, scanned one by one until the next rebuild. */
  readonly pending: Map<string, MatchableDeclaration>;
}

function groupKey(territoryId: string, categoryCode: string, kind: DeclarationKind): string {
  return `${territoryId}\u0000${categoryCode}\u0000${kind}`;
}

function byId(a: MatchableDeclaration, b: MatchableDeclaration): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function buildTree(points: MatchableDeclaration[]): SpatialTree | null {
  if (points.length === 0) return null;
  points.sort(byId);
  const latitudes = new Float64Array(points.length);
  const longitudes = new Float64Array(points.length);
  const cosLatitudes = new Float64Array(points.length);
  points.forEach((point, i) => {
    latitudes[i] = point.latitude * RADIANS;
    longitudes[i] = point.longitude * RADIANS;
    cosLatitudes[i] = Math.cos(latitudes[i]);
  });
  const kd = new KDBush(
    points,
    (point) => point.longitude,
    (point) => point.latitude,
    NODE_SIZE,
    Float64Array,
  );
  return { kd, points, latitudes, longitudes, cosLatitudes };
}

/**
 * Declarations grouped by territory, category and kind, each group in a static kd-tree
 * (kdbush) of longitude/latitude. A B2B pair only ever joins one territory's resources of one
 * category to its needs of a compatible category, so a query touches the few groups that can
 * match and, in each, only the points in a box around the reach.
 *
 * kdbush trees are static: a change marks the old point stale and keeps the new one in a small
 * pending list, and a group is rebuilt once its pending changes outgrow a share of its size, so
 * one change costs a set insertion and rebuilds are amortised.
 */
export class SpatialDeclarationIndex {
  private readonly groups = new Map<string, SpatialGroup>();

  static build(declarations: Iterable<MatchableDeclaration>): SpatialDeclarationIndex {
    const members = new Map<string, MatchableDeclaration[]>();
    for (const declaration of declarations) {
      const key = groupKey(declaration.territoryId, declaration.categoryCode, declaration.kind);
      const list = members.get(key);
      if (list) list.push(declaration);
      else members.set(key, [declaration]);
    }
    const index = new SpatialDeclarationIndex();
    for (const [key, points] of members) {
      index.groups.set(key, { tree: buildTree(points), stale: new Set(), pending: new Map() });
    }
    return index;
  }

  add(declaration: MatchableDeclaration): void {
    const key = groupKey(declaration.territoryId, declaration.categoryCode, declaration.kind);
    let group = this.groups.get(key);
    if (!group) {
      group = { tree: null, stale: new Set(), pending: new Map() };
      this.groups.set(key, group);
    }
    group.pending.set(declaration.id, declaration);
    this.rebuildIfDue(group);
  }

  /** Takes out the declaration as it was indexed (its territory, category and kind). */
  remove(declaration: MatchableDeclaration): void {
    const key = groupKey(declaration.territoryId, declaration.categoryCode, declaration.kind);
    const group = this.groups.get(key);
    if (!group) return;
    group.pending.delete(declaration.id);
    // Marking an id the tree never held is harmless: the next rebuild forgets the mark.
    group.stale.add(declaration.id);
    this.rebuildIfDue(group);
  }

  /**
   * Calls `visit` with every declaration of the group within `radiusKm` (great circle) of the
   * point, with its distance.
   */
  forEachWithin(
    territoryId: string,
    categoryCode: string,
    kind: DeclarationKind,
    latitude: number,
    longitude: number,
    radiusKm: number,
    visit: (declaration: MatchableDeclaration, distanceKm: number) => void,
  ): void {
    const group = this.groups.get(groupKey(territoryId, categoryCode, kind));
    if (!group) return;
    const box = boxAround(latitude, longitude, radiusKm);
    const check = (candidate: MatchableDeclaration): void => {
      const distanceKm = greatCircleKm(
        latitude,
        longitude,
        candidate.latitude,
        candidate.longitude,
      );
      if (distanceKm <= radiusKm) visit(candidate, distanceKm);
    };
    const tree = group.tree;
    if (tree) {
      const hits = tree.kd.range(
        box.minLongitude,
        box.minLatitude,
        box.maxLongitude,
        box.maxLatitude,
      );
      const checkStale = group.stale.size > 0;
      const lat = latitude * RADIANS;
      const lon = longitude * RADIANS;
      const cosLat = Math.cos(lat);
      for (let i = 0; i < hits.length; i += 1) {
        const hit = hits[i];
        // The haversine of great-circle.ts, on precomputed radians and cosines.
        const sinLat = Math.sin((tree.latitudes[hit] - lat) / 2);
        const sinLon = Math.sin((tree.longitudes[hit] - lon) / 2);
        const h = sinLat * sinLat + cosLat * tree.cosLatitudes[hit] * sinLon * sinLon;
        const distanceKm = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
        if (distanceKm > radiusKm) continue;
        const candidate = tree.points[hit];
        if (checkStale && group.stale.has(candidate.id)) continue;
        visit(candidate, distanceKm);
      }
    }
    for (const candidate of group.pending.values()) check(candidate);
  }

  private rebuildIfDue(group: SpatialGroup): void {
    const size = group.tree?.points.length ?? 0;
    const changes = group.pending.size + group.stale.size;
    if (changes < Math.max(MIN_PENDING_BEFORE_REBUILD, size * PENDING_SHARE_BEFORE_REBUILD)) {
      return;
    }
    const live = (group.tree?.points ?? []).filter((point) => !group.stale.has(point.id));
    live.push(...group.pending.values());
    group.tree = buildTree(live);
    group.stale.clear();
    group.pending.clear();
  }
}
