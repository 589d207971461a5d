import { ObjectType } from '@nestjs/graphql';
import { ImportJobFields } from '@symbiose/imports';

@ObjectType('OrganizationImport', {
  description:
    'A CSV of establishments sent to POST /imports/organizations, and how its import went',
})
export class OrganizationImportModel extends ImportJobFields {}
