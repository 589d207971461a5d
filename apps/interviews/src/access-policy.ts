import { importOfCaller } from '@symbiose/imports';
import {
  AccessPolicy,
  aggregates,
  allow,
  anyOf,
  anySignedIn,
  argument,
  asParent,
  facilitators,
  facilitatorsOrOwn,
  memberOfAny,
  organizationsOfRow,
  parentId,
} from '@symbiose/platform';
import { Declaration } from './declaration/declaration.entity';

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
  'Category.canonicalUnit': asParent,
  'WasteCode.formatted': asParent,

  'Query.interview': facilitators,
  'Query.interviews': facilitators,
  'Organization.interviews': facilitators,
  'Interview.organization': asParent,
  'Interview.grid': asParent,
  'Interview.answers': asParent,
  'Interview.amendments': asParent,
  'Interview.declarations': asParent,
  'Mutation.publishInterviewGrid': facilitators,
  'Mutation.planInterview': facilitators,
  'Mutation.startInterview': facilitators,
  'Mutation.recordAnswer': facilitators,
  'Mutation.completeInterview': facilitators,
  'Mutation.cancelInterview': facilitators,
  'Mutation.amendInterview': facilitators,

  'Query.declarations': facilitatorsOrOwn(argument('filter', 'organizationId')),
  'Organization.declarations': facilitatorsOrOwn(parentId),
  'Declaration.organization': asParent,
  'Declaration.interview': facilitators,
  'Declaration.category': asParent,
  'Mutation.recordDeclaration': facilitatorsOrOwn(argument('input', 'organizationId')),
  'Mutation.updateDeclaration': anyOf(
    facilitators,
    memberOfAny(declarationOrganization('input', 'id')),
  ),
  'Mutation.withdrawDeclaration': anyOf(facilitators, memberOfAny(declarationOrganization('id'))),

  'Query.needsSummary': aggregates,
  'Zone.interviewCount': aggregates,
  'Zone.needCount': aggregates,
  'Zone.resourceCount': aggregates,

  // Partner bodies bring their members' needs and resources in too, and follow their own imports.
  'DeclarationImportController.upload': allow('FACILITATOR', 'PARTNER'),
  'DeclarationImportController.status': anyOf(facilitators, importOfCaller(argument('id'))),
  'Query.declarationImport': anyOf(facilitators, importOfCaller(argument('id'))),
  'DeclarationImport.errors': asParent,
};
