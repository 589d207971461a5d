import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeclarationService } from '../declaration/declaration.service';
import {
  matchB2BWithTopLists,
  matchCollective,
  rematchB2B,
  matchTradeSupplyOf,
  tradeOffersOf,
  SynergySlicing,
  type ActivitySupplier,
  type B2BSynergy,
  type MatchingOptions,
  type SynergyParticipant,
  type SynergySlice,
  type TradeSupplyExclusions,
} from '../matching';
import { b2bSynergyKey, contentOfSynergy } from '../synergy/synergy-content';
import { StoreOutcome, SynergyStore, type StoredSlice } from '../synergy/synergy-store';
import { readTopLists, replaceTopLists, writeTopLists } from './b2b-top-list-store';
import { MAX_REMATCHED_DECLARATIONS } from './dirty-slices';

export interface SliceRecomputeOutcome extends StoreOutcome {
  /** Declarations read to match the slices. */
  declarationCount: number;
}

/** What one territory's recompute of some slices needs besides them. */
export interface SliceInputs {
  readonly territoryId: string;
  readonly options: MatchingOptions;
  readonly activitySuppliers: readonly ActivitySupplier[];
}

/** A recompute that changed nothing and read no declaration. */
export const NOTHING: SliceRecomputeOutcome = Object.freeze({
  detected: 0,
  updated: 0,
  revived: 0,
  moved: 0,
  obsoleted: 0,
  unchanged: 0,
  declarationCount: 0,
});

function added(a: SliceRecomputeOutcome, b: SliceRecomputeOutcome): SliceRecomputeOutcome {
  return {
    detected: a.detected + b.detected,
    updated: a.updated + b.updated,
    revived: a.revived + b.revived,
    moved: a.moved + b.moved,
    obsoleted: a.obsoleted + b.obsoleted,
    unchanged: a.unchanged + b.unchanged,
    declarationCount: a.declarationCount + b.declarationCount,
  };
}

/**
 * Re-matches some slices of a territory's synergies (see `SynergySlice`) and writes what changed
 * in them, in the caller's transaction, with the events `SynergyStore` records. Each slice is
 * matched from every declaration it reads, so its result is the full match's; supply by trade
 * comes last, since it reads which needs the stored collective synergies pool and which firms
 * the stored B2B synergies propose.
 */
@Injectable()
export class SliceRecomputeService {
  private readonly slicing = new SynergySlicing();

  constructor(
    private readonly declarations: DeclarationService,
    private readonly store: SynergyStore,
  ) {}

  async recompute(
    manager: EntityManager,
    slices: readonly SynergySlice[],
    inputs: SliceInputs,
  ): Promise<SliceRecomputeOutcome> {
    const clusters = new Map<string, Set<string> | null>();
    const units = new Set<string>();
    const trades = new Set<string>();
    for (const slice of slices) {
      if (slice.kind === 'B2B') {
        const changed = clusters.get(slice.cluster);
        // A slice that names no declaration asks for the whole cluster.
        if (!slice.declarationId || changed === null) clusters.set(slice.cluster, null);
        else clusters.set(slice.cluster, (changed ?? new Set()).add(slice.declarationId));
      } else if (slice.kind === 'COLLECTIVE') units.add(`${slice.zoneId}:${slice.poolCode}`);
      else trades.add(slice.categoryCode);
    }
    let outcome = NOTHING;
    for (const [cluster, changedIds] of clusters) {
      outcome = added(outcome, await this.b2b(manager, cluster, changedIds, inputs));
    }
    if (units.size > 0) outcome = added(outcome, await this.collective(manager, units, inputs));
    if (trades.size > 0) outcome = added(outcome, await this.trade(manager, trades, inputs));
    return outcome;
  }

  /**
   * The declared B2B pairs of a cluster's categories: those the changed declarations move, from
   * the stored top lists (`rematchB2B`), or all of them when no declaration is named, too many
   * are, or the lists do not cover the cluster.
   */
  private async b2b(
    manager: EntityManager,
    cluster: string,
    changedIds: ReadonlySet<string> | null,
    { territoryId, options }: SliceInputs,
  ): Promise<SliceRecomputeOutcome> {
    const categoryCodes = this.slicing.categoriesOfClusters([cluster]);
    const declarations = await this.declarations.findMatchable(
      { territoryId, categoryCodes },
      manager,
    );
    const rematch =
      changedIds && changedIds.size <= MAX_REMATCHED_DECLARATIONS
        ? rematchB2B(
            declarations,
            options,
            await readTopLists(manager, territoryId, categoryCodes),
            changedIds,
          )
        : null;
    let found: readonly B2BSynergy[];
    let stored: StoredSlice;
    if (rematch) {
      await writeTopLists(manager, territoryId, rematch.topLists, {
        declarationIds: rematch.goneDeclarationIds,
        categoryCodes,
      });
      found = rematch.synergies;
      stored = {
        where: `kind = 'B2B' AND resource_category_code IS NOT NULL AND key = ANY($2::text[])`,
        parameters: [rematch.pairKeys.map(b2bSynergyKey)],
      };
    } else {
      const whole = matchB2BWithTopLists(declarations, options);
      await replaceTopLists(manager, territoryId, categoryCodes, whole.topLists);
      found = whole.synergies;
      stored = {
        where: `kind = 'B2B' AND resource_category_code IS NOT NULL
                AND category_code = ANY($2::text[])`,
        parameters: [categoryCodes],
      };
    }
    const outcome = await this.store.storeSlice(
      manager,
      territoryId,
      found.map(contentOfSynergy),
      stored,
    );
    return { ...outcome, declarationCount: declarations.length };
  }

