import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganizationEventType } from '@symbiose/directory-replica';
import { EventHandler, EventHandlerMap, EventHandlers } from '@symbiose/platform';
import { DeclarationEventType } from '../declaration/declaration.projection';
import { ChangeSlices, MatchablePresence } from '../recompute/change-slices';
import { RecomputeRequests } from '../recompute/recompute-requests';
import { SynergyLifecycleService } from '../synergy/synergy-lifecycle.service';
import { ReadModelProjection } from './read-model.projection';

/**
 * Everything the engine does with the events it receives, each in the
 * transaction of its inbox row: the read model is updated, and a change that
 * can move synergies records a recompute request for the zones concerned
 * (an organization's zones before and after the change) naming the slices of
 * synergies it touches (`ChangeSlices`); a selected scenario moves its synergy
 * to SELECTED.
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
    return async (event, manager) => {
      const { organizationId } = event.payload;
      const presence = (m: EntityManager) => this.slices.ofOrganization(m, organizationId);
      const before = await this.requests.zonesOfOrganization(manager, organizationId);
      const beforePresence = await presence(manager);
      await project(event, manager);
      const after = await this.requests.zonesOfOrganization(manager, organizationId);
      await this.requestChange(
        manager,
        [...before, ...after],
        beforePresence,
        await presence(manager),
      );
    };
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
