import {
  AccessPolicy,
  aggregates,
  argument,
  asParent,
  facilitators,
  facilitatorsOrOwn,
} from '@symbiose/platform';

/**
 * Who may call what in the workshops (see AccessPolicy): the programme's
 * meetings and plan are the facilitators'; a member firm casts its own votes.
 */
export const WORKSHOPS_ACCESS: AccessPolicy = {
  'Query.workshop': facilitators,
  'Query.workshops': facilitators,
  'Workshop.zone': asParent,
  'Workshop.synergy': asParent,
  'Workshop.attendances': asParent,
  'Workshop.decisions': asParent,
  'WorkshopAttendance.organization': asParent,
  'WorkshopDecision.actions': asParent,
  'WorkshopDecision.synergies': asParent,
  'Mutation.scheduleWorkshop': facilitators,
  'Mutation.rescheduleWorkshop': facilitators,
  'Mutation.cancelWorkshop': facilitators,
  'Mutation.markWorkshopHeld': facilitators,
  'Mutation.recordAttendance': facilitators,
  'Mutation.recordMinutes': facilitators,
  'Mutation.recordDecision': facilitators,

  'Query.action': facilitators,
  'Query.actions': facilitators,
  'Query.actionPlan': facilitators,
  'Action.zone': asParent,
  'Action.ownerOrganization': asParent,
  'Action.synergies': asParent,
  'Action.milestones': asParent,
  'ActionPlan.zone': asParent,
  'Mutation.proposeAction': facilitators,
  'Mutation.changeActionStatus': facilitators,
  'Mutation.addMilestone': facilitators,
  'Mutation.completeMilestone': facilitators,

  'Query.prioritisation': facilitators,
  'Prioritisation.workshop': asParent,
  'PrioritisationEntry.action': asParent,
  'Mutation.addCandidateActions': facilitators,
  'Mutation.castPriorityVote': facilitatorsOrOwn(argument('voterOrganizationId')),
  'Mutation.closePrioritisation': facilitators,
  'PrioritisationChartController.chart': facilitators,

  'Synergy.scenarios': facilitators,
  'Synergy.followUpMeetings': facilitators,
  'Scenario.synergy': asParent,
  'Scenario.selectedIn': asParent,
  'Mutation.addScenario': facilitators,
  'Mutation.selectScenario': facilitators,

  'Zone.workshopCount': aggregates,
  'Zone.workshopAttendeeCount': aggregates,
  'Zone.actionCount': aggregates,
  'Zone.contributingOrganizationCount': aggregates,
};
