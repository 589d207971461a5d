import { Module } from '@nestjs/common';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { importJobResolver, ImportsModule } from '@symbiose/imports';
import { DeclarationModule } from '../declaration/declaration.module';
import { DeclarationImportController } from './declaration-import.controller';
import { DeclarationImportHandler } from './declaration-import.handler';
import { DeclarationImportModel } from './declaration-import.model';

/** Imports of partners' needs and resources into the interviews. */
@Module({
  imports: [
    ImportsModule.forKind({
      service: 'interviews',
      kind: 'DECLARATIONS',
      handler: DeclarationImportHandler,
      imports: [DeclarationModule],
    }),
    KnownZonesModule,
  ],
  controllers: [DeclarationImportController],
  providers: [importJobResolver(DeclarationImportModel, 'declarationImport', 'declarations')],
})
export class DeclarationImportModule {}
