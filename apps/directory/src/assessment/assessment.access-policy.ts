import {
  AccessPolicy,
  adminOnly,
  aggregates,
  anySignedIn,
  argument,
  asParent,
  facilitatorsOf,
  inTerritory,
  inZone,
  nullUnless,
  parentId,
  together,
} from '@symbiose/platform';

/**
 * Who may call what in the zone assessment (see AccessPolicy): the grid is public, a zone's
 * figures are aggregates, and the assessments and choices are their territory's facilitators'.
 */
export const ASSESSMENT_ACCESS: AccessPolicy = {
  'Zone.declarationFigures': aggregates,

  'Query.assessmentGrid': anySignedIn,
  'Query.zoneAssessments': facilitatorsOf(inZone(argument('zoneId'))),
  'Query.compareZones': facilitatorsOf(inTerritory(argument('territoryId'))),
  'Query.zoneChoices': facilitatorsOf(inTerritory(argument('territoryId'))),
  'ZoneAssessment.zone': asParent,
  'ZoneAssessment.strengths': asParent,
  'ZoneAssessment.weaknesses': asParent,
  'ZoneChoice.zone': asParent,
  'AssessmentChartController.chart': facilitatorsOf(inTerritory(argument('id'))),
  'Territory.assessmentChartUrl': nullUnless(facilitatorsOf(inTerritory(parentId))),

  'Mutation.publishAssessmentGrid': adminOnly,
  'Mutation.enterIndicatorValue': facilitatorsOf(inZone(argument('input', 'zoneId'))),
  'Mutation.assessZone': facilitatorsOf(inZone(argument('zoneId'))),
  'Mutation.recordZoneChoice': facilitatorsOf(
    together(inTerritory(argument('territoryId')), inZone(argument('zoneId'))),
  ),
};
