import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeclarationEventsProjection } from './declaration-events.projection';
import { DeclarationFigure } from './declaration-figure.entity';
import { DeclarationFiguresService } from './declaration-figures.service';
import { ZoneDeclarationFiguresResolver } from './zone-declaration-figures.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([DeclarationFigure])],
  providers: [
    DeclarationEventsProjection,
    DeclarationFiguresService,
    ZoneDeclarationFiguresResolver,
  ],
  exports: [DeclarationFiguresService],
})
export class DeclarationStatsModule {}
