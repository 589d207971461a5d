import { importedInto, importOfCaller } from '@symbiose/imports';
import {
  AccessPolicy,
  aggregates,
  allow,
  anyOf,
  anySignedIn,
  argument,
  asParent,
  anyFacilitator,
  facilitatorsOf,
  facilitatorsOrOwn,
  filteredBy,
  inTerritory,
  memberOfAny,
  ofOrganization,
  ofRow,
  organizationsOfRow,
  ownOrganization,
  parentId,
  ScopeOf,
} from '@symbiose/platform';
import { Declaration } from './declaration/declaration.entity';
import { Interview } from './interview/interview.entity';

const ofOrganizationRow = (row: { organizationId: string }) => ({
  organizationIds: [row.organizationId],
});

/** The interview a call names, by the organization interviewed. */
const interviewNamed = (...path: string[]): ScopeOf =>
  ofRow(Interview, argument(...path), ofOrganizationRow);

/** Facilitators of the territory of the interview a call names. */
const interviewFacilitators = (...path: string[]) => facilitatorsOf(interviewNamed(...path));

/** Facilitators of the territory of the declaration a call names. */
const declarationFacilitators = (...path: string[]) =>
  facilitatorsOf(ofRow(Declaration, argument(...path), ofOrganizationRow));

const declarationOrganization = (...path: string[]) =>
  organizationsOfRow(Declaration, argument(...path), (declaration) => [declaration.organizationId]);

/**
 * Who may call what in the interviews (see AccessPolicy). A company member
 * reads and edits its own declarations; interviews are the facilitators'.
 */
export const INTERVIEWS_ACCESS: AccessPolicy = {
  'Query.interviewGrid': anySignedIn,
  'Query.categories': anySignedIn,
  'Query.wasteCodes': anySignedIn,
  'Query.enumLabels': anySignedIn,

  'Query.interview': interviewFacilitators('id'),
  'Query.interviews': facilitatorsOf(filteredBy(argument('filter'))),
  'Organization.interviews': facilitatorsOf(ofOrganization(parentId)),
  'Interview.organization': asParent,
  'Interview.grid': asParent,
  'Interview.answers': asParent,
  'Interview.amendments': asParent,
  'Interview.declarations': asParent,
  'Mutation.publishInterviewGrid': anyFacilitator,
  'Mutation.planInterview': facilitatorsOf(ofOrganization(argument('input', 'organizationId'))),
  'Mutation.startInterview': interviewFacilitators('id'),
  'Mutation.recordAnswer': interviewFacilitators('input', 'interviewId'),
  'Mutation.completeInterview': interviewFacilitators('input', 'id'),
  'Mutation.cancelInterview': interviewFacilitators('input', 'id'),
  'Mutation.amendInterview': interviewFacilitators('input', 'interviewId'),

  'Query.declarations': anyOf(
    facilitatorsOf(filteredBy(argument('filter'))),
    ownOrganization(argument('filter', 'organizationId')),
  ),
  'Organization.declarations': facilitatorsOrOwn(parentId),
  'Declaration.organization': asParent,
  'Declaration.interview': facilitatorsOf(
    ofOrganization(({ parent }) => (parent as Declaration).organizationId),
  ),
  'Declaration.category': asParent,
  'Declaration.wasteCodeEntry': asParent,
  'NeedsSummaryByCategory.category': asParent,
  'Mutation.recordDeclaration': facilitatorsOrOwn(argument('input', 'organizationId')),
  'Mutation.updateDeclaration': anyOf(
    declarationFacilitators('input', 'id'),
    memberOfAny(declarationOrganization('input', 'id')),
  ),
  'Mutation.withdrawDeclaration': anyOf(
    declarationFacilitators('id'),
    memberOfAny(declarationOrganization('id')),
  ),

  'Query.needsSummary': aggregates,
  'Zone.interviewCount': aggregates,
  'Zone.needCount': aggregates,
  'Zone.resourceCount': aggregates,

  // Partner bodies bring their members' needs and resources in too, and follow their own imports.
  // A facilitator's import names its territory (`?territoryId=`): rows of firms elsewhere are refused.
  'DeclarationImportController.upload': anyOf(
    facilitatorsOf(inTerritory(argument('territoryId'))),
    allow('PARTNER'),
  ),
  'DeclarationImportController.status': anyOf(
    facilitatorsOf(importedInto(argument('id'))),
    importOfCaller(argument('id')),
  ),
  'Query.declarationImport': anyOf(
    facilitatorsOf(importedInto(argument('id'))),
    importOfCaller(argument('id')),
  ),
  'DeclarationImport.errors': asParent,
};
