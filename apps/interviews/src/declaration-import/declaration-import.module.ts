import { Module } from '@nestjs/common';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { ImportsModule } from '@symbiose/imports';
import { DeclarationModule } from '../declaration/declaration.module';
import { DeclarationImportController } from './declaration-import.controller';
import { DeclarationImportHandler } from './declaration-import.handler';
import { DeclarationImportResolver } from './declaration-import.resolver';

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
  providers: [DeclarationImportResolver],
})
export class DeclarationImportModule {}
