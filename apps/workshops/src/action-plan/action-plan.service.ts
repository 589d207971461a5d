import { Injectable } from '@nestjs/common';
import { SYNERGY_STATUSES } from '@symbiose/contracts';
import { ACTION_CARRIERS } from '../action/action-enums';
import { ActionService } from '../action/action.service';
import { KnownSynergies } from '../synergy/known-synergies.service';
import { ActionPlanArgs } from './dto/action-plan.args';
import { ActionPlanModel, SynergyTargetModel } from './action-plan.model';

/** LOT'EC's goal for its first year: at least three synergies in place. */
export const FIRST_YEAR_SYNERGY_TARGET = 3;
const IN_PLACE_STATUSES = ['IMPLEMENTING', 'OPERATIONAL'];

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ActionPlanService {
  constructor(
    private readonly actions: ActionService,
    private readonly synergies: KnownSynergies,
  ) {}

  async plan({ zoneId, year, asOf }: ActionPlanArgs): Promise<ActionPlanModel> {
    const day = asOf ?? today();
    const actions = await this.actions.ofYear(zoneId, year);
    const open = (await this.actions.milestonesOf(actions.map((action) => action.id))).filter(
      (milestone) => milestone.completedOn === null,
    );
    return {
      zoneId,
      year,
      groups: ACTION_CARRIERS.map((carrier) => ({
        carrier,
        actions: actions.filter((action) => action.carrier === carrier),
      })),
      milestonesDue: open.filter((milestone) => milestone.dueOn >= day),
      milestonesLate: open.filter((milestone) => milestone.dueOn < day),
      synergyTarget: await this.synergyTarget(zoneId),
    };
  }

  private async synergyTarget(zoneId: string): Promise<SynergyTargetModel> {
    const counts = await this.synergies.countByStatusInZone(zoneId);
    const inPlace = IN_PLACE_STATUSES.reduce((sum, status) => sum + (counts.get(status) ?? 0), 0);
    return {
      target: FIRST_YEAR_SYNERGY_TARGET,
      inPlace,
      reached: inPlace >= FIRST_YEAR_SYNERGY_TARGET,
      byStatus: SYNERGY_STATUSES.filter((status) => counts.has(status)).map((status) => ({
        status,
        count: counts.get(status) ?? 0,
      })),
    };
  }
}
