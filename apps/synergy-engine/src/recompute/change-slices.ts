import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SynergySlicing, type DeclarationPlace } from '../matching';
import { ALL_SLICES, sliceName, type SliceName } from './dirty-slices';
import { zonesOfTerritory } from './recompute-requests';

/**
 * What the matching can see of an organization, or of one of its declarations, at one moment:
 * its territory, its supply by trade, and the places of its active declarations (none when it
 * cannot be matched: inactive, unlocated, in no territory).
 */
export interface MatchablePresence {
  readonly territoryId: string;
  readonly nafCode: string | null;
  readonly places: readonly DeclarationPlace[];
}

/** The organization as the matching reads it (`DeclarationService.findMatchable`). */
const MATCHABLE_ORGANIZATION = `o.status = 'ACTIVE' AND o.latitude IS NOT NULL
  AND o.longitude IS NOT NULL AND o.territory_id IS NOT NULL`;

/**
 * The slices of synergies a change can move: those its subject took part in before the change
 * and those it takes part in after. A change is read as the presence of its subject before and
 * after its event is projected. An organization that moves to another territory asks for a
 * full recompute of both: its synergies change territory with it.
 */
@Injectable()
export class ChangeSlices {
  private readonly slicing = new SynergySlicing();

  /** The declaration, when it is active and its organization matchable. */
  async ofDeclaration(
    manager: EntityManager,
    declarationId: string,
  ): Promise<MatchablePresence | null> {
    const [row]: {
      territory_id: string;
      zone_id: string | null;
      declaration_id: string;
      kind: string;
      category_code: string;
    }[] = await manager.query(
      `SELECT o.territory_id, o.zone_id, d.declaration_id, d.kind, d.category_code
         FROM declaration d JOIN organization o ON o.organization_id = d.organization_id
         WHERE d.declaration_id = $1 AND d.status = 'ACTIVE' AND ${MATCHABLE_ORGANIZATION}`,
      [declarationId],
    );
    if (!row) return null;
    return {
      territoryId: row.territory_id,
      nafCode: null,
      places: [placeOf(row)],
    };
  }

  /** The organization, with the places of its active declarations, when it is matchable. */
  async ofOrganization(
    manager: EntityManager,
    organizationId: string,
  ): Promise<MatchablePresence | null> {
    const rows: {
      territory_id: string;
      zone_id: string | null;
      naf_code: string | null;
      declaration_id: string | null;
      kind: string | null;
      category_code: string | null;
    }[] = await manager.query(
      `SELECT o.territory_id, o.zone_id, o.naf_code, d.declaration_id, d.kind, d.category_code
       FROM organization o
       LEFT JOIN declaration d ON d.organization_id = o.organization_id AND d.status = 'ACTIVE'
       WHERE o.organization_id = $1 AND ${MATCHABLE_ORGANIZATION}`,
      [organizationId],
    );
    if (rows.length === 0) return null;
    return {
      territoryId: rows[0].territory_id,
      nafCode: rows[0].naf_code,
      places: rows.flatMap((row) =>
        row.declaration_id && row.kind && row.category_code
          ? [
              placeOf({
                ...row,
                declaration_id: row.declaration_id,
                kind: row.kind,
                category_code: row.category_code,
              }),
            ]
          : [],
      ),
    };
  }

  /** The slices to recompute, by territory. */
  async between(
    manager: EntityManager,
    before: MatchablePresence | null,
    after: MatchablePresence | null,
  ): Promise<Map<string, SliceName[]>> {
    const byTerritory = new Map<string, SliceName[]>();
    if (before && after && before.territoryId !== after.territoryId) {
      byTerritory.set(before.territoryId, [ALL_SLICES]);
      byTerritory.set(after.territoryId, [ALL_SLICES]);
      return byTerritory;
    }
    for (const presence of [before, after]) {
      if (!presence) continue;
      const zones = await zonesOfTerritory(manager, presence.territoryId);
      const slices = [
        ...presence.places.flatMap((place) => this.slicing.slicesOfDeclaration(place, zones)),
        ...this.slicing.slicesOfSupplier(presence.nafCode, zones),
      ];
      byTerritory.set(presence.territoryId, [
        ...(byTerritory.get(presence.territoryId) ?? []),
        ...slices.map(sliceName),
      ]);
    }
    return byTerritory;
  }
}

function placeOf(row: {
  zone_id: string | null;
  declaration_id: string;
  kind: string;
  category_code: string;
}): DeclarationPlace {
  return {
    declarationId: row.declaration_id,
    kind: row.kind as DeclarationPlace['kind'],
    categoryCode: row.category_code,
    zoneId: row.zone_id,
  };
}
