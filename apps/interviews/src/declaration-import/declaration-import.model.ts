import { ObjectType } from '@nestjs/graphql';
import { ImportJobFields } from '@symbiose/imports';

@ObjectType('DeclarationImport', {
  description:
    'A CSV of needs and resources sent to POST /imports/declarations, and how its import went',
})
export class DeclarationImportModel extends ImportJobFields {}
