import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganizationEventType } from '@symbiose/directory-replica';
import { EventOf } from '@symbiose/contracts';
import { EventHandler, EventHandlerMap, EventHandlers } from '@symbiose/platform';
import { DeclarationEventType } from '../declaration/declaration.projection';
import { ChangeSlices, MatchablePresence } from '../recompute/change-slices';
import { SliceName } from '../recompute/dirty-slices';
import { RecomputeRequests } from '../recompute/recompute-requests';
import { SynergyLifecycleService } from '../synergy/synergy-lifecycle.service';
import { ReadModelProjection } from './read-model.projection';

/**
 * Everything the engine does with the events it receives, each in the
 * transaction of its inbox row: the read model is updated, and a change that
 * can move synergies records a recompute request for the zones concerned
 * (an organization's zones before and after the change) naming the slices of
 * synergies it touches (`ChangeSlices`); a selected scenario moves its synergy
 * to SELECTED. An import's batch of organizations records one request for all
 * of them.
 */
@EventHandlers()
@Injectable()
export class EngineEventHandlers implements EventHandlers {
  constructor(
    private readonly readModel: ReadModelProjection,
    private readonly requests: RecomputeRequests,
    private readonly slices: ChangeSlices,
    private readonly lifecycle: SynergyLifecycleService,
  ) {}

  handlers(): EventHandlerMap {
    const projected = this.readModel.handlers();
    const organizations = <T extends OrganizationEventType>(type: T) =>
      this.recomputingZonesBeforeAndAfter(projected[type]);
    const declarations = <T extends DeclarationEventType>(type: T) =>
      this.recomputingZoneOfDeclarer(projected[type]);
    return {
      ...projected,
      'organization.registered': organizations('organization.registered'),
      'organization.updated': organizations('organization.updated'),
      'organization.archived': organizations('organization.archived'),
      'organization.imported': organizations('organization.imported'),
      'declaration.recorded': declarations('declaration.recorded'),
      'declaration.updated': declarations('declaration.updated'),
      'declaration.withdrawn': declarations('declaration.withdrawn'),
      'scenario.selected': (event, manager) =>
        this.lifecycle.selectFromScenario(manager, event.payload),
    };
  }

  /** An organization may move: the zones it leaves and the zones it joins are both recomputed. */
  private recomputingZonesBeforeAndAfter<T extends OrganizationEventType>(
    project: EventHandler<T>,
  ): EventHandler<T> {
    return (event, manager) =>
      this.recomputingOrganizations(manager, organizationIdsOf(event), () =>
        project(event, manager),
      );
  }

  /**
   * The organizations' zones and slices before and after `project`, asked in one request: what
   * each organization's own event would have asked, merged.
   */
  private async recomputingOrganizations(
    manager: EntityManager,
    organizationIds: readonly string[],
    project: () => Promise<void>,
  ): Promise<void> {
    const before = await this.placesOf(manager, organizationIds);
    await project();
    const after = await this.placesOf(manager, organizationIds);
    const zoneIds = new Set<string>();
    const slices = new Map<string, SliceName[]>();
    for (const [index, { zones, presence }] of after.entries()) {
      for (const zone of [...before[index].zones, ...zones]) zoneIds.add(zone);
      const between = await this.slices.between(manager, before[index].presence, presence);
      for (const [territoryId, named] of between) {
        slices.set(territoryId, [...(slices.get(territoryId) ?? []), ...named]);
      }
    }
    await this.requests.requestSlices(manager, [...zoneIds], slices);
  }

  /** Where each organization stands for the matching: its zones, and what it can be matched by. */
  private async placesOf(
    manager: EntityManager,
    organizationIds: readonly string[],
  ): Promise<{ zones: string[]; presence: MatchablePresence | null }[]> {
    const places = [];
    for (const organizationId of organizationIds) {
      places.push({
        zones: await this.requests.zonesOfOrganization(manager, organizationId),
        presence: await this.slices.ofOrganization(manager, organizationId),
      });
    }
    return places;
  }

  /** A declaration's event leaves its organization where it is. */
  private recomputingZoneOfDeclarer<T extends DeclarationEventType>(
    project: EventHandler<T>,
  ): EventHandler<T> {
    return async (event, manager) => {
      const { organizationId, declarationId } = event.payload;
      const before = await this.slices.ofDeclaration(manager, declarationId);
      await project(event, manager);
      await this.requestChange(
        manager,
        await this.requests.zonesOfOrganization(manager, organizationId),
        before,
        await this.slices.ofDeclaration(manager, declarationId),
      );
    };
  }

  private async requestChange(
    manager: EntityManager,
    zoneIds: readonly string[],
    before: MatchablePresence | null,
    after: MatchablePresence | null,
  ): Promise<void> {
    await this.requests.requestSlices(
      manager,
      zoneIds,
      await this.slices.between(manager, before, after),
    );
  }
}

/** The organizations an event is about: one, or those of an import's batch. */
function organizationIdsOf(event: EventOf<OrganizationEventType>): string[] {
  if (event.type !== 'organization.imported') return [event.payload.organizationId];
  return [...new Set(event.payload.changes.map((change) => change.organization.organizationId))];
}
