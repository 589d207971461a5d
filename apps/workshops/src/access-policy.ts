import {
  AccessPolicy,
  AccessRequest,
  adminOnly,
  aggregates,
  anyOf,
  argument,
  asParent,
  facilitatorsOf,
  inZone,
  nullUnless,
  ofOrganization,
  ofRow,
  ownOrganization,
  parentId,
  ScopeOf,
  together,
} from '@symbiose/platform';
import { ActionMilestone } from './action/action-milestone.entity';
import { Action } from './action/action.entity';
import { Scenario } from './follow-up/scenario.entity';
import { ReplicatedSynergy } from './synergy/replicated-synergy.entity';
import { Workshop } from './workshop/workshop.entity';

type IdOf = (request: AccessRequest) => unknown;

const inRowZone = (row: { zoneId: string }) => ({ zoneIds: [row.zoneId] });

const workshopNamed = (idOf: IdOf): ScopeOf => ofRow(Workshop, idOf, inRowZone);
const actionNamed = (idOf: IdOf): ScopeOf => ofRow(Action, idOf, inRowZone);
const synergyNamed = (idOf: IdOf): ScopeOf =>
  ofRow(ReplicatedSynergy, idOf, (synergy) => ({ territoryIds: [synergy.territoryId] }), {
    column: 'synergyId',
    uuid: true,
  });

/** Facilitators of the territory of the workshop a call names. */
const workshopFacilitators = (...path: string[]) =>
  facilitatorsOf(workshopNamed(argument(...path)));

/** Facilitators of the territory of the action a call names. */
const actionFacilitators = (...path: string[]) => facilitatorsOf(actionNamed(argument(...path)));

/** A vote: in the workshop's territory, for an organization of it. */
const voteScope = together(
  workshopNamed(argument('workshopId')),
  ofOrganization(argument('voterOrganizationId')),
);

/** A scenario chosen at a workshop: both in the territory. */
const scenarioChoiceScope = together(
  workshopNamed(argument('workshopId')),
  ofRow(Scenario, argument('scenarioId'), (scenario, request) =>
    synergyNamed(() => scenario.synergyId)(request),
  ),
);

/**
 * Who may call what in the workshops (see AccessPolicy): the programme's
 * meetings and plan are the facilitators'; a member firm casts its own votes.
 */
export const WORKSHOPS_ACCESS: AccessPolicy = {
  'Query.workshop': workshopFacilitators('id'),
  'Query.workshops': facilitatorsOf(inZone(argument('zoneId'))),
  'Workshop.zone': asParent,
  'Workshop.synergy': asParent,
  'Workshop.attendances': asParent,
  'Workshop.decisions': asParent,
  'WorkshopAttendance.organization': asParent,
  'WorkshopAttendance.workshop': asParent,
  'WorkshopDecision.actions': asParent,
  'WorkshopDecision.synergies': asParent,
  'Mutation.checkSynergyCopy': adminOnly,
  'Mutation.scheduleWorkshop': facilitatorsOf(inZone(argument('input', 'zoneId'))),
  'Mutation.rescheduleWorkshop': workshopFacilitators('input', 'id'),
  'Mutation.cancelWorkshop': workshopFacilitators('input', 'id'),
  'Mutation.markWorkshopHeld': workshopFacilitators('id'),
  'Mutation.recordAttendance': workshopFacilitators('input', 'workshopId'),
  'Mutation.recordMinutes': workshopFacilitators('input', 'workshopId'),
  'Mutation.recordDecision': workshopFacilitators('input', 'workshopId'),

  'Query.action': actionFacilitators('id'),
  'Query.actions': facilitatorsOf(inZone(argument('zoneId'))),
  'Query.actionPlan': facilitatorsOf(inZone(argument('zoneId'))),
  'Action.zone': asParent,
  'Action.category': asParent,
  'Action.ownerOrganization': asParent,
  'Action.synergies': asParent,
  'Action.milestones': asParent,
  'ActionMilestone.action': asParent,
  'ActionPlan.zone': asParent,
  'Mutation.proposeAction': facilitatorsOf(inZone(argument('input', 'zoneId'))),
  'Mutation.changeActionStatus': actionFacilitators('input', 'id'),
  'Mutation.addMilestone': actionFacilitators('input', 'actionId'),
  'Mutation.completeMilestone': facilitatorsOf(
    ofRow(ActionMilestone, argument('input', 'id'), (milestone, request) =>
      actionNamed(() => milestone.actionId)(request),
    ),
  ),

  'Query.prioritisation': workshopFacilitators('workshopId'),
  'Prioritisation.id': asParent,
  'Prioritisation.workshop': asParent,
  'PrioritisationEntry.action': asParent,
  'Mutation.addCandidateActions': workshopFacilitators('workshopId'),
  'Mutation.castPriorityVote': anyOf(
    facilitatorsOf(voteScope),
    ownOrganization(argument('voterOrganizationId')),
  ),
  'Mutation.closePrioritisation': workshopFacilitators('workshopId'),
  'PrioritisationChartController.chart': workshopFacilitators('id'),
  'Workshop.prioritisationMatrixUrl': nullUnless(facilitatorsOf(workshopNamed(parentId))),

  'Synergy.scenarios': facilitatorsOf(synergyNamed(parentId)),
  'Synergy.followUpMeetings': facilitatorsOf(synergyNamed(parentId)),
  'Scenario.synergy': asParent,
  'Scenario.selectedIn': asParent,
  'Mutation.addScenario': facilitatorsOf(synergyNamed(argument('input', 'synergyId'))),
  'Mutation.selectScenario': facilitatorsOf(scenarioChoiceScope),

  'Zone.workshopCount': aggregates,
  'Zone.workshopAttendeeCount': aggregates,
  'Zone.programmeEventCount': aggregates,
  'Zone.programmeEventAttendeeCount': aggregates,
  'Zone.actionCount': aggregates,
  'Zone.contributingOrganizationCount': aggregates,
};