  /** The collective synergies of some pools in some zones (`zoneId:poolCode`). */
  private async collective(
    manager: EntityManager,
    units: ReadonlySet<string>,
    { territoryId, options, activitySuppliers }: SliceInputs,
  ): Promise<SliceRecomputeOutcome> {
    const zoneIds = [...new Set([...units].map((unit) => unit.split(':')[0]))];
    const pools = new Set([...units].map((unit) => unit.split(':')[1]));
    const declarations = await this.declarations.findMatchable(
      {
        territoryId,
        zoneIds,
        orOutsideZones: true,
        categoryCodes: this.slicing.categoriesOfPools(pools),
      },
      manager,
    );
    const keys = [...units].map((unit) => `COLLECTIVE:${unit}`);
    const wanted = new Set(keys);
    // The declarations read make the units' synergies whole; other zones' pools they also make
    // are partial, and left out.
    const found = matchCollective(declarations, options, activitySuppliers)
      .map(contentOfSynergy)
      .filter((content) => wanted.has(content.key));
    const outcome = await this.store.storeSlice(manager, territoryId, found, {
      where: `key = ANY($2::text[])`,
      parameters: [keys],
    });
    return { ...outcome, declarationCount: declarations.length };
  }

  /**
   * Supply by trade to the territory's needs of some categories: none when no firm of the
   * territory supplies them by trade, whatever its needs (what is stored then only retires).
   */
  private async trade(
    manager: EntityManager,
    categories: ReadonlySet<string>,
    { territoryId, options, activitySuppliers }: SliceInputs,
  ): Promise<SliceRecomputeOutcome> {
    const categoryCodes = [...categories];
    const supplied = activitySuppliers.some((supplier) =>
      tradeOffersOf(supplier).some((offer) => categories.has(offer.categoryCode)),
    );
    const needs = supplied
      ? await this.declarations.findMatchable({ territoryId, categoryCodes, kind: 'NEED' }, manager)
      : [];
    const found = supplied
      ? matchTradeSupplyOf(
          needs,
          activitySuppliers,
          await this.storedExclusions(manager, territoryId, categoryCodes),
          options,
        ).map(contentOfSynergy)
      : [];
    const outcome = await this.store.storeSlice(manager, territoryId, found, {
      where: `kind = 'B2B' AND resource_category_code IS NULL AND category_code = ANY($2::text[])`,
      parameters: [categoryCodes],
    });
    return { ...outcome, declarationCount: needs.length };
  }

  /**
   * Which needs of the categories the stored collective synergies pool, and which firms the
   * stored B2B synergies propose to them for a declared resource.
   */
  private async storedExclusions(
    manager: EntityManager,
    territoryId: string,
    categoryCodes: readonly string[],
  ): Promise<TradeSupplyExclusions> {
    const rows: { kind: string; participants: SynergyParticipant[] }[] = await manager.query(
      `SELECT kind, participants FROM synergy
       WHERE territory_id = $1 AND NOT obsolete AND (
         (kind = 'COLLECTIVE' AND category_code = ANY($2::text[]))
         OR (kind = 'B2B' AND resource_category_code IS NOT NULL
             AND category_code = ANY($3::text[])))`,
      [territoryId, this.slicing.poolCategoriesOf(categoryCodes), categoryCodes],
    );
    const pooled = new Set<string>();
    const declared = new Set<string>();
    for (const { kind, participants } of rows) {
      if (kind === 'COLLECTIVE') {
        for (const member of participants.filter((p) => p.role === 'MEMBER')) {
          for (const id of member.declarationIds) pooled.add(id);
        }
        continue;
      }
      const supplier = participants.find((p) => p.role === 'SUPPLIER');
      const consumer = participants.find((p) => p.role === 'CONSUMER');
      if (supplier && consumer) {
        declared.add(`${supplier.organizationId}:${consumer.declarationIds[0]}`);
      }
    }
    return { pooled, declared };
  }
}
