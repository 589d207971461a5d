import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Declaration } from './declaration.entity';
import { DeclarationService } from './declaration.service';

/** The read model of active declarations, for the matching to read. */
@Module({
  imports: [TypeOrmModule.forFeature([Declaration])],
  providers: [DeclarationService],
  exports: [DeclarationService],
})
export class DeclarationModule {}
